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

  @Test
  void feedFurnitureGluedIntoAnItemBecomesALineBreak() {
    String item = "Drones hit a depot near Odesa\nThe navy says it downed six of them Black Sea war – latest news "
        + "updates A fire broke out at the port. See all our Black Sea coverage The mayor said no one was hurt. "
        + "Continue reading...";
    assertThat(TextNormalizer.normalize(item)).isEqualTo("Drones hit a depot near Odesa\nThe navy says it downed six "
        + "of them\nA fire broke out at the port.\nThe mayor said no one was hurt.");
  }

  @Test
  void aHeadlineNamingTheFurnitureKeepsIt() {
    String title = "Black Sea war at a glance, Friday: what we know on day 40 of the invasion";
    assertThat(TextNormalizer.normalize(title)).isEqualTo(title);
  }
}
