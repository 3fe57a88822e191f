package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderwatch.extract.BundledExtraction.claims;

import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;

/**
 * A country's rangers were no actor, so the sentence made no claim at all, and a quoted word inside "opened fire"
 * hid the trigger. Sentences are the project's own.
 */
class BorderForcesThatFireAreActorsTest {
  @Test
  void rangersWhoOpenQuotedFireAreTheirStatesForces() {
    assertThat(claims("Pakistan Rangers opened \"unprovoked\" fire on Indian posts near Arnia late on Sunday, the "
        + "Border Security Force said."))
        .extracting(c -> c.resolvedActor().side(), Claim::subEventType, c -> c.place().name())
        .containsExactly(tuple("PK", "Armed clash", "Arnia"));
  }
}
