package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "EU" went to Eu in France: the EU is a body that speaks, and short capitals never fall to a small namesake. */
class EuIsNotAPlaceTest {
  @Test
  void theEuIsABodyNotEuInFrance() {
    ResolvedPlace eu = place("The EU said the sanctions would stay.", "EU");
    assertThat(eu.geonameId()).as("the European Union, not Eu").isEqualTo(EUROPEAN_UNION).isNotEqualTo(EU_FRANCE);
    assertThat(eu.role()).isEqualTo(PlaceRole.INSTITUTION);
    assertThat(eu.role().isEventPlace()).isFalse();
  }

  @Test
  void theTownOfEuIsStillATownWhenWrittenSo() {
    assertThat(place("Fishing boats left the harbour of Eu at dawn.", "Eu").geonameId())
        .as("only the all-capitals acronym is a body").isEqualTo(EU_FRANCE);
  }
}
