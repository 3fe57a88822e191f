package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.LVIV;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "Air raids in Lviv, Kyiv and Sumy" put Lviv in Kyiv Oblast: "Kyiv", a region's bare name after a comma, was read
 * as Lviv's region although one more place of the list follows it.
 */
class LvivKyivAndSumyIsAListTest {
  @Test
  void aRegionsNameInsideAListIsNoQualifier() {
    ResolvedPlace lviv = place("Air raid sirens sounded in Lviv, Kyiv and Sumy overnight.", "Lviv");
    assertThat(lviv.geonameId()).isEqualTo(LVIV);
    assertThat(lviv.admin1Code()).as("its own region, not Kyiv's").isEqualTo("UA.15");
  }

  @Test
  void aRegionsNameEndingThePairStillQualifies() {
    assertThat(place("Troops shelled Krasnohorivka, Donetsk, on Monday.", "Krasnohorivka").admin1Code())
        .isEqualTo("UA.05");
  }
}
