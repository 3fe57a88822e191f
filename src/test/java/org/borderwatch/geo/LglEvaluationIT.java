package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.geo.eval.GeoEvaluation;
import org.borderwatch.geo.eval.LglCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real LGL corpus over a GeoNames dump, paths from {@code -Dborderwatch.lgl} and {@code -Dborderwatch.geonames};
 * skipped when either is absent. Slow (the gazetteer load), so an integration test.
 */
class LglEvaluationIT {
  @Test
  void lglAccuracyStaysAboveAFloor() throws Exception {
    Path lgl = Path.of(System.getProperty("borderwatch.lgl", "../shared/data/dev/geoparsing/lgl.xml"));
    Path geonames = Path.of(System.getProperty("borderwatch.geonames", "../shared/data/geonames"));
    Assumptions.assumeTrue(Files.isRegularFile(lgl) && Files.isRegularFile(geonames.resolve("cities500.txt")),
        "skipped: the LGL corpus (" + lgl.toAbsolutePath() + ") or the GeoNames dump (" + geonames.toAbsolutePath()
            + ") is absent; they are development data, not part of the project");
    GeoNamesKnowledge k = GeoNamesKnowledge.load(geonames, GazetteerOptions.defaults());
    try (InputStream in = Files.newInputStream(lgl)) {
      GeoEvaluation.Report r = GeoEvaluation.evaluate(k, LglCorpus.read(in, lgl.toString()));
      assertThat(r.accuracy161()).as(r.toString()).isGreaterThan(0.70);
    }
  }
}
