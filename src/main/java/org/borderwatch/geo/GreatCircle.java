package org.borderwatch.geo;

/** Great-circle distance on the mean-radius sphere (IUGG 6371.0088 km); within 0.5% of the ellipsoid. */
public final class GreatCircle {
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
