package org.borderwatch.eval;

import org.borderwatch.geo.GreatCircle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.borderwatch.BorderwatchException;

/**
 * Compares extracted claims with ACLED-coded events, one event at a time; plain Java over the
 * claims of the article made from each event's notes.
 *
 * <p>Per event: <b>located</b> when some claim's point lies within {@code withinKm} of the gold
 * point, or, when the gold point only stands for a region (geo_precision 3), some claim has the same
 * admin1; <b>admin1</b> when some claim names the same first-level region; <b>side</b> when some
 * claim's actor_country is the country of the gold actor1 ({@link ActorCountries}). Event and
 * sub-event type are judged on the <b>best claim</b>: the located one first, then same admin1, then
 * the nearest point, then highest confidence, then claim id.
 */
public final class AcledEvaluator {
  /** Distance within which a claim's place counts as the gold event's place (km), and how many misses to list. */
  public record Settings(double withinKm, int worstMisses) {
    public Settings {
      if (!(withinKm > 0) || worstMisses < 0) {
        throw new BorderwatchException("eval needs a positive distance (got " + withinKm
            + " km) and a non-negative number of misses to list (got " + worstMisses + ")");
      }
    }
  }

  private final ActorCountries actorCountries;
  private final Admin1Names admin1Names;
  private final Settings settings;

  public AcledEvaluator(ActorCountries actorCountries, Admin1Names admin1Names, Settings settings) {
    this.actorCountries = actorCountries;
    this.admin1Names = admin1Names;
    this.settings = settings;
  }

  /** Judges every gold event against its claims (events without an entry have none) and sums up. */
  public EvalReport evaluate(List<GoldEvent> gold, Map<String, EventClaims> claimsByEvent, List<String> skippedGold) {
    List<EventOutcome> outcomes = gold.stream()
        .map(g -> judge(g, claimsByEvent.getOrDefault(g.eventId(), EventClaims.NONE)))
        .toList();
    Map<String, Figures> byType = new TreeMap<>();
    outcomes.stream().map(o -> o.gold().eventType()).distinct().forEach(type -> byType.put(type,
        Figures.of(outcomes.stream().filter(o -> o.gold().eventType().equals(type)).toList())));
    List<EventOutcome> worst = outcomes.stream()
        .filter(o -> o.failures() > 0)
        .sorted(Comparator.comparingInt(EventOutcome::failures).reversed()
            .thenComparing(o -> o.distanceKm() == null ? Double.MAX_VALUE : o.distanceKm(), Comparator.reverseOrder())
            .thenComparing(o -> o.gold().eventId()))
        .limit(settings.worstMisses())
        .toList();
    return new EvalReport(settings, Figures.of(outcomes), byType, worst, skippedGold);
  }

  public EventOutcome judge(GoldEvent gold, EventClaims claims) {
    List<Placed> placed = claims.claims().stream().map(c -> place(gold, c)).toList();
    Placed best = placed.stream().min(Comparator.comparing((Placed p) -> !p.located())
        .thenComparing(p -> !p.admin1())
        .thenComparing(p -> p.km() == null ? Double.MAX_VALUE : p.km())
        .thenComparing(p -> p.claim(), EventClaims.BEST_FIRST)).orElse(null);
    boolean located = placed.stream().anyMatch(Placed::located);
    boolean admin1 = placed.stream().anyMatch(Placed::admin1);
    Optional<String> side = actorCountries.countryOf(gold.actor1());
    boolean sideMatch = side.isPresent()
        && claims.claims().stream().anyMatch(c -> side.get().equalsIgnoreCase(c.actorCountry()));
    boolean type = best != null && same(gold.eventType(), best.claim().eventType());
    boolean subType = best != null && same(gold.subEventType(), best.claim().subEventType());

    List<String> reasons = new ArrayList<>();
    if (best == null) {
      reasons.add("no claim");
    } else {
      ClaimSummary c = best.claim();
      if (!located) {
        reasons.add(gold.regionOnly() ? "gold is region-level and no claim is in " + gold.admin1()
            : best.km() == null ? "no claim has coordinates" : String.format(Locale.ROOT, "nearest claim %.0f km away", best.km()));
      }
      if (!admin1) {
        reasons.add("admin1 " + c.admin1Name() + ", gold " + gold.admin1());
      }
      if (side.isPresent() && !sideMatch) {
        reasons.add("no claim with side " + side.get() + " (best: " + c.actorCountry() + ")");
      }
      if (!type) {
        reasons.add("event type " + c.eventType() + ", gold " + gold.eventType());
      } else if (!subType) {
        reasons.add("sub-event " + c.subEventType() + ", gold " + gold.subEventType());
      }
    }
    return new EventOutcome(gold, claims.count(), best == null ? null : best.claim(), best == null ? null : best.km(),
        located, admin1, side.orElse(null), sideMatch, type, subType, reasons);
  }

  /** One claim's place judged against the gold event. */
  private record Placed(ClaimSummary claim, Double km, boolean located, boolean admin1) {}

  private Placed place(GoldEvent gold, ClaimSummary c) {
    Double km = c.hasPoint() ? GreatCircle.haversineKm(gold.latitude(), gold.longitude(), c.latitude(), c.longitude()) : null;
    boolean admin1 = admin1Names.same(gold.admin1(), c.admin1Name());
    boolean located = gold.regionOnly() ? admin1 : km != null && km <= settings.withinKm();
    return new Placed(c, km, located, admin1);
  }

  private static boolean same(String gold, String extracted) {
    return extracted != null && gold.trim().equalsIgnoreCase(extracted.trim());
  }
}
