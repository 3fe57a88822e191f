package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.knowledge;
import static org.borderwatch.geo.TestPlaces.mentionOf;

import org.junit.jupiter.api.Test;

/**
 * LGL: "the District 7 Board of Education", "the County" and "in the Northeast" were taken as unknown places. A
 * designator or a compass word standing alone names no place; with a name it still does.
 */
class DesignatorAloneIsNotAPlaceTest {
  @Test
  void aDesignatorOrCompassWordAloneIsNoPlace() {
    assertThat(mentionOf("Candidates in the District 7 race spoke at the school on Monday.", "District")).isEmpty();
    assertThat(mentionOf("Heavy snow fell across the Northeast overnight.", "Northeast")).isEmpty();
    assertThat(SmallGazetteer.fired(knowledge(), "Heavy snow fell across the Northeast overnight.",
        PlaceMentionFinder.BARE_DESIGNATOR)).isPositive();
  }

  @Test
  void aDesignatorWithItsNameIsStillARegion() {
    assertThat(mentionOf("Shelling hit the Belgorod region overnight.", "Belgorod")).isPresent();
  }
}
