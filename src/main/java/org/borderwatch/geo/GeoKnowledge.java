package org.borderwatch.geo;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;
import org.borderwatch.geo.borders.CrossBorderDistances;

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

  /** How near a border an event must be for its distance to make it cross-border (basis DISTANCE). */
  CrossBorderDistances crossBorderDistances();

  /** Whether country boundaries are loaded; without them border distances are unknown and border regions decide. */
  boolean hasBoundaries();

  /**
   * True when the place lies within {@code km} of its country's border with {@code otherIso2}. With boundaries, a
   * place with a point finer than a region (geo precision 1–2) is measured to that border; a region-level place is
   * near no border (a region touching Russia reaches far inland), unless the boundaries give the pair no shared
   * border, when its admin1 region being on that border decides. Without boundaries the admin1 border-region list
   * decides for every place, whatever {@code km}.
   */
  default boolean nearBorder(ResolvedPlace place, String otherIso2, double km) {
    if (place == null || otherIso2 == null || place.countryCode() == null) {
      return false;
    }
    boolean point = place.latitude() != null && place.longitude() != null
        && place.geoPrecision() >= 1 && place.geoPrecision() <= 2;
    if (hasBoundaries() && point) {
      OptionalDouble d = borderDistanceKm(place.countryCode(), otherIso2, place.latitude(), place.longitude());
      if (d.isPresent()) {
        return d.getAsDouble() <= km;
      }
    }
    if (hasBoundaries() && sharesBoundary(place.countryCode(), otherIso2)) {
      return false;
    }
    return place.admin1Code() != null && isBorderRegion(place.admin1Code(), otherIso2);
  }

  /** Whether the boundaries know a land border between the two countries. */
  boolean sharesBoundary(String iso2a, String iso2b);

  /** How {@link #nearBorder} decides, for the run manifest. */
  default String borderAreaBasis() {
    return "admin1 border regions (no boundaries loaded)";
  }
}
