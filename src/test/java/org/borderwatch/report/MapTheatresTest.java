package org.borderwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.CountryPolygons;
import org.junit.jupiter.api.Test;

/** Theatres over the hand-written squares of {@code geo/borders.geojson}. */
class MapTheatresTest {

  private static ReportData.MapPoint point(double lat, double lon, String country, String side) {
    return new ReportData.MapPoint(lat, lon, "CROSS_BORDER_FIRE", "p", 1, false, List.of(), country, List.of(side));
  }

  @Test
  void farApartIncidentsGetAMapEachWithClippedOutlinesAndThePartiesBorder() throws Exception {
    CountryPolygons polygons;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("geo/borders.geojson")) {
      polygons = CountryPolygons.read(in, "geo/borders.geojson");
    }
    List<ReportData.MapPoint> points = List.of(point(1.0, 1.8, "AA", "BB"), point(1.2, 2.3, "BB", "AA"),
        point(1.1, 2.1, "BB", "AA"), point(60.5, 1.0, "FF", "GG"));

    List<ReportData.Theatre> theatres = MapTheatres.of(points, polygons, Boundaries.of(polygons));

    assertThat(theatres).as("equator and 60°N, more claims first").extracting(ReportData.Theatre::name)
        .containsExactly("BB, AA", "FF");
    ReportData.Theatre equator = theatres.get(0);
    assertThat(equator.points()).as("its points").hasSize(3);
    assertThat(equator.parties()).as("actor side and place country").containsExactly("AA", "BB");
    assertThat(equator.outlines()).extracting(ReportData.Outline::iso2).as("countries within the extent")
        .contains("AA", "BB").doesNotContain("DD", "FF");
    for (ReportData.Outline o : equator.outlines()) {
      for (double[] ring : o.rings()) {
        for (int k = 0; k < ring.length; k += 2) {
          assertThat(ring[k]).as("%s clipped in longitude", o.iso2()).isBetween(equator.minLon(), equator.maxLon());
          assertThat(ring[k + 1]).as("%s clipped in latitude", o.iso2()).isBetween(equator.minLat(), equator.maxLat());
        }
      }
    }
    assertThat(equator.partyBorders()).as("the AA–BB line at x = 2").singleElement()
        .satisfies(s -> assertThat(s[0]).isEqualTo(2.0));
  }
}
