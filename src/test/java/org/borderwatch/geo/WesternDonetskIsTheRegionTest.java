package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.place;

import org.junit.jupiter.api.Test;

/**
 * "villages in western Donetsk" went to the city of Donetsk, far from the villages: a compass adjective before a
 * region's bare name names a part of the region, so the name is the region. A name no region carries stays a town.
 */
class WesternDonetskIsTheRegionTest {
  @Test
  void aCompassAdjectiveBeforeARegionsNameIsTheRegion() {
    ResolvedPlace p = place("Ukraine said its troops had retaken two villages in western Donetsk on Monday.", "Donetsk");
    assertThat(p.geoPrecision()).as("the oblast, not the city").isEqualTo(3);
    assertThat(p.admin1Name()).isEqualTo("Donetsk Oblast");
  }

  @Test
  void withoutTheAdjectiveTheNameIsStillTheCity() {
    assertThat(place("Shells hit the centre of Donetsk on Monday.", "Donetsk").geoPrecision()).isEqualTo(1);
  }

  @Test
  void aCompassAdjectiveBeforeATownIsTheTown() {
    assertThat(place("Fighting went on in eastern Krasnohorivka on Monday.", "Krasnohorivka").geoPrecision()).isEqualTo(1);
  }
}
