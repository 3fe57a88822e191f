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

  /** Distance in km from the point to the nearest border of {@code iso2}, when boundaries are configured. */
  OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude);
}
