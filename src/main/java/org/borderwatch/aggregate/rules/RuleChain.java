package org.borderwatch.aggregate.rules;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.aggregate.AggregateSettings;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.IncidentDraft;

/**
 * The clustering rules in the order they are asked, cheapest first. A claim joins an incident
 * when every rule admits it; the first rule that refuses is counted, so the job can report which
 * rule kept claims apart. Counts are per instance: one chain per partition.
 */
public final class RuleChain implements Serializable {
  private final List<ClusterRule> rules;
  private final long[] refusals;

  public RuleChain(AggregateSettings settings) {
    this.rules = List.of(
        new DateWindowPass(settings.windowDays()),
        new AdminAreaPass(),
        new SamePlacePass(settings.distanceKm()),
        new EventCompatibilityPass(settings));
    this.refusals = new long[rules.size()];
  }

  public boolean admits(IncidentDraft incident, ClaimRecord claim) {
    for (int i = 0; i < rules.size(); i++) {
      if (!rules.get(i).admits(incident, claim)) {
        refusals[i]++;
        return false;
      }
    }
    return true;
  }

  public List<ClusterRule> rules() {
    return rules;
  }

  /** Refusals per rule name, in chain order. */
  public Map<String, Long> refusals() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      out.put(rules.get(i).name(), refusals[i]);
    }
    return out;
  }
}
