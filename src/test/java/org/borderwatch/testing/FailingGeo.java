package org.borderwatch.testing;

import java.util.Optional;
import java.util.OptionalDouble;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.GeoParser;
import org.borderwatch.geo.borders.CrossBorderDistances;

/**
 * The bundled geography, except that parsing a text naming {@link #TRIGGER} throws, as a corrupt index entry would:
 * the way to make the extractor fail on one article and not the others.
 */
public final class FailingGeo implements GeoKnowledge {
  public static final String TRIGGER = "Atlantis";

  private final GeoKnowledge real = GeoNamesKnowledge.bundled();

  @Override
  public GeoParser parser() {
    GeoParser parser = real.parser();
    return (text, homeRegion) -> {
      if (text != null && text.contains(TRIGGER)) {
        throw new IllegalStateException("no index entry for " + TRIGGER);
      }
      return parser.parse(text, homeRegion);
    };
  }

  @Override
  public String version() {
    return real.version();
  }

  @Override
  public Optional<String> countryOf(String nameOrDemonym) {
    return real.countryOf(nameOrDemonym);
  }

  @Override
  public Optional<String> countryName(String iso2) {
    return real.countryName(iso2);
  }

  @Override
  public Optional<String> admin1Name(String admin1Code) {
    return real.admin1Name(admin1Code);
  }

  @Override
  public boolean neighbours(String iso2a, String iso2b) {
    return real.neighbours(iso2a, iso2b);
  }

  @Override
  public boolean isBorderRegion(String admin1Code, String otherIso2) {
    return real.isBorderRegion(admin1Code, otherIso2);
  }

  @Override
  public OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude) {
    return real.borderDistanceKm(iso2, latitude, longitude);
  }

  @Override
  public OptionalDouble borderDistanceKm(String iso2, String otherIso2, double latitude, double longitude) {
    return real.borderDistanceKm(iso2, otherIso2, latitude, longitude);
  }

  @Override
  public CrossBorderDistances crossBorderDistances() {
    return real.crossBorderDistances();
  }

  @Override
  public boolean hasBoundaries() {
    return real.hasBoundaries();
  }

  @Override
  public boolean sharesBoundary(String iso2a, String iso2b) {
    return real.sharesBoundary(iso2a, iso2b);
  }

  @Override
  public String borderAreaBasis() {
    return real.borderAreaBasis();
  }
}
