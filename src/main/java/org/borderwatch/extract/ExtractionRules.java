package org.borderwatch.extract;

import java.io.Serializable;
import org.borderwatch.io.Hashing;

/**
 * The user-replaceable knowledge of the extractor, loaded once on the driver and broadcast: the
 * actor dictionary and the claim lexicon, with a version stamped on every claim.
 */
public record ExtractionRules(ActorDictionary actors, ClaimLexicon lexicon, String version) implements Serializable {

  public static ExtractionRules bundled() {
    return of(ActorDictionary.bundled(), ClaimLexicon.bundled(), "bundled");
  }

  /** {@code extractor_version}: the pipeline version plus a short hash of where the dictionaries came from. */
  public static ExtractionRules of(ActorDictionary actors, ClaimLexicon lexicon, String dictionaryFingerprint) {
    String v = org.borderwatch.io.Versions.pipeline() + "+" + Hashing.id(dictionaryFingerprint).substring(0, 8);
    return new ExtractionRules(actors, lexicon, v);
  }
}
