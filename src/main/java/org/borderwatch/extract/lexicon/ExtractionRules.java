package org.borderwatch.extract.lexicon;

import java.io.Serializable;
import java.util.List;
import org.borderwatch.io.Hashing;
import org.borderwatch.io.TsvFile;
import org.borderwatch.io.Versions;
import org.borderwatch.nlp.Token;
import org.borderwatch.nlp.Tokenizer;

/**
 * The user-replaceable knowledge of the extractor, loaded once on the driver and broadcast: the
 * actor dictionary, the claim lexicon and how precisely a claim must be placed, with a version stamped on every
 * claim.
 */
public record ExtractionRules(ActorDictionary actors, ClaimLexicon lexicon, RequiredPlace requiredPlace,
    String version) implements Serializable {

  public static ExtractionRules bundled() {
    return parse("bundled " + ActorDictionary.BUNDLED, TsvFile.bundledLines(ActorDictionary.BUNDLED, "the actor dictionary"),
        "bundled " + ClaimLexicon.BUNDLED, TsvFile.bundledLines(ClaimLexicon.BUNDLED, "the claim lexicon"));
  }

  /**
   * Rules from the lines of a dictionary and a lexicon. {@code extractor_version} is the pipeline version plus a
   * short hash of both files' contents, so a claim says which rules made it.
   */
  public static ExtractionRules parse(String actorsSource, List<String> actorLines, String lexiconSource,
      List<String> lexiconLines) {
    String contents = Hashing.id(String.join("\n", actorLines), String.join("\n", lexiconLines));
    return new ExtractionRules(ActorDictionary.parse(actorsSource, actorLines),
        ClaimLexicon.parse(lexiconSource, lexiconLines), RequiredPlace.REGION,
        Versions.pipeline() + "+" + contents.substring(0, 8));
  }

  /** The same rules with another place requirement; a version that is not the default's says which. */
  public ExtractionRules requiring(RequiredPlace place) {
    if (place == requiredPlace) {
      return this;
    }
    String base = version.replaceFirst("\\+place=[a-z]+$", "");
    return new ExtractionRules(actors, lexicon, place,
        place == RequiredPlace.REGION ? base : base + "+place=" + place.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * How many dictionary names, force nouns, triggers, cues and weapon names lie in {@code [begin, end)} of the text,
   * found with the extractor's own tokenizer and phrase matchers: their share of the extraction work, which
   * {@code bench-extract} measures beside Spark NLP's Tokenizer and TextMatcher.
   */
  public int phraseMatches(String text, int begin, int end) {
    List<Token> tokens = Tokenizer.tokenize(text, begin, end);
    return actors.names().find(tokens).size() + actors.nouns().find(tokens).size()
        + lexicon.triggers().find(tokens).size() + lexicon.cues().find(tokens).size()
        + lexicon.weapons().find(tokens).size();
  }
}
