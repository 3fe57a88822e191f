package org.borderwatch.eval;

import java.util.List;

/**
 * How the claims of one gold event compare with it. {@code best} is the claim placed closest to
 * the event (see {@link AcledEvaluator}); {@code distanceKm} is its distance from the gold point, null
 * when it has no point or there is no claim. {@code goldSide} is empty when the gold actor's country
 * is unknown, in which case {@code sideMatch} is not counted.
 */
public record EventOutcome(GoldEvent gold, long claims, ClaimSummary best, Double distanceKm, boolean located,
    boolean admin1Match, String goldSide, boolean sideMatch, boolean eventTypeMatch, boolean subEventTypeMatch,
    List<String> reasons) {

  public EventOutcome {
    reasons = List.copyOf(reasons);
  }

  public boolean sideKnown() {
    return goldSide != null;
  }

  /** Number of failed checks, plus one when there is no claim at all: how bad a miss is. */
  public int failures() {
    int f = claims == 0 ? 1 : 0;
    f += located ? 0 : 1;
    f += admin1Match ? 0 : 1;
    f += !sideKnown() || sideMatch ? 0 : 1;
    f += eventTypeMatch ? 0 : 1;
    f += subEventTypeMatch ? 0 : 1;
    return f;
  }
}
