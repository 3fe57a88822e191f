package org.borderwatch.eval.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.io.Columns.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.eval.AcledEvaluator;
import org.borderwatch.eval.ActorCountries;
import org.borderwatch.eval.Admin1Names;
import org.borderwatch.eval.ClaimSummary;
import org.borderwatch.eval.EvalFixture;
import org.borderwatch.eval.EvalReport;
import org.borderwatch.eval.EventClaims;
import org.borderwatch.eval.Figures;
import org.borderwatch.eval.GoldEvent;
import org.borderwatch.eval.GoldFile;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture's claims written as real {@code articles} and {@code claims} tables and read back through Spark. */
class ClaimSummariesTest extends SparkTestBase {
  private static TableStore store;
  private static final GoldFile GOLD = EvalFixture.gold();

  @BeforeAll
  static void writeTables() throws Exception {
    Path root = Files.createTempDirectory("bw-eval");
    store = new TableStore(spark, root.toString(), "snappy");
    List<Row> articles = new ArrayList<>();
    for (GoldEvent e : GOLD.events()) {
      articles.add(articleRow("article-" + e.eventId(), e.eventId()));
    }
    // an article that is no gold event's, with a claim that must not be counted anywhere
    articles.add(articleRow("article-other", "not-gold"));
    List<Row> claims = new ArrayList<>();
    EvalFixture.allClaims().forEach(c -> claims.add(claimRow(c)));
    claims.add(claimRow(new ClaimSummary("z", "article-other", "Battles", "Armed clash", "Avdiivka", null,
        "Donetsk Oblast", "UA", 48.1394, 37.7497, 1, null, "RU", "MEDIA_REPORT", "ASSERTED", null, 1.0)));
    store.replace(Schemas.ARTICLES, spark.createDataFrame(articles, Schemas.ARTICLES.struct()), ARTICLE_ID);
    store.replace(Schemas.CLAIMS, spark.createDataFrame(claims, Schemas.CLAIMS.struct()), CLAIM_ID);
  }

  private static ClaimSummaries.Collected collect(int cap) {
    return ClaimSummaries.collect(spark, store.read(Schemas.ARTICLES), store.read(Schemas.CLAIMS),
        GOLD.events().stream().map(GoldEvent::eventId).toList(), cap);
  }

  @Test
  void figuresThroughSparkEqualTheHandCountedOnes() {
    ClaimSummaries.Collected collected = collect(50);
    assertThat(collected.itemsWithArticle()).as("every gold event has its article").isEqualTo(8);
    assertThat(collected.byItem()).as("events with claims").hasSize(7).doesNotContainKey("UKR1004");
    EvalReport report = new AcledEvaluator(ActorCountries.bundled(), Admin1Names.bundled(),
        new AcledEvaluator.Settings(25.0, 20)).evaluate(GOLD.events(), collected.byItem(), GOLD.skipped());
    assertThat(report.overall()).as("overall figures").isEqualTo(new Figures(8, 7, 4, 6, 7, 4, 7, 6, 10));
    assertThat(report.worst()).as("every event with a failed check, worst first").extracting(o -> o.gold().eventId())
        .containsExactly("UKR1004", "UKR1008", "UKR1003", "UKR1007", "UKR1005", "UKR1002");
  }

  @Test
  void capKeepsTheMostConfidentClaimsAndTheFullCount() {
    Map<String, EventClaims> byItem = collect(2).byItem();
    EventClaims sievierodonetsk = byItem.get("UKR1006");
    assertThat(sievierodonetsk.count()).as("all three claims counted").isEqualTo(3);
    assertThat(sievierodonetsk.claims()).as("two most confident kept").extracting(ClaimSummary::claimId)
        .containsExactly("c6b", "c6c");
    assertThat(byItem.get("UKR1002").claims().get(0)).as("summary read back column by column")
        .isEqualTo(EvalFixture.CLAIMS.get("UKR1002").get(0));
  }

  private static Row articleRow(String articleId, String inputId) {
    return RowFactory.create(articleId, inputId, null, "Fixture Wire", null, "text of " + inputId,
        Timestamp.valueOf("2023-03-10 00:00:00"), Date.valueOf("2023-03-10"), false, "en", 12, "hash-" + articleId, 0,
        "fixture.jsonl", null, 1L, "run-1", "test");
  }

  private static Row claimRow(ClaimSummary c) {
    TableSchema t = Schemas.CLAIMS;
    Object[] v = new Object[t.columns().size()];
    set(v, CLAIM_ID, c.claimId());
    set(v, ARTICLE_ID, c.articleId());
    set(v, PUBLISHED_AT, Timestamp.valueOf("2023-03-10 00:00:00"));
    set(v, PUBLISHED_DATE, Date.valueOf("2023-03-10"));
    set(v, SENTENCE_INDEX, 0);
    set(v, EVIDENCE, "evidence");
    set(v, EVIDENCE_BEGIN, 0);
    set(v, EVIDENCE_END, 8);
    set(v, ACTOR_TEXT, c.actorText());
    set(v, ACTOR_TYPE, "STATE_FORCE");
    set(v, ACTOR_COUNTRY, c.actorCountry());
    set(v, PREDICATE, "did");
    set(v, EVENT_TYPE, c.eventType());
    set(v, SUB_EVENT_TYPE, c.subEventType());
    set(v, LOCATION_NAME, c.locationName());
    set(v, ADMIN1_CODE, c.admin1Code());
    set(v, ADMIN1_NAME, c.admin1Name());
    set(v, COUNTRY_CODE, c.countryCode());
    set(v, LATITUDE, c.latitude());
    set(v, LONGITUDE, c.longitude());
    set(v, GEO_PRECISION, c.geoPrecision());
    set(v, ATTRIBUTION, c.attribution());
    set(v, MODALITY, c.modality());
    set(v, CROSS_BORDER_KIND, c.crossBorderKind());
    set(v, EVENT_DATE, Date.valueOf("2023-03-10"));
    set(v, TIME_PRECISION, 1);
    set(v, CROSS_BORDER, false);
    set(v, CONFIDENCE, c.confidence());
    set(v, EXTRACTOR_VERSION, "test");
    set(v, RUN_ID, "run-1");
    set(v, PIPELINE_VERSION, "test");
    return RowFactory.create(v);
  }

  private static void set(Object[] values, String column, Object value) {
    values[Schemas.CLAIMS.index(column)] = value;
  }
}
