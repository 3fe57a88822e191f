package org.borderwatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores claims against the sample gold. A claim matches a gold claim of the same article when the
 * places agree (same admin1 code when both have one, else same country) and the event types agree;
 * each gold claim takes the first unmatched agreeing claim whose actor acts for the gold actor's side, else the
 * first unmatched agreeing claim, best first ({@link EventClaims#BEST_FIRST}), and among either the one of the gold
 * sub-event first, so a claim is counted at most once, two claims of one event by the two sides pair with the right
 * gold claims, and so do a shelling and a drone strike in one district. Attribution, modality and cross-border kind are then scored as
 * matches that also agree on that field (a missing kind on both sides agrees). Gold claims and extracted
 * claims left without a match are listed, for error analysis.
 */
public final class SampleEvaluator {
  private static final Map<String, Function<SampleGoldClaim, String>> GOLD_FIELDS = Map.of(
      "attribution", SampleGoldClaim::attribution,
      "modality", SampleGoldClaim::modality,
      "cross_border_kind", SampleGoldClaim::crossBorderKind);
  private static final Map<String, Function<ClaimSummary, String>> CLAIM_FIELDS = Map.of(
      "attribution", ClaimSummary::attribution,
      "modality", ClaimSummary::modality,
      "cross_border_kind", ClaimSummary::crossBorderKind);
  private static final List<String> FIELDS = List.of("attribution", "modality", "cross_border_kind");
  /**
   * Among the agreeing claims (best first), those of the gold actor's side come first, then within each those of the
   * gold sub-event, so a shelling and a drone strike reported for one district pair with their own gold claims.
   */
  private static final Function<SampleGoldClaim, Comparator<ClaimSummary>> PREFERRED = g -> Comparator
      .comparing((ClaimSummary c) -> !sameSide(g, c)).thenComparing(c -> !sameSubEvent(g, c));

  private SampleEvaluator() {}

  /** {@code claimsByArticle} is keyed by the article's input id; only the gold's articles are scored. */
  public static SampleReport evaluate(SampleGoldReader.SampleGold gold, Map<String, EventClaims> claimsByArticle) {
    long extracted = gold.articles().stream()
        .mapToLong(a -> claimsByArticle.getOrDefault(a, EventClaims.NONE).count()).sum();
    Set<String> used = new HashSet<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, Long> fieldMatches = new LinkedHashMap<>();
    FIELDS.forEach(f -> fieldMatches.put(f, 0L));
    long matched = 0;
    for (SampleGoldClaim g : gold.claims()) {
      List<ClaimSummary> agreeing = claimsByArticle.getOrDefault(g.article(), EventClaims.NONE).claims().stream()
          .filter(c -> !used.contains(c.claimId()) && agrees(g, c))
          .toList();
      ClaimSummary match = agreeing.stream().sorted(PREFERRED.apply(g)).findFirst().orElse(null);
      if (match == null) {
        unmatched.add(g.describe());
        continue;
      }
      used.add(match.claimId());
      matched++;
      for (String f : FIELDS) {
        if (Objects.equals(norm(GOLD_FIELDS.get(f).apply(g)), norm(CLAIM_FIELDS.get(f).apply(match)))) {
          fieldMatches.merge(f, 1L, Long::sum);
        }
      }
    }
    List<String> unmatchedClaims = new ArrayList<>();
    for (String article : gold.articles()) {
      claimsByArticle.getOrDefault(article, EventClaims.NONE).claims().stream()
          .filter(c -> !used.contains(c.claimId()))
          .forEach(c -> unmatchedClaims.add(article + ": " + c.describe()));
    }
    long goldCount = gold.claims().size();
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("claim", new Score(goldCount, extracted, matched));
    fieldMatches.forEach((f, n) -> scores.put(f, new Score(goldCount, extracted, n)));
    return new SampleReport(scores, unmatched, unmatchedClaims);
  }

  private static boolean sameSubEvent(SampleGoldClaim g, ClaimSummary c) {
    return g.subEventType() != null && g.subEventType().equalsIgnoreCase(c.subEventType());
  }

  private static boolean sameSide(SampleGoldClaim g, ClaimSummary c) {
    return g.actorSide() != null && g.actorSide().equalsIgnoreCase(c.actorCountry());
  }

  static boolean agrees(SampleGoldClaim g, ClaimSummary c) {
    boolean place = g.admin1Code() != null && c.admin1Code() != null
        ? g.admin1Code().equalsIgnoreCase(c.admin1Code())
        : g.country() != null && g.country().equalsIgnoreCase(c.countryCode());
    return place && g.eventType() != null && g.eventType().equalsIgnoreCase(c.eventType());
  }

  private static String norm(String v) {
    return v == null ? null : v.trim().toUpperCase(java.util.Locale.ROOT);
  }
}
