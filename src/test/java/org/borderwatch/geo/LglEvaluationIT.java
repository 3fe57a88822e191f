package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.geo.eval.GeoEvaluation;
import org.borderwatch.geo.eval.LglCorpus;
import org.borderwatch.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real LGL corpus over the GeoNames dump of the development data: floors under the place-resolution figures
 * the README quotes. Raise a floor whenever a change raises its figure. Slow (the gazetteer load), so an
 * integration test; without the development data it skips outside CI and fails in CI.
 */
class LglEvaluationIT {
  /** Given gold names, within 161 km: 81.1% with the place roles and short forms (74.2% before). */
  static final double ACCURACY_161_FLOOR = 0.805;
  /** Exact GeoNames id: 78.5% (71.5% before). */
  static final double EXACT_ID_FLOOR = 0.78;
  /** Raw-text mention precision: 69.8% (54.9% before). */
  static final double MENTION_PRECISION_FLOOR = 0.69;
  /** Raw-text mention recall: 65.5% (55.5% before). */
  static final double MENTION_RECALL_FLOOR = 0.65;
  /** Raw-text mention F1: 67.6% (55.2% before). */
  static final double MENTION_F1_FLOOR = 0.67;

  private static GeoEvaluation.Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    Path lgl = SharedData.require("dev/geoparsing/lgl.xml");
    Path geonames = SharedData.require("geonames/cities500.txt").getParent();
    GeoNamesKnowledge k = GeoNamesKnowledge.load(geonames, GazetteerOptions.defaults());
    try (InputStream in = Files.newInputStream(lgl)) {
      report = GeoEvaluation.evaluate(k, LglCorpus.read(in, lgl.toString()));
    }
    // the figures, for raising the floors (target/failsafe-reports/*-output.txt)
    System.out.println("LGL: " + report);
  }

  @Test
  void givenTheGoldNamesPlacesResolveAboveTheFloors() {
    assertThat(report.accuracy161()).as("accuracy within 161 km: %s", report).isGreaterThan(ACCURACY_161_FLOOR);
    assertThat(report.exactIdRate()).as("exact GeoNames id: %s", report).isGreaterThan(EXACT_ID_FLOOR);
  }

  @Test
  void placeMentionsInRawTextAreFoundAboveTheFloors() {
    assertThat(report.precision()).as("mention precision: %s", report).isGreaterThan(MENTION_PRECISION_FLOOR);
    assertThat(report.recall()).as("mention recall: %s", report).isGreaterThan(MENTION_RECALL_FLOOR);
    assertThat(report.f1()).as("mention F1: %s", report).isGreaterThan(MENTION_F1_FLOOR);
  }
}
