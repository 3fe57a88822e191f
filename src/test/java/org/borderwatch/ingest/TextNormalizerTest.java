package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void htmlBecomesParagraphTextWithEntitiesDecoded() {
    String html = "<html><body><h1>Drone downed</h1><p>The governor said a drone was shot down&nbsp;over "
        + "Belgorod.</p><script>track()</script><p>No one was hurt &amp; no damage.</p></body></html>";
    assertThat(TextNormalizer.normalize(html))
        .isEqualTo("Drone downed\n\nThe governor said a drone was shot down over Belgorod.\n\nNo one was hurt & no damage.");
  }

  @Test
  void plainTextKeepsAngleBracketsThatAreNotTags() {
    assertThat(TextNormalizer.normalize("casualties < 10 and > 2")).isEqualTo("casualties < 10 and > 2");
  }

  @Test
  void composesToNfcAndCollapsesWhitespace() {
    String decomposed = "Zaporizhzhia  e\u0301lan\t\tvital \r\n\r\n\r\n\r\nsecond  paragraph ";
    assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Zaporizhzhia \u00e9lan vital\n\nsecond paragraph");
  }

  @Test
  void dropsControlAndZeroWidthCharacters() {
    assertThat(TextNormalizer.normalize("Kozinka\u0007 village\u200B")).isEqualTo("Kozinka village");
  }
}
