package org.borderwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.borderwatch.geo.borders.BorderAccuracy;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.BoundarySimplifier;
import org.borderwatch.geo.borders.CountryPolygons;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code borderwatch boundaries}: writes simplified country boundaries (the file bundled in the jar is made with it,
 * docs/geo.md) and measures their border distances against the source polygons. Plain Java, no Spark.
 */
@Command(name = "boundaries", mixinStandardHelpOptions = true,
    description = "Simplify GeoJSON country polygons as one coverage (shared borders stay shared) and write them as "
        + "compact GeoJSON; optionally measure the border-distance error against the source at gazetteer places.")
final class BoundariesCommand implements Callable<Integer> {
  /** Countries whose places near a border are measured by default: the sample's theatres and their neighbours. */
  static final String CHECK_COUNTRIES_DEFAULT =
      "RU,UA,BY,PL,RO,MD,AM,AZ,GE,IL,LB,SY,JO,PS,IN,PK,CN,AF,SD,SS,TD,CD,RW,UG,BI,ET,ER,VE,CO";

  @Option(names = "--source", required = true, paramLabel = "FILE",
      description = "GeoJSON FeatureCollection of country polygons (Natural Earth admin-0, 1:10m)")
  Path source;

  @Option(names = "--write", paramLabel = "FILE", description = "where the simplified GeoJSON goes; default: not written")
  Path write;

  @Option(names = "--border-tolerance", paramLabel = "DEGREES", defaultValue = "0.004",
      description = "Douglas–Peucker tolerance for land borders, in degrees (default: ${DEFAULT-VALUE})")
  double borderTolerance;

  @Option(names = "--coast-tolerance", paramLabel = "DEGREES", defaultValue = "0.05",
      description = "tolerance for coasts, in degrees (default: ${DEFAULT-VALUE})")
  double coastTolerance;

  @Option(names = "--min-island-area", paramLabel = "SQ_DEGREES", defaultValue = "0.01",
      description = "islands without a land border smaller than this are dropped (default: ${DEFAULT-VALUE})")
  double minIslandArea;

  @Option(names = "--decimals", defaultValue = "3",
      description = "decimal places kept in written coordinates (3 ≈ 110 m; default: ${DEFAULT-VALUE})")
  int decimals;

  @Option(names = "--check-gazetteer", paramLabel = "DIR",
      description = "GeoNames folder whose populated places within 50 km of a border measure the error")
  Path checkGazetteer;

  @Option(names = "--check-countries", paramLabel = "ISO2,...", split = ",", defaultValue = CHECK_COUNTRIES_DEFAULT,
      description = "countries whose places are measured (default: ${DEFAULT-VALUE})")
  List<String> checkCountries = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(source)) {
      throw new Main.UsageException("--source " + source + " is not a readable file");
    }
    Console console = Console.stdout();
    CountryPolygons reference;
    try (InputStream in = Files.newInputStream(source)) {
      reference = CountryPolygons.read(in, source.toString());
    }
    CountryPolygons simplified =
        new BoundarySimplifier(borderTolerance, coastTolerance, minIslandArea).simplify(reference);
    Path written = write != null ? write : Files.createTempFile("boundaries", ".geojson");
    try (OutputStream out = Files.newOutputStream(written)) {
      simplified.write(out, decimals);
    }
    console.progress("boundaries", String.format(
        "%d countries, border tolerance %s°, coast tolerance %s°, islands from %s sq°, %d decimals: %,d bytes%s",
        simplified.byCountry().size(), borderTolerance, coastTolerance, minIslandArea, decimals, Files.size(written),
        write != null ? " written to " + write : ""));
    if (checkGazetteer != null) {
      // measure what the written file gives, rounding included
      CountryPolygons reread;
      try (InputStream in = Files.newInputStream(written)) {
        reread = CountryPolygons.read(in, written.toString());
      }
      Set<String> countries = new TreeSet<>(checkCountries);
      GeoNamesKnowledge gazetteer = GeoNamesKnowledge.load(GazetteerFiles.directory(checkGazetteer),
          GazetteerOptions.defaults());
      List<BorderAccuracy.Point> points = BorderAccuracy.populatedPlaces(gazetteer.gazetteer(), countries);
      BorderAccuracy accuracy = BorderAccuracy.measure(Boundaries.of(reference), Boundaries.of(reread), points, 50);
      console.progress("boundaries", "against the source, " + points.size() + " places of " + countries + ": " + accuracy);
    }
    if (write == null) {
      Files.delete(written);
    }
    return 0;
  }
}
