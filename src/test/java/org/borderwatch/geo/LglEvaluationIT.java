package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.config.BorderwatchConf;
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
  /** Given gold names, within 161 km: 85.9% (83.8% before the sources' home regions). */
  static final double ACCURACY_161_FLOOR = 0.855;
  /** Exact GeoNames id: 83.7% (81.5% before). */
  static final double EXACT_ID_FLOOR = 0.835;
  /** Raw-text mention precision: 75.2% (69.6% before the person cues and the bare-designator step). */
  static final double MENTION_PRECISION_FLOOR = 0.75;
  /** Raw-text mention recall: 66.1% (65.3% before the compass-part step: "North Texas" is Texas). */
  static final double MENTION_RECALL_FLOOR = 0.66;
  /** Raw-text mention F1: 70.3% (67.4% before). */
  static final double MENTION_F1_FLOOR = 0.70;

  private static GeoEvaluation.Report report;

  @BeforeAll
  static void evaluate() throws Exception {
    Path lgl = SharedData.require("dev/geoparsing/lgl.xml");
    Path geonames = SharedData.require("geonames/cities500.txt").getParent();
    GeoNamesKnowledge k = GeoNamesKnowledge.load(geonames, GazetteerOptions.defaults());
    try (InputStream in = Files.newInputStream(lgl)) {
      report = GeoEvaluation.evaluate(k, LglCorpus.read(in, lgl.toString()),
          HomeRegions.Settings.from(BorderwatchConf.empty()));
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
