package org.borderwatch.geo;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything geographic the extractor needs, loaded once on the driver and broadcast to executors:
 * the gazetteer index, countries (names, demonyms, neighbours) and border geography.
 */
public interface GeoKnowledge extends Serializable {
  /** Content hash of the gazetteer files, stamped on output rows as {@code gazetteer_version}. */
  String version();

  /** A parser over this knowledge; cheap to create, not thread-safe. */
  GeoParser parser();

  /** ISO 3166-1 alpha-2 code for a country name or demonym ("Russia", "Russian", "Belarusian"), any case. */
  Optional<String> countryOf(String nameOrDemonym);

  /** Name of a country by its ISO alpha-2 code. */
  Optional<String> countryName(String iso2);

  /** Name of an admin1 region by its full code ({@code RU.09} → Belgorod Oblast). */
  Optional<String> admin1Name(String admin1Code);

  /** True when the two countries share a land border. */
  boolean neighbours(String iso2a, String iso2b);

  /** True when the admin1 region lies on its country's border with {@code otherIso2}. */
  boolean isBorderRegion(String admin1Code, String otherIso2);

  /** Distance in km from the point to the nearest land border of {@code iso2}, when boundaries know one. */
  OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude);

  /** Distance in km from the point to the land border between {@code iso2} and {@code otherIso2}, when known. */
  OptionalDouble borderDistanceKm(String iso2, String otherIso2, double latitude, double longitude);

  /** A town-level place this close (km) to the border with the other party is in a border area. */
  double borderAreaKm();

  /**
   * True when the place lies in a border area facing {@code otherIso2}: for a place with a point finer than a region
   * (geo precision 1–2) whose country's border with {@code otherIso2} the boundaries know, within {@link
   * #borderAreaKm()} of it; otherwise (a region's mean point, no boundaries) when its admin1 region is on that border.
   */
  default boolean inBorderArea(ResolvedPlace place, String otherIso2) {
    if (place == null || otherIso2 == null) {
      return false;
    }
    if (place.latitude() != null && place.longitude() != null && place.countryCode() != null
        && place.geoPrecision() >= 1 && place.geoPrecision() <= 2) {
      OptionalDouble km = borderDistanceKm(place.countryCode(), otherIso2, place.latitude(), place.longitude());
      if (km.isPresent()) {
        return km.getAsDouble() <= borderAreaKm();
      }
    }
    return place.admin1Code() != null && isBorderRegion(place.admin1Code(), otherIso2);
  }

  /** How {@link #inBorderArea} decides, for the run manifest. */
  default String borderAreaBasis() {
    return "admin1 border regions";
  }
}
