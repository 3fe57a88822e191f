package org.borderwatch.aggregate;

/**
 * The block a claim is clustered in: its country and admin1, or a one-degree grid cell when the
 * place has coordinates but no admin1. Claims in different blocks never share an incident, which
 * is what keeps clustering linear: each block is one sorted stream. Places a few km apart across
 * an admin1 boundary therefore stay separate incidents, as they do in per-region statistics.
 */
public final class Blocking {
  private static final String SEPARATOR = "|";

  private Blocking() {}

  public static String key(ClaimRecord c) {
    String country = c.countryCode() == null ? "" : c.countryCode();
    if (c.admin1Code() != null) {
      return country + SEPARATOR + c.admin1Code();
    }
    if (c.hasCoordinates()) {
      return country + SEPARATOR + "grid:" + (int) Math.floor(c.latitude()) + ":" + (int) Math.floor(c.longitude());
    }
    return country + SEPARATOR;
  }
}
