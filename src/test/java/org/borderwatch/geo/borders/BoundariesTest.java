package org.borderwatch.geo.borders;

import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.GreatCircle;
import org.borderwatch.geo.TestPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.BorderwatchException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Land borders of polygons written by hand ({@code geo/borders.geojson}): points inside, on and outside them against
 * a brute-force oracle over the unsimplified polygons (JTS: the lineal intersection of two outlines), and the
 * indexed search against a scan of every segment.
 */
class BoundariesTest {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static CountryPolygons polygons;
  private static Boundaries boundaries;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = BoundariesTest.class.getClassLoader().getResourceAsStream("geo/borders.geojson")) {
      polygons = CountryPolygons.read(in, "geo/borders.geojson");
    }
    boundaries = Boundaries.of(polygons);
  }

  private static double km(String iso, double lat, double lon) {
    return boundaries.borderDistanceKm(iso, lat, lon).orElseThrow();
  }

  /** Haversine km to the nearest point of the lines {@code iso}'s outline shares with any other country's. */
  private static double oracleKm(String iso, double lat, double lon) {
    Geometry outline = polygons.byCountry().get(iso).getBoundary();
    List<Geometry> shared = new ArrayList<>();
    for (Map.Entry<String, Geometry> other : polygons.byCountry().entrySet()) {
      if (!other.getKey().equals(iso)) {
        Geometry common = outline.intersection(other.getValue().getBoundary());
        for (int i = 0; i < common.getNumGeometries(); i++) {
          if (common.getGeometryN(i) instanceof LineString line) {
            shared.add(line);
          }
        }
      }
    }
    Coordinate nearest = DistanceOp.nearestPoints(FACTORY.buildGeometry(shared),
        FACTORY.createPoint(new Coordinate(lon, lat)))[0];
    return GreatCircle.haversineKm(lat, lon, nearest.y, nearest.x);
  }

  @Test
  void pointsInsideOnAndOutsideAgreeWithTheOracle() {
    Random random = new Random(7);
    for (String iso : List.of("AA", "BB", "CC", "EE")) {
      for (int i = 0; i < 200; i++) {
        // inside (0..2), on an edge (snapped to a whole degree), and outside (-1..6) of the squares near the equator
        double lat = i % 3 == 2 ? -1 + random.nextDouble() * 5 : random.nextDouble() * 3;
        double lon = i % 3 == 2 ? -1 + random.nextDouble() * 7 : random.nextDouble() * 5;
        if (i % 3 == 1) {
          lon = Math.round(lon);
        }
        double expected = oracleKm(iso, lat, lon);
        assertThat(km(iso, lat, lon)).as("%s at %.4f,%.4f", iso, lat, lon)
            .isCloseTo(expected, within(0.003 * expected + 1e-6));
      }
    }
  }

  @Test
  void coastsAndUncodedNeighboursAreNoBorder() {
    assertThat(km("AA", 0.1, 1.0)).as("0.1° from AA's coast, 1° from its border with BB")
        .isCloseTo(GreatCircle.haversineKm(0.1, 1.0, 0.1, 2.0), within(0.01));
    assertThat(km("AA", 1.0, 0.05)).as("beside the uncoded area west of AA: the nearest border is CC's")
        .isCloseTo(GreatCircle.haversineKm(1.0, 0.05, 2.0, 0.05), within(0.01));
    assertThat(boundaries.covers("DD")).as("an island has no land border").isFalse();
    assertThat(boundaries.borderDistanceKm("DD", 10.5, 10.5)).isEmpty();
  }

  @Test
  void pointOnTheBorderIsAtZero() {
    assertThat(km("AA", 1.0, 2.0)).isCloseTo(0.0, within(1e-6));
    assertThat(km("BB", 2.0, 2.0)).as("the tri-point").isCloseTo(0.0, within(1e-6));
  }

  @Test
  void aPlaceDrawnOnTheWrongSideIsMeasuredToItsOwnCountrysBorder() {
    // like Kozinka, a Russian village inside Ukraine's 1:10m polygon: the gazetteer's country decides
    assertThat(km("BB", 1.0, 1.99)).as("a BB place 0.01° inside AA's polygon")
        .isCloseTo(GreatCircle.haversineKm(1.0, 1.99, 1.0, 2.0), within(1e-3));
  }

  @Test
  void borderWithOneNeighbour() {
    assertThat(boundaries.borderDistanceKm("AA", "CC", 1.9, 1.0).orElseThrow()).as("AA–CC, 0.1° south of it")
        .isCloseTo(GreatCircle.haversineKm(1.9, 1.0, 2.0, 1.0), within(0.01));
    assertThat(boundaries.borderDistanceKm("AA", "BB", 1.9, 1.0).orElseThrow()).as("AA–BB, 1° west of it")
        .isCloseTo(GreatCircle.haversineKm(1.9, 1.0, 1.9, 2.0), within(0.05));
    assertThat(boundaries.share("BB", "CC")).as("a corner is not a border").isFalse();
    assertThat(boundaries.borderDistanceKm("BB", "CC", 1.0, 3.0)).isEmpty();
    assertThat(boundaries.share("BB", "EE")).as("ISO_A2 -99 falls back to ISO_A2_EH").isTrue();
  }

  @Test
  void longitudeShrinksAtHighLatitude() {
    assertThat(boundaries.share("FF", "GG")).as("lower-case iso_a2; the far part of FF changes nothing").isTrue();
    assertThat(km("FF", 60.5, 1.0)).as("0.5° of latitude south of the 61°N border")
        .isCloseTo(GreatCircle.haversineKm(60.5, 1.0, 61.0, 1.0), within(0.01));
    assertThat(km("FF", 61.2, 2.5)).as("outside both, nearest the border's east end")
        .isCloseTo(GreatCircle.haversineKm(61.2, 2.5, 61.0, 2.0), within(0.2));
  }

  @Test
  void indexedSearchEqualsBruteForce() {
    Random random = new Random(11);
    for (int i = 0; i < 500; i++) {
      String iso = new String[] {"AA", "BB", "CC", "FF"}[i % 4];
      double lat = (iso.equals("FF") ? 58 : -2) + random.nextDouble() * 6;
      double lon = -2 + random.nextDouble() * 8;
      assertThat(km(iso, lat, lon)).as("%s at %f,%f", iso, lat, lon)
          .isCloseTo(boundaries.bruteForceKm(iso, lat, lon).orElseThrow(), within(1e-9));
    }
  }

  @Test
  void notAFeatureCollectionIsRejected() {
    InputStream in = new ByteArrayInputStream("{\"type\":\"Point\"}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Boundaries.read(in, "x.geojson")).isInstanceOf(BorderwatchException.class)
        .hasMessageContaining("x.geojson").hasMessageContaining("FeatureCollection");
  }

  @Test
  void knowledgeAnswersOnlyWithBoundaries() {
    GeoNamesKnowledge k = TestPlaces.knowledge();
    assertThat(k.borderDistanceKm("AA", 1.0, 1.0)).as("no boundaries attached").isEmpty();
    assertThat(k.withBoundaries(boundaries, "test", BoundaryOptions.defaults()).borderDistanceKm("AA", 1.0, 1.0))
        .isPresent();
  }
}
