package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.borderwatch.BorderwatchException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Points inside, on and outside polygons written by hand; the indexed search must equal brute force. */
class BoundariesTest {
  private static Boundaries boundaries;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = BoundariesTest.class.getClassLoader().getResourceAsStream("geo/boundaries.geojson")) {
      boundaries = Boundaries.read(in, "geo/boundaries.geojson");
    }
  }

  private static double km(String iso, double lat, double lon) {
    return boundaries.borderDistanceKm(iso, lat, lon).orElseThrow();
  }

  @Test
  void pointInsideIsHalfADegreeFromTheNearestEdge() {
    assertThat(km("AA", 0.5, 0.5)).as("centre of a 1° square at the equator")
        .isCloseTo(0.5 * Math.cos(Math.toRadians(0.5)) * Boundaries.KM_PER_DEGREE, within(0.2));
    assertThat(km("AA", 0.9, 0.5)).as("0.1° below the north edge").isCloseTo(11.12, within(0.05));
  }

  @Test
  void pointOnTheBoundaryIsAtZero() {
    assertThat(km("AA", 0.5, 0.0)).isCloseTo(0.0, within(1e-6));
    assertThat(km("AA", 1.0, 1.0)).as("a corner").isCloseTo(0.0, within(1e-6));
  }

  @Test
  void pointOutsideMeasuresToTheNearestEdge() {
    assertThat(km("AA", 0.5, -0.25)).isCloseTo(0.25 * Boundaries.KM_PER_DEGREE, within(0.2));
    assertThat(km("AA", 5.0, 5.0)).as("far away, from the corner (1,1)")
        .isCloseTo(GreatCircle.haversineKm(5, 5, 1, 1), within(3.0));
  }

  @Test
  void longitudeShrinksAtHighLatitude() {
    double d = km("BB", 60.5, 2.5);
    assertThat(d).as("0.5° of longitude at 60.5°N, between the two squares")
        .isCloseTo(GreatCircle.haversineKm(60.5, 2.5, 60.5, 2.0), within(0.1));
  }

  @Test
  void propertyNamesAndCodesAccepted() {
    assertThat(boundaries.covers("BB")).as("ISO_A2 -99 falls back to ISO_A2_EH").isTrue();
    assertThat(boundaries.covers("cc")).as("lower-case iso_a2").isTrue();
    assertThat(boundaries.borderDistanceKm("ZZ", 0, 0)).as("unknown country").isEmpty();
  }

  @Test
  void indexedSearchEqualsBruteForce() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      String iso = new String[] {"AA", "BB", "CC"}[i % 3];
      double lat = (iso.equals("BB") ? 58 : iso.equals("CC") ? 8 : -2) + random.nextDouble() * 6;
      double lon = (iso.equals("CC") ? 8 : -2) + random.nextDouble() * 7;
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
    assertThat(k.borderDistanceKm("AA", 0.5, 0.5)).as("no boundaries configured").isEmpty();
    assertThat(k.withBoundaries(boundaries).borderDistanceKm("AA", 0.5, 0.5)).isPresent();
  }
}
