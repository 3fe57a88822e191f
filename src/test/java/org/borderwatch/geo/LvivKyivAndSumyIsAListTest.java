package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.KYIV;
import static org.borderwatch.geo.TestPlaces.LVIV;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "Air raids in Lviv, Kyiv and Sumy" put Lviv in Kyiv Oblast: "Kyiv", a region's bare name after a comma, was read
 * as Lviv's region although one more place of the list follows it. Nor is a region's name after a city of some size
 * outside it ("Kyiv, Kharkiv"), nor a name in the possessive ("Krasnohorivka, Kyiv's commanders said").
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

  @Test
  void aCityOutsideTheRegionNamedAfterItIsListedWithIt() {
    ResolvedPlace kyiv = place("Missiles hit Kyiv, Kharkiv overnight, officials said.", "Kyiv");
    assertThat(kyiv.geonameId()).isEqualTo(KYIV);
    assertThat(kyiv.admin1Code()).as("Kyiv City, not Kharkiv Oblast").isEqualTo("UA.12");
  }

  @Test
  void aPossessiveAfterTheCommaIsNoQualifier() {
    assertThat(place("Troops shelled Krasnohorivka, Kyiv's commanders said on Monday.", "Krasnohorivka").admin1Code())
        .isEqualTo("UA.05");
  }
}
