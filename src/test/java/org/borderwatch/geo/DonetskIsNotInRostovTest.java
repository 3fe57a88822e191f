package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.DONETSK;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "Russia says … attack on Donetsk" put Donetsk in Rostov Oblast (48,000 people) instead of the city of 929,000 in
 * Ukraine: one country name made Russia the story's country. A far smaller namesake in the focus country now needs
 * a clear lead of that focus.
 */
class DonetskIsNotInRostovTest {
  @Test
  void oneCountryNameDoesNotMoveABigCityToASmallNamesake() {
    assertThat(place("Russia says a rocket attack on Donetsk killed two soldiers.", "Donetsk").geonameId())
        .isEqualTo(DONETSK);
    assertThat(place("Moscow-installed officials in Donetsk said Russia had lost a depot.", "Donetsk").countryCode())
        .isEqualTo("UA");
  }

  @Test
  void aStoryClearlyAboutTheNamesakesCountryStillChoosesIt() {
    String text = "Russia and Russian officials met in Moscow. Later Russia reported a fire in Donetsk.";
    assertThat(place(text, "Donetsk").countryCode()).as("Russia named twice and Moscow placed there").isEqualTo("RU");
  }
}
