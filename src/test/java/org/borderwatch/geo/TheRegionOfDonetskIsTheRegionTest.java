package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.BELGOROD_OBLAST;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "the eastern region of Donetsk" and "the Donetsk and the Belgorod regions" went to the cities: a designator
 * written before the name with "of", or a plural designator after a list whose names each take "the", still names the
 * regions, also where the gazetteer names a region only in full ("Belgorod Oblast"). So do "a town in Donetsk", "the
 * Donetsk hamlet of …", each name after "the regions of", and a region's name that locates a town ("Kramatorsk,
 * Donetsk, Ukraine"). "the city of Donetsk" stays the city.
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
  void whereATownLiesIsTheRegion() {
    assertThat(place("Shelling hit Krasnohorivka, a town in Donetsk, on Monday.", "Donetsk").geoPrecision())
        .isEqualTo(3);
    assertThat(place("Russian troops tried to seize the Donetsk hamlet of Vuhlehirsk on Monday.", "Donetsk")
        .geoPrecision()).isEqualTo(3);
    assertThat(place("Russian troops attacked along the Donetsk front on Monday.", "Donetsk").geoPrecision())
        .isEqualTo(3);
  }

  @Test
  void everyNameAfterAPluralDesignatorWithOfIsARegion() {
    String text = "Drones attacked the regions of Donetsk, Kharkiv and Sumy overnight.";
    for (String name : new String[] {"Donetsk", "Kharkiv", "Sumy"}) {
      assertThat(place(text, name).geoPrecision()).as(name).isEqualTo(3);
    }
    assertThat(place("Drones attacked Kharkiv and Sumy overnight.", "Sumy").geoPrecision()).isEqualTo(1);
  }

  @Test
  void aRegionsNameThatLocatesATownIsTheRegion() {
    String text = "A missile hit a house in Kramatorsk, Donetsk, Ukraine, on Monday.";
    assertThat(place(text, "Donetsk").geoPrecision()).as("the oblast Kramatorsk lies in").isEqualTo(3);
    assertThat(place(text, "Kramatorsk").admin1Code()).isEqualTo("UA.05");
  }

  @Test
  void theCityOfANameIsTheCity() {
    assertThat(place("Shelling killed two people in the city of Donetsk on Monday.", "Donetsk").geoPrecision())
        .isEqualTo(1);
  }
}
