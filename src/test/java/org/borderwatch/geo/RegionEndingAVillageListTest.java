package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "the village of X, Kharkiv Oblast" lost both places: the oblast, read as one more village of the list, matched no
 * settlement, and the unknown village had no region left to lie in. A name whose own last word is a region
 * designator, or a region's own name continuing a list of villages, is a region.
 */
class RegionEndingAVillageListTest {
  private static final String ONE = "Troops shelled the village of Zlatopil, Kharkiv Oblast, on Monday.";
  private static final String LIST = "They took the villages of Kozinka, Gora-Podol and Zlatopil, Belgorod Oblast.";

  @Test
  void theOblastAfterAnUnknownVillageIsTheRegion() {
    assertThat(place(ONE, "Kharkiv Oblast").admin1Name()).isEqualTo("Kharkiv Oblast");
    ResolvedPlace village = place(ONE, "Zlatopil");
    assertThat(village.place()).as("the bundled gazetteer lacks it").isNull();
    assertThat(village.admin1Name()).isEqualTo("Kharkiv Oblast");
    assertThat(village.geoPrecision()).isEqualTo(3);
  }

  @Test
  void aRegionsBareNameAfterAVillageIsTheRegion() {
    String text = "Artillery hit the village of Zlatopil, Kharkiv, before dawn.";
    assertThat(place(text, "Kharkiv").geoPrecision()).as("the oblast, not the city").isEqualTo(3);
    assertThat(place(text, "Zlatopil").admin1Name()).isEqualTo("Kharkiv Oblast");
  }

  @Test
  void aCityNamedAfterItsRegionIsStillTheCity() {
    assertThat(place("A drone was shot down over the city of Belgorod.", "Belgorod").geonameId())
        .as("no list continues here").isEqualTo(TestPlaces.BELGOROD);
  }

  @Test
  void everyVillageOfTheListLiesInTheRegionAfterIt() {
    assertThat(place(LIST, "Zlatopil").admin1Code()).isEqualTo("RU.09");
    assertThat(place(LIST, "Gora-Podol").countryCode()).isEqualTo("RU");
    assertThat(place(LIST, "Belgorod Oblast").geonameId()).isEqualTo(TestPlaces.BELGOROD_OBLAST);
  }
}
