package org.borderwatch.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a set of gold events and the shares derived from them. Every share has the number of
 * gold events as denominator (an event without claims counts as a miss), except {@code side}, whose
 * denominator is the events whose actor1 country is known.
 */
public record Figures(long events, long withClaims, long located, long admin1, long sideKnown, long side,
    long eventType, long subEventType, long claims) {

  public static Figures of(List<EventOutcome> outcomes) {
    long events = outcomes.size();
    return new Figures(events,
        outcomes.stream().filter(o -> o.claims() > 0).count(),
        outcomes.stream().filter(EventOutcome::located).count(),
        outcomes.stream().filter(EventOutcome::admin1Match).count(),
        outcomes.stream().filter(EventOutcome::sideKnown).count(),
        outcomes.stream().filter(o -> o.sideKnown() && o.sideMatch()).count(),
        outcomes.stream().filter(EventOutcome::eventTypeMatch).count(),
        outcomes.stream().filter(EventOutcome::subEventTypeMatch).count(),
        outcomes.stream().mapToLong(EventOutcome::claims).sum());
  }

  public double withClaimsShare() {
    return share(withClaims, events);
  }

  public double locatedShare() {
    return share(located, events);
  }

  public double admin1Share() {
    return share(admin1, events);
  }

  public double sideShare() {
    return share(side, sideKnown);
  }

  public double eventTypeShare() {
    return share(eventType, events);
  }

  public double subEventTypeShare() {
    return share(subEventType, events);
  }

  public double claimsPerEvent() {
    return share(claims, events);
  }

  /** Counts and shares (rounded to 4 decimals) in a stable order, for the JSON report. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("events", events);
    m.put("events_with_claims", withClaims);
    m.put("located", located);
    m.put("admin1_match", admin1);
    m.put("side_known", sideKnown);
    m.put("side_match", side);
    m.put("event_type_match", eventType);
    m.put("sub_event_type_match", subEventType);
    m.put("claims", claims);
    m.put("with_claims_share", round(withClaimsShare()));
    m.put("located_share", round(locatedShare()));
    m.put("admin1_share", round(admin1Share()));
    m.put("side_share", round(sideShare()));
    m.put("event_type_accuracy", round(eventTypeShare()));
    m.put("sub_event_type_accuracy", round(subEventTypeShare()));
    m.put("claims_per_event", round(claimsPerEvent()));
    return m;
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
