package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.List;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.geo.eval.GeoEvaluation;
import org.borderwatch.geo.eval.LglCorpus;
import org.junit.jupiter.api.Test;

/** The LGL evaluation, test-sized: a hand-written corpus in the same format over the test gazetteer. */
class GeoEvaluationTest {
  private static List<LglCorpus.Article> sample() throws Exception {
    try (InputStream in = GeoEvaluationTest.class.getClassLoader().getResourceAsStream("geo/lgl-sample.xml")) {
      return LglCorpus.read(in, "geo/lgl-sample.xml");
    }
  }

  @Test
  void readsTheLglFormat() throws Exception {
    List<LglCorpus.Article> articles = sample();
    assertThat(articles).hasSize(2);
    assertThat(articles.get(1).toponyms()).hasSize(4);
    assertThat(articles.get(1).toponyms().get(3).tagged()).as("toponym without gaztag").isFalse();
    LglCorpus.Article a = articles.get(0);
    a.toponyms().forEach(t -> assertThat(a.text().substring(t.begin(), t.end())).isEqualTo(t.phrase()));
  }

  @Test
  void scoresResolutionAndMentionFinding() throws Exception {
    GeoEvaluation.Report r = GeoEvaluation.evaluate(TestPlaces.knowledge(), sample(),
        HomeRegions.Settings.from(BorderwatchConf.empty()));
    assertThat(r.resolvable()).as("tagged toponyms").isEqualTo(6);
    assertThat(r.exactId()).as("all but Atlantis, the demonym resolving to its country").isEqualTo(5);
    assertThat(r.unresolved()).as("Atlantis").isEqualTo(1);
    assertThat(r.accuracy161()).isCloseTo(5 / 6.0, within(1e-9));
    assertThat(r.medianErrorKm()).isEqualTo(0.0);
    assertThat(r.meanErrorKm()).isCloseTo(GeoEvaluation.MISSING_ERROR_KM / 6, within(1e-6));
    assertThat(r.goldSpans()).isEqualTo(7);
    assertThat(r.matchedSpans()).as("Springfield, Boston, Worcester, Moscow, Kharkiv found in raw text").isEqualTo(5);
    assertThat(r.foundSpans()).as("Police is not a place, Russian is a demonym").isEqualTo(5);
    assertThat(r.recall()).isCloseTo(5 / 7.0, within(1e-9));
    assertThat(r.precision()).isEqualTo(1.0);
  }
}
