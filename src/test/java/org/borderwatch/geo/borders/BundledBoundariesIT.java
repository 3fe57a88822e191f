package org.borderwatch.geo.borders;

import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.borderwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The bundled boundaries against Natural Earth's unsimplified 1:10m polygons, in both views, at GeoNames places
 * within 50 km of a land border: the error must stay within 2 km. Needs the development data
 * ({@code -Dborderwatch.boundaries10m}, {@code -Dborderwatch.geonames}) and skips, saying so, without it.
 */
class BundledBoundariesIT {
  private static final double MAX_ERROR_KM = 2.0;

  @Test
  void bundledBorderDistancesStayWithinTwoKilometresOfTheTenMetreOnes() throws Exception {
    Path source = SharedData.require("boundaries/countries-10m.geojson");
    Path geonames = SharedData.require("geonames");
    CountryPolygons tenMetre;
    try (InputStream in = Files.newInputStream(source)) {
      tenMetre = CountryPolygons.read(in, source.toString());
    }
    List<BorderAccuracy.Point> points = BorderAccuracy.populatedPlaces(
        GeoNamesKnowledge.load(GazetteerFiles.directory(geonames), GazetteerOptions.defaults()).gazetteer(),
        Set.of("RU", "UA", "BY", "PL", "RO", "MD", "AM", "AZ", "IL", "LB", "IN", "PK", "SD", "TD", "CD", "RW"));
    for (BoundaryView view : BoundaryView.values()) {
      BorderAccuracy accuracy = BorderAccuracy.measure(
          Boundaries.of(view.draw(tenMetre, AreaReassignments.bundled())), Boundaries.bundled(view), points, 50);
      assertThat(accuracy.points()).as("%s: places measured", view).isGreaterThan(3000);
      assertThat(accuracy.missing()).as("%s: places without a bundled distance", view).isZero();
      assertThat(accuracy.maxErrorKm()).as("%s: %s", view, accuracy).isLessThanOrEqualTo(MAX_ERROR_KM);
    }
  }
}
