package org.borderwatch.extract;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.nlp.RuleSentenceSplitter;

/** The plain extractor with what the jar bundles (gazetteer, boundaries, dictionaries), for tests of its rules. */
final class BundledExtraction {
  static final ExtractionRules RULES = ExtractionRules.bundled();
  static final LocalDate PUBLISHED = LocalDate.of(2023, 5, 23);

  private BundledExtraction() {}

  /** The claims of one text published on {@link #PUBLISHED}, under the bundled rules. */
  static List<Claim> claims(String text) {
    return claims(RULES, text);
  }

  static List<Claim> claims(ExtractionRules rules, String text) {
    return claims(rules, text, PUBLISHED);
  }

  /** The claims of one text published on {@code published}, under the bundled rules. */
  static List<Claim> claims(String text, LocalDate published) {
    return claims(RULES, text, published);
  }

  private static List<Claim> claims(ExtractionRules rules, String text, LocalDate published) {
    return new ArticleExtractor(rules, GeoNamesKnowledge.bundled())
        .extract("t", text, published, new RuleSentenceSplitter().split(text)).claims();
  }
}
