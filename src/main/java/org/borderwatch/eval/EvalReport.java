package org.borderwatch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one evaluation against ACLED-format gold: overall, per gold event type, and the worst misses. */
public record EvalReport(AcledEvaluator.Settings settings, Figures overall, Map<String, Figures> byEventType,
    List<EventOutcome> worst, List<String> skippedGold) {

  public EvalReport {
    byEventType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byEventType));
    worst = List.copyOf(worst);
    skippedGold = List.copyOf(skippedGold);
  }

  /** The report as plain maps and lists, in a stable order, for the JSON file. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold_format", "acled");
    m.put("within_km", settings.withinKm());
    m.put("overall", overall.toMap());
    Map<String, Object> types = new LinkedHashMap<>();
    byEventType.forEach((type, f) -> types.put(type, f.toMap()));
    m.put("by_event_type", types);
    List<Map<String, Object>> misses = new ArrayList<>();
    for (EventOutcome o : worst) {
      Map<String, Object> miss = new LinkedHashMap<>();
      GoldEvent g = o.gold();
      miss.put("event_id", g.eventId());
      miss.put("gold", g.subEventType() + " at " + g.location() + " (" + g.admin1() + "), actor1 " + g.actor1());
      miss.put("best_claim", o.best() == null ? null : o.best().describe());
      miss.put("best_claim_id", o.best() == null ? null : o.best().claimId());
      miss.put("distance_km", o.distanceKm() == null ? null : Figures.round(o.distanceKm()));
      miss.put("claims", o.claims());
      miss.put("why", o.reasons());
      misses.add(miss);
    }
    m.put("worst_misses", misses);
    m.put("gold_rows_skipped", skippedGold);
    return m;
  }
}
