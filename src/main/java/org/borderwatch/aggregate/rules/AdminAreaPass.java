package org.borderwatch.aggregate.rules;

import java.util.Objects;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.IncidentDraft;

/**
 * A region- or country-level claim, or any claim joining an incident known only at that level,
 * needs the same country and admin1, and nothing may contradict: when both sides name acting
 * sides, the claim's side must be among the incident's. The clusterer adds the last condition,
 * that exactly one open incident admits such a claim.
 */
public final class AdminAreaPass implements ClusterRule {

  @Override
  public boolean admits(IncidentDraft incident, ClaimRecord claim) {
    if (claim.isPoint() && !incident.isRegional()) {
      return true;
    }
    ClaimRecord seed = incident.seed();
    if (!Objects.equals(seed.countryCode(), claim.countryCode()) || !Objects.equals(seed.admin1Code(), claim.admin1Code())) {
      return false;
    }
    if (claim.actorCountry() == null) {
      return true;
    }
    boolean sidesKnown = incident.members().stream().anyMatch(m -> m.actorCountry() != null);
    return !sidesKnown || incident.members().stream().anyMatch(m -> claim.actorCountry().equals(m.actorCountry()));
  }

  @Override
  public String describe() {
    return "region-level claims join only in the same admin1, with an acting side the incident already has";
  }
}
