package org.borderwatch.eval;

import java.util.Comparator;
import java.util.List;

/**
 * The claims extracted from one gold item's article: how many there are in all, and the first of
 * them by confidence (a bounded list, so a runaway extractor cannot flood the driver).
 */
public record EventClaims(long count, List<ClaimSummary> claims) {
  /** Highest confidence first, ties by claim id: the order the Spark side keeps when it cuts the list. */
  public static final Comparator<ClaimSummary> BEST_FIRST =
      Comparator.comparingDouble(ClaimSummary::confidence).reversed().thenComparing(ClaimSummary::claimId);

  public static final EventClaims NONE = new EventClaims(0, List.of());

  public EventClaims {
    claims = claims.stream().sorted(BEST_FIRST).toList();
  }
}
