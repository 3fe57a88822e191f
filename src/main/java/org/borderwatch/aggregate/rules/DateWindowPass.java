package org.borderwatch.aggregate.rules;

import java.time.temporal.ChronoUnit;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.IncidentDraft;

/**
 * The claim's event date lies within the window of the incident's seed date. Anchoring on the seed
 * rather than on any member keeps a month of daily shelling of one village from chaining into a
 * single incident.
 */
public final class DateWindowPass implements ClusterRule {
  private final int windowDays;

  public DateWindowPass(int windowDays) {
    this.windowDays = windowDays;
  }

  @Override
  public boolean admits(IncidentDraft incident, ClaimRecord claim) {
    return Math.abs(ChronoUnit.DAYS.between(incident.seedDate(), claim.eventDate())) <= windowDays;
  }

  @Override
  public String describe() {
    return "event date within " + windowDays + " day(s) of the incident's first claim";
  }
}
