package org.borderwatch.aggregate.rules;

import java.util.Objects;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.geo.GreatCircle;
import org.borderwatch.aggregate.IncidentDraft;

/**
 * Point places must coincide: the same GeoNames id, or coordinates within the distance. A place
 * the gazetteer did not resolve (no id, no coordinates, no region) matches only the same written
 * name. Region- and country-level claims are left to {@link AdminAreaPass}.
 */
public final class SamePlacePass implements ClusterRule {
  private final double distanceKm;

  public SamePlacePass(double distanceKm) {
    this.distanceKm = distanceKm;
  }

  @Override
  public boolean admits(IncidentDraft incident, ClaimRecord claim) {
    if (unresolved(claim)) {
      return incident.members().stream()
          .anyMatch(m -> claim.foldedLocationName() != null && claim.foldedLocationName().equals(m.foldedLocationName()));
    }
    if (!claim.isPoint() || incident.isRegional()) {
      return true;
    }
    return incident.members().stream().filter(ClaimRecord::isPoint).anyMatch(m -> samePoint(m, claim));
  }

  private boolean samePoint(ClaimRecord a, ClaimRecord b) {
    if (a.locationId() != null && Objects.equals(a.locationId(), b.locationId())) {
      return true;
    }
    return a.hasCoordinates() && b.hasCoordinates()
        && GreatCircle.haversineKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= distanceKm;
  }

  private static boolean unresolved(ClaimRecord c) {
    return c.locationId() == null && !c.hasCoordinates() && c.admin1Code() == null && c.countryCode() == null;
  }

  @Override
  public String describe() {
    return "same GeoNames id or within " + distanceKm + " km (unresolved places: same written name)";
  }
}
