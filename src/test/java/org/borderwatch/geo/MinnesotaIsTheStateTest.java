package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Minnesota" went to Minneota, which carries it as an old alternate name, ahead of the state. */
class MinnesotaIsTheStateTest {
  @Test
  void aStateNameIsTheStateNotATownCarryingItAsAnAlias() {
    ResolvedPlace state = place("Farmers in Minnesota expect a late harvest.", "Minnesota");
    assertThat(state.geonameId()).isEqualTo(MINNESOTA).isNotEqualTo(MINNEOTA);
    assertThat(state.geoPrecision()).isEqualTo(3);
  }
}
