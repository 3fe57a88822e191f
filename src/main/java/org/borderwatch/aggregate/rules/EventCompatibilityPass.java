package org.borderwatch.aggregate.rules;

import org.borderwatch.aggregate.AggregateSettings;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.IncidentDraft;

/**
 * Some member reports the same ACLED event type, or a configured compatible type on the same day
 * (a clash one side reports as shelling; a drone strike the other reports as shot down).
 */
public final class EventCompatibilityPass implements ClusterRule {
  private final AggregateSettings settings;

  public EventCompatibilityPass(AggregateSettings settings) {
    this.settings = settings;
  }

  @Override
  public boolean admits(IncidentDraft incident, ClaimRecord claim) {
    return incident.members().stream().anyMatch(m -> m.eventType().equals(claim.eventType())
        || (m.eventDate().equals(claim.eventDate()) && settings.compatible(m.eventType(), claim.eventType())));
  }

  @Override
  public String describe() {
    return "same event type, or a compatible type " + settings.compatibleTypes() + " on the same day";
  }
}
