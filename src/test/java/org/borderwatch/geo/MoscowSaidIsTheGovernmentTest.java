package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Moscow said" was taken as an event in Moscow; "a US journalist" as an event in the United States. */
class MoscowSaidIsTheGovernmentTest {
  @Test
  void aCapitalBeforeASpeechVerbIsItsGovernment() {
    ResolvedPlace moscow = place("Moscow said the drones were shot down.", "Moscow");
    assertThat(moscow.role()).isEqualTo(PlaceRole.GOVERNMENT);
    assertThat(moscow.featureCode()).as("still the capital, so the speaker is its government").isEqualTo("PPLC");
    assertThat(place("Kyiv has repeatedly denied the claim.", "Kyiv").role()).isEqualTo(PlaceRole.GOVERNMENT);
  }

  @Test
  void aCapitalWhereSomethingHappensIsAPlace() {
    assertThat(place("Explosions were heard in Moscow overnight.", "Moscow").role()).isEqualTo(PlaceRole.PLACE);
  }

  @Test
  void aCountryBeforeANationalityNounIsAnAdjective() {
    assertThat(place("A US journalist was detained.", "US").role()).isEqualTo(PlaceRole.NATIONALITY);
    assertThat(place("Russia and Ukraine officials met.", "Ukraine").role()).isEqualTo(PlaceRole.NATIONALITY);
    assertThat(place("The troops withdrew to Ukraine and regrouped.", "Ukraine").role()).isEqualTo(PlaceRole.PLACE);
  }
}
