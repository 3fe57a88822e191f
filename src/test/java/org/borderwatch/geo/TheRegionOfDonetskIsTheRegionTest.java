package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.BELGOROD_OBLAST;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "the eastern region of Donetsk" and "the Donetsk and the Belgorod regions" went to the cities: a designator
 * written before the name with "of", or a plural designator after a list whose names each take "the", still names the
 * regions, also where the gazetteer names a region only in full ("Belgorod Oblast"). "the city of Donetsk" stays the
 * city.
 */
class TheRegionOfDonetskIsTheRegionTest {
  @Test
  void aDesignatorWithOfBeforeTheNameIsTheRegion() {
    ResolvedPlace p = place("Shelling killed two people in the eastern Ukrainian region of Donetsk on Monday.",
        "Donetsk");
    assertThat(p.geoPrecision()).as("the oblast, not the city").isEqualTo(3);
  }

  @Test
  void aListWhoseNamesEachTakeTheBeforeAPluralDesignatorNamesRegions() {
    String text = "Shelling damaged power lines in the Donetsk and the Belgorod regions on Monday.";
    assertThat(place(text, "Donetsk").geoPrecision()).isEqualTo(3);
    assertThat(place(text, "Belgorod").geoPrecision()).isEqualTo(3);
  }

  @Test
  void aRegionNamedAfterItsCityIsFoundThroughTheCity() {
    ResolvedPlace p = place("Shelling hit villages in the Russian region of Belgorod on Monday.", "Belgorod");
    assertThat(p.geonameId()).as("Belgorod Oblast, which the gazetteer names only in full").isEqualTo(BELGOROD_OBLAST);
  }

  @Test
  void theCityOfANameIsTheCity() {
    assertThat(place("Shelling killed two people in the city of Donetsk on Monday.", "Donetsk").geoPrecision())
        .isEqualTo(1);
  }
}
