package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Africa" went to Mahdia, Tunisia (an old name of it): continents and macro-regions are entities of their own. */
class AfricaIsAContinentTest {
  @Test
  void africaIsTheContinent() {
    ResolvedPlace africa = place("Grain shipments to Africa resumed in July.", "Africa");
    assertThat(africa.geonameId()).as("not Mahdia").isEqualTo(AFRICA).isNotEqualTo(MAHDIA);
    assertThat(africa.featureCode()).isEqualTo("CONT");
    assertThat(africa.isResolved()).as("located, though in no country").isTrue();
    assertThat(africa.countryCode()).isNull();
  }

  @Test
  void theMiddleEastIsAMacroRegion() {
    ResolvedPlace region = place("Tensions rose across the Middle East after the strike.", "Middle East");
    assertThat(region.featureCode()).isEqualTo("RGN");
    assertThat(region.latitude()).as("a point near its middle").isBetween(20.0, 40.0);
  }
}
