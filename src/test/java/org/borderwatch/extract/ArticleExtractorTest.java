package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final FakeGeo GEO = new FakeGeo();
  private static final ExtractionRules RULES = ExtractionRules.bundled();

  static Extraction extract(String text, java.time.LocalDate published) {
    return new ArticleExtractor(RULES, GEO).extract("a1", text, published, new RuleSentenceSplitter().split(text));
  }

  @Test
  void dump() {
    Extraction e = extract(Articles.BORDER_RAID, Articles.BORDER_RAID_PUBLISHED);
    for (Claim c : e.claims()) {
      System.err.println(c.sentenceIndex() + " | " + (c.actor() == null ? null : c.actor().text()) + " [" + (c.resolvedActor() == null ? null : c.resolvedActor().id() + " " + c.resolvedActor().side()) + "] | " + c.predicate() + " | " + c.subEventType() + " | " + (c.place() == null ? null : c.place().text() + " " + c.place().countryCode()) + " | " + (c.claimant() == null ? null : c.claimant().text()) + " | " + c.attribution() + "/" + c.modality() + " | " + c.eventDate() + "/" + c.timePrecision() + " | " + c.crossBorderKind() + " origin " + c.originCountry() + " | " + c.confidence());
    }
    assertThat(e.claims()).isNotEmpty();
  }
}
