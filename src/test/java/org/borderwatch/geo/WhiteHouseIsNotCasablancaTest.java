package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "White House" went to Casablanca (Dar el Beida): an institution stands for its government and is no place. */
class WhiteHouseIsNotCasablancaTest {
  @Test
  void theWhiteHouseIsTheUnitedStatesGovernment() {
    ResolvedPlace house = place("The White House said talks would continue.", "White House");
    assertThat(house.geonameId()).as("not Casablanca").isEqualTo(UNITED_STATES).isNotEqualTo(CASABLANCA);
    assertThat(house.featureCode()).as("a country, so the extractor reads a government").isEqualTo("PCLI");
    assertThat(house.role()).isEqualTo(PlaceRole.INSTITUTION);
  }

  @Test
  void theKremlinIsRussia() {
    ResolvedPlace kremlin = place("The Kremlin denied any involvement.", "Kremlin");
    assertThat(kremlin.countryCode()).isEqualTo("RU");
    assertThat(kremlin.role().isEventPlace()).isFalse();
  }
}
