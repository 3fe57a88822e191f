package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * News leads claimed "nearly 500 drones downed since September", a country's whole night of interceptions pinned to
 * the town named before, power cuts "due to a danger of missile attack", aid "to help defend against" attacks, and
 * a café open "even when" attacks come. Totals since a time, tallies by the dozen, dangers and the habitual are no
 * event. Sentences are the project's own.
 */
class TotalsAndDangersAreNoEventTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Nearly 400 Russian drones have been downed over Kharkiv since September, officials said.",
      "Russian forces have shelled Kharkiv since the start of the war.",
      "Power was cut across the Odesa region because of the danger of missile attack.",
      "Washington is sending more launchers to help defend against Russian missile and drone attacks on Kyiv.",
      "The bakery in Lviv keeps baking even when a missile attack cuts the power."})
  void noEventHappened(String sentence) {
    assertThat(claims(sentence)).as(sentence).isEmpty();
  }

  @Test
  void theLargestAttackSinceAMonthIsOneEvent() {
    assertThat(claims("Russia launched its largest drone attack on Kyiv since March, officials said."))
        .extracting(c -> c.place().name()).containsOnly("Kyiv");
  }

  @Test
  void interceptionsByTheDozenAreNotAtTheTownNamedBefore() {
    String text = "Russian missiles struck Lviv overnight, officials said. The air force said it shot down 31 cruise"
        + " missiles and nine drones.";
    assertThat(claims(text)).extracting(Claim::sentenceIndex).containsOnly(0);
  }

  @Test
  void aFewInterceptionsAfterAnAttackAreAtItsTown() {
    String text = "Russian missiles struck Lviv overnight, officials said. Air defences shot down two drones.";
    assertThat(claims(text)).filteredOn(c -> c.sentenceIndex() == 1).extracting(c -> c.place().name())
        .containsOnly("Lviv");
  }

  @Test
  void aParticipleAfterAVerbOfAnEventDescribesItsObject() {
    assertThat(claims("Russian troops kept shelling liberated settlements near Kharkiv on Friday."))
        .extracting(Claim::subEventType).noneMatch(s -> s.contains("territory")).isNotEmpty();
    assertThat(claims("The head of the currently occupied Zaporizhzhia region said the weapons cause trouble."))
        .isEmpty();
  }
}
