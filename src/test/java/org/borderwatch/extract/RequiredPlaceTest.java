package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.extract.BundledExtraction.claims;

import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.lexicon.RequiredPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How precisely a claim must be placed, with the bundled gazetteer: a town or region by default. */
class RequiredPlaceTest {
  private static final ExtractionRules RULES = BundledExtraction.RULES;

  @ParameterizedTest(name = "no claim by default: {0}")
  @ValueSource(strings = {
      "Russian troops crossed into Ukraine on Monday, the ministry said.",
      "Russian missiles struck targets across Ukraine overnight, officials said.",
      "Ukrainian forces have shelled Russia repeatedly this week, Moscow said.",
      "Russian forces launched a new offensive on Monday, the ministry said."})
  void aClaimPlacedOnlyInACountryOrNowhereMakesNone(String sentence) {
    assertThat(claims(RULES, sentence)).isEmpty();
    assertThat(claims(RULES.requiring(RequiredPlace.ANY), sentence)).isNotEmpty();
  }

  @Test
  void countryLevelClaimsAreKeptWhenAskedFor() {
    String sentence = "Russian missiles struck targets across Ukraine overnight, officials said.";
    assertThat(claims(RULES.requiring(RequiredPlace.COUNTRY), sentence)).singleElement()
        .satisfies(c -> assertThat(c.place().countryCode()).isEqualTo("UA"))
        .satisfies(c -> assertThat(c.place().geoPrecision()).isEqualTo(4));
    String nowhere = "Russian forces launched a new offensive on Monday, the ministry said.";
    assertThat(claims(RULES.requiring(RequiredPlace.COUNTRY), nowhere)).isEmpty();
  }

  @ParameterizedTest(name = "placed finely enough: {0}")
  @ValueSource(strings = {
      "Russian missiles struck Kharkiv overnight, officials said.",
      "Russian forces shelled the Sumy region on Monday, the governor said.",
      "Russian troops shelled the village of Novoselivka, Kharkiv Oblast, on Monday."})
  void aTownOrRegionMakesAClaim(String sentence) {
    assertThat(claims(RULES, sentence)).isNotEmpty().allSatisfy(c -> assertThat(c.place().geoPrecision()).isLessThanOrEqualTo(3));
  }

  @Test
  void theVersionSaysWhichRequirementMadeTheClaims() {
    assertThat(RULES.requiring(RequiredPlace.REGION)).isSameAs(RULES);
    assertThat(RULES.requiring(RequiredPlace.COUNTRY).version()).isEqualTo(RULES.version() + "+place=country");
    assertThat(RULES.requiring(RequiredPlace.ANY).requiring(RequiredPlace.REGION).version()).isEqualTo(RULES.version());
    assertThat(RequiredPlace.parse(" Country ")).isEqualTo(RequiredPlace.COUNTRY);
    assertThatThrownBy(() -> RequiredPlace.parse("town")).hasMessageContaining("region, country or any");
  }
}
