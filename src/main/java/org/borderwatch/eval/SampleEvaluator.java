package org.borderwatch.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores claims against the sample gold. A claim matches a gold claim of the same article when the
 * places agree (same admin1 code when both have one, else same country) and the event types agree;
 * every gold claim first takes an unmatched agreeing claim whose actor acts for the gold actor's side, and the gold
 * claims still open then take any unmatched agreeing claim; each takes the one of its gold sub-event first, else the
 * best ({@link EventClaims#BEST_FIRST}). So a claim is counted at most once, the two sides' claims of one clash pair
 * with their own gold claims, and so do a shelling and a drone strike reported for one district. Attribution,
 * modality and cross-border kind are then scored as matches that also agree on that field (a missing kind on both
 * sides agrees). Gold claims and extracted claims left without a match are listed, for error analysis.
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
   * Every gold claim first takes a claim of its actor's side, and only then may the gold claims still open take any
   * agreeing claim, so one side's claim is never spent on the other side's gold claim of the same clash.
   */
  private static final List<BiPredicate<SampleGoldClaim, ClaimSummary>> PASSES =
      List.of(SampleEvaluator::sameSide, (g, c) -> true);

  private SampleEvaluator() {}

  /** {@code claimsByArticle} is keyed by the article's input id; only the gold's articles are scored. */
  public static SampleReport evaluate(SampleGoldReader.SampleGold gold, Map<String, EventClaims> claimsByArticle) {
    long extracted = gold.articles().stream()
        .mapToLong(a -> claimsByArticle.getOrDefault(a, EventClaims.NONE).count()).sum();
    List<SampleGoldClaim> golds = gold.claims();
    ClaimSummary[] matches = new ClaimSummary[golds.size()];
    Set<String> used = new HashSet<>();
    for (BiPredicate<SampleGoldClaim, ClaimSummary> pass : PASSES) {
      for (int i = 0; i < golds.size(); i++) {
        SampleGoldClaim g = golds.get(i);
        if (matches[i] != null) {
          continue;
        }
        matches[i] = claimsByArticle.getOrDefault(g.article(), EventClaims.NONE).claims().stream()
            .filter(c -> !used.contains(c.claimId()) && agrees(g, c) && pass.test(g, c))
            .sorted(Comparator.comparing((ClaimSummary c) -> !sameSubEvent(g, c)))
            .findFirst().orElse(null);
        if (matches[i] != null) {
          used.add(matches[i].claimId());
        }
      }
    }
    List<String> unmatched = new ArrayList<>();
    Map<String, Long> fieldMatches = new LinkedHashMap<>();
    FIELDS.forEach(f -> fieldMatches.put(f, 0L));
    long matched = 0;
    for (int i = 0; i < golds.size(); i++) {
      SampleGoldClaim g = golds.get(i);
      ClaimSummary match = matches[i];
      if (match == null) {
        unmatched.add(g.describe());
        continue;
      }
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
