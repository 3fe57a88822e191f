package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "U.S." was missed: the tokenizer cut it at its periods. Dotted short forms are found whole. */
class UsAbbreviationTest {
  @Test
  void dottedUsIsTheUnitedStates() {
    ResolvedPlace us = place("The convoy reached the U.S. border crossing before noon.", "U.S.");
    assertThat(us.geonameId()).as("the country itself").isEqualTo(UNITED_STATES);
    assertThat(us.featureCode()).isEqualTo("PCLI");
    assertThat(us.geoPrecision()).isEqualTo(4);
  }

  @Test
  void aStateAbbreviationInADatelineIsTheState() {
    ResolvedPlace town = place("SPRINGFIELD, Ill. - Officials met on Monday.", "SPRINGFIELD");
    assertThat(town.geonameId()).as("Ill. after the comma places the town").isEqualTo(SPRINGFIELD_IL);
    assertThat(place("SPRINGFIELD, Ill. - Officials met on Monday.", "Ill.").admin1Code()).isEqualTo("US.IL");
  }

  @Test
  void anInitialIsNoStateAbbreviation() {
    assertThat(mentionOf("Mo. Smith wrote the report.", "Mo.")).as("no comma or cue before it").isEmpty();
  }
}
