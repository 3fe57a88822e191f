package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * A war story about Ukraine names a village the gazetteer lacks; its only namesake is a small town in a country the
 * story never names. The test gazetteer holds Globe (Arizona, 7,500 people) and Eu (France, 7,000).
 */
class StrayVillageTest {
  private static final String STORY = "Ukrainian troops held the line as Russian forces pressed on. "
      + "Ukraine said Russian shelling went on. ";

  @Test
  void aSmallPlaceAbroadInAStoryAboutUkraineStaysUnresolved() {
    assertThat(place(STORY + "Fighting raged near Globe on Monday.", "Globe").place()).isNull();
    assertThat(place(STORY + "Shells fell on Eu overnight.", "Eu").place()).isNull();
  }

  @Test
  void theSamePlaceResolvesWhenTheStoryNamesItsCountryOrNamesNoCountryAtAll() {
    assertThat(place("American officials visited Globe, where US troops trained. The US army said so. "
        + "Fighting raged near Globe on Monday.", "Globe").countryCode()).isEqualTo("US");
    assertThat(place("The council met in Globe on Monday.", "Globe").countryCode()).as("no focus at all")
        .isEqualTo("US");
  }

  @Test
  void aBigPlaceAbroadStillResolves() {
    assertThat(place(STORY + "Protests were held in Boston on Monday.", "Boston").countryCode()).isEqualTo("US");
  }
}
