package org.borderwatch.eval;

import java.time.LocalDate;

/**
 * One human-coded event of an ACLED export: the fields the evaluation compares against. Latitude
 * and longitude are WGS84 degrees; {@code geoPrecision} follows ACLED (1 town, 2 near a town or
 * part of a region, 3 region only).
 */
public record GoldEvent(String eventId, LocalDate eventDate, String eventType, String subEventType, String actor1,
    String actor2, String admin1, String location, double latitude, double longitude, int geoPrecision,
    String source, String notes) {

  /** ACLED geo_precision meaning the coordinates are only those of the region, so admin1 decides placement. */
  public static final int REGION_PRECISION = 3;

  public boolean regionOnly() {
    return geoPrecision >= REGION_PRECISION;
  }
}
