package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Six Russian soldiers were captured" and "… beaten back, with four of the attackers captured" were
 * claimed as territory taken, and the defenders who repulsed an attack as its attackers. People taken are prisoners,
 * not ground; the agent of a passive is its nearest verb's. Sentences are the project's own.
 */
class PrisonersTakenAreNoTerritoryTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Four Russian soldiers were captured near Kharkiv on Tuesday.",
      "The push on Kharkiv was repelled by the garrison, with four Russian soldiers captured."})
  void soldiersCapturedAreNoTownTaken(String sentence) {
    assertThat(claims(sentence)).as(sentence).extracting(Claim::subEventType)
        .noneMatch(s -> s.contains("territory"));
  }

  @Test
  void aTownCapturedStillIs() {
    assertThat(claims("Russian troops captured Bakhmut on Saturday.")).extracting(Claim::subEventType)
        .anyMatch(s -> s.contains("territory"));
  }

  @Test
  void whoRepulsedAnAttackDidNotMakeIt() {
    List<Claim> claims = claims("The overnight Russian assault on Kharkiv was repelled by Ukrainian troops.");
    assertThat(claims).filteredOn(c -> c.predicate().equals("assault"))
        .extracting(c -> c.resolvedActor().side()).containsExactly("RU");
    assertThat(claims).filteredOn(c -> c.predicate().equals("repelled"))
        .extracting(c -> c.resolvedActor().side()).containsExactly("UA");
  }
}
