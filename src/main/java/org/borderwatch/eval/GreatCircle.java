package org.borderwatch.eval;

/** Distances on the Earth's surface (spherical model, mean radius): good to a few metres at 25 km. */
public final class GreatCircle {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** Haversine distance in kilometres between two WGS84 points given in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
