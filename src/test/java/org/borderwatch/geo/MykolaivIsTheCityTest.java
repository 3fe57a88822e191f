package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * GeoNames names the oblast "Mykolaiv" and its capital "Mykolayiv", with "Mykolaiv" only among the city's alternate
 * names; a bare "Mykolaiv" went to the oblast, and the city was dropped as a lesser alias holder. A region's seat
 * carries the region's name as the city it is.
 */
class MykolaivIsTheCityTest {
  @Test
  void aBareNameSharedByARegionAndItsSeatIsTheSeat() {
    ResolvedPlace p = place("Russian missiles hit an apartment block in Mykolaiv on Monday.", "Mykolaiv");
    assertThat(p.featureCode()).as("the city").isEqualTo("PPLA");
    assertThat(p.admin1Code()).isEqualTo("UA.16");
  }

  @Test
  void aDesignatorStillNamesTheRegion() {
    assertThat(place("Russian forces shelled villages in the Mykolaiv region on Monday.", "Mykolaiv").geoPrecision())
        .isEqualTo(3);
  }
}
