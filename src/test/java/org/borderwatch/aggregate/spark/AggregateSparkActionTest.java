package org.borderwatch.aggregate.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderwatch.io.Columns.*;

import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.assertj.core.groups.Tuple;
import org.borderwatch.aggregate.FixtureClaims;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate stage end to end on {@link FixtureClaims}; every expected figure is counted by hand there. */
class AggregateSparkActionTest extends SparkTestBase {
  @TempDir static Path out;
  static TableStore store;
  static AggregateSparkAction.Result result;

  @BeforeAll
  static void aggregateFixtures() {
    store = aggregate(out, BorderwatchConf.empty());
    result = lastResult;
  }

  private static AggregateSparkAction.Result lastResult;

  static TableStore aggregate(Path root, BorderwatchConf conf) {
    TableStore s = new TableStore(spark, root.toString(), "zstd");
    s.replace(Schemas.CLAIMS, FixtureClaims.dataFrame(spark, FixtureClaims.all()), CLAIM_ID);
    RunContext run = RunContext.create("aggregate", root.toString(), List.of(), List.of(), conf);
    lastResult = AggregateSparkAction.of(spark, s, run).execute(RunMode.FULL);
    return s;
  }

  private static List<Tuple> tuples(TableSchema table, String... columns) {
    return store.read(table).selectExpr(columns).collectAsList().stream()
        .map(r -> new Tuple(java.util.stream.IntStream.range(0, r.length()).mapToObj(r::get).toArray()))
        .toList();
  }

  private static Date date(String iso) {
    return Date.valueOf(iso);
  }

  @Test
  void countsReconcileAndTheBadClaimIsRejected() {
    assertThat(result.claimsRead()).as("claims read").isEqualTo(12);
    assertThat(result.claimsRejected()).as("rejected").isEqualTo(1);
    assertThat(result.incidents()).as("incidents").isEqualTo(6);
    assertThat(result.contested()).as("contested").isEqualTo(2);
    assertThat(result.crossBorder()).as("cross-border").isEqualTo(5);
    assertThat(result.rejectsByReason()).as("reasons").containsExactly(Map.entry("MISSING_EVENT_TYPE", 1L));
    List<Row> rejects = store.read(Schemas.REJECTS).filter("stage = 'aggregate'").collectAsList();
    assertThat(rejects).as("reject row").singleElement()
        .satisfies(r -> assertThat(r.<String>getAs(DETAIL)).isEqualTo("claim_id=c12"));
  }

  @Test
  void incidentsClusterClaimsAcrossArticlesAndKeepContradictions() {
    assertThat(tuples(Schemas.INCIDENTS, "concat_ws(',', claim_ids)", "cast(event_date as string)", LOCATION_NAME,
        N_CLAIMS, N_ARTICLES, N_SOURCES, CONTESTED_REASON, CROSS_BORDER_KIND, "concat_ws(',', actor_countries)"))
        .as("incidents")
        .containsExactlyInAnyOrder(
            tuple("c01,c02,c03", "2024-03-12", "Kozinka", 3, 3, 3, "WHO_ACTED", "INCURSION", "UA"),
            tuple("c04", "2024-03-13", "Belgorod", 1, 1, 1, null, "AIR_DRONE", "RU"),
            tuple("c09", "2024-03-14", "Gora-Podol", 1, 1, 1, null, "INCURSION", "UA"),
            tuple("c05,c06,c07,c11", "2024-03-18", "Khotin", 4, 4, 3, "MUTUAL_BLAME", "CROSS_BORDER_FIRE", "RU,UA"),
            tuple("c08", "2024-03-19", "Sumy", 1, 1, 1, null, null, "UA"),
            tuple("c10", "2024-12-30", "Shebekino", 1, 1, 1, null, "CROSS_BORDER_FIRE", "UA"));
    Row kozinka = store.read(Schemas.INCIDENTS).filter("location_name = 'Kozinka'").first();
    assertThat(kozinka.<String>getList(kozinka.fieldIndex(ACTORS))).as("every actor listed")
        .containsExactly("Russian Volunteer Corps", FixtureClaims.NASTY_ACTOR);
    assertThat(kozinka.<String>getList(kozinka.fieldIndex(CLAIMANTS))).as("every claimant listed")
        .containsExactly(FixtureClaims.NASTY_CLAIMANT, "RVC", "Russian Volunteer Corps");
    assertThat(store.read(Schemas.CLAIMS).count()).as("claims table untouched").isEqualTo(12);
  }

  @Test
  void incidentIdsAreStableAcrossRerunsAndPartitionings(@TempDir Path again) {
    TableStore rerun = aggregate(again, BorderwatchConf.empty().with(ConfKeys.PARTITIONS, "1"));
    assertThat(idsByMembers(rerun)).as("same ids for the same input, one partition instead of four")
        .isEqualTo(idsByMembers(store));
  }

  @Test
  void clusteringTakesTheTasksItsClaimsNeedNotTheShufflePartitions(@TempDir Path root) throws Exception {
    StageSizes stages = new StageSizes();
    TableStore[] clustered = new TableStore[1];
    spark.sparkContext().addSparkListener(stages);
    try {
      withConf(Map.of("spark.sql.shuffle.partitions", "200"),
          () -> clustered[0] = aggregate(root, BorderwatchConf.empty()));
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(stages);
    }
    assertThat(stages.largest).as("tasks of the largest stage, twelve claims").isBetween(1, 4);
    assertThat(idsByMembers(clustered[0])).as("the same incidents").isEqualTo(idsByMembers(store));
  }

  /** The task count of the largest stage completed while it listens. */
  private static final class StageSizes extends org.apache.spark.scheduler.SparkListener {
    private volatile int largest;

    @Override
    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
      largest = Math.max(largest, done.stageInfo().numTasks());
    }
  }

  private static Map<String, String> idsByMembers(TableStore s) {
    Map<String, String> ids = new TreeMap<>();
    for (Row r : s.read(Schemas.INCIDENTS).selectExpr("concat_ws(',', claim_ids)", INCIDENT_ID).collectAsList()) {
      ids.put(r.getString(0), r.getString(1));
    }
    return ids;
  }

  @Test
  void dailyCrossBorderStats() {
    assertThat(tuples(Schemas.STATS_CROSS_BORDER_DAILY, YEAR, "cast(event_date as string)", COUNTRY_CODE, ADMIN1_CODE,
        ACTOR_COUNTRY, CROSS_BORDER_KIND, EVENT_TYPE, N_INCIDENTS, N_CONTESTED, N_CLAIMS))
        .containsExactlyInAnyOrder(
            tuple(2024, "2024-03-12", "RU", "RU.09", "UA", "INCURSION", "Battles", 1L, 1L, 3L),
            tuple(2024, "2024-03-13", "RU", "RU.09", "RU", "AIR_DRONE", "Strategic developments", 1L, 0L, 1L),
            tuple(2024, "2024-03-14", "RU", "RU.09", "UA", "INCURSION", "Battles", 1L, 0L, 1L),
            tuple(2024, "2024-03-18", "UA", "UA.21", "RU", "CROSS_BORDER_FIRE", "Explosions/Remote violence", 1L, 1L, 4L),
            tuple(2024, "2024-03-18", "UA", "UA.21", "UA", "CROSS_BORDER_FIRE", "Explosions/Remote violence", 1L, 1L, 4L),
            tuple(2024, "2024-12-30", "RU", "RU.09", "UA", "CROSS_BORDER_FIRE", "Explosions/Remote violence", 1L, 0L, 1L));
  }

  @Test
  void weeklyCrossBorderStatsUseIsoWeeks() {
    assertThat(tuples(Schemas.STATS_CROSS_BORDER_WEEKLY, ISO_YEAR, ISO_WEEK, "cast(week_start as string)", ADMIN1_CODE,
        ACTOR_COUNTRY, CROSS_BORDER_KIND, CROSS_BORDER_BASIS, DISTANCE_BAND, N_INCIDENTS, N_CONTESTED, N_CLAIMS))
        .as("Kozinka and Gora-Podol share a week and a band but not a basis")
        .containsExactlyInAnyOrder(
            tuple(2024, 11, "2024-03-11", "RU.09", "UA", "INCURSION", "STATED", "5-25", 1L, 1L, 3L),
            tuple(2024, 11, "2024-03-11", "RU.09", "UA", "INCURSION", "DISTANCE", "5-25", 1L, 0L, 1L),
            tuple(2024, 11, "2024-03-11", "RU.09", "RU", "AIR_DRONE", "AIRSPACE", "25-100", 1L, 0L, 1L),
            tuple(2024, 12, "2024-03-18", "UA.21", "RU", "CROSS_BORDER_FIRE", "ORIGIN", "5-25", 1L, 1L, 4L),
            tuple(2024, 12, "2024-03-18", "UA.21", "UA", "CROSS_BORDER_FIRE", "ORIGIN", "5-25", 1L, 1L, 4L),
            tuple(2025, 1, "2024-12-30", "RU.09", "UA", "CROSS_BORDER_FIRE", "DISTANCE", "5-25", 1L, 0L, 1L));
  }

  @Test
  void crossBorderBasesCountEachIncidentOnceUnderItsView() {
    assertThat(tuples(Schemas.STATS_CROSS_BORDER_BASES, COUNTRY_CODE, CROSS_BORDER_KIND, CROSS_BORDER_BASIS, STRICT_VIEW,
        DISTANCE_BAND, N_INCIDENTS, N_CONTESTED, N_CLAIMS))
        .as("Khotin, with actors of both sides, counts once; its ORIGIN claim outranks two DISTANCE ones")
        .containsExactlyInAnyOrder(
            tuple("RU", "INCURSION", "STATED", true, "5-25", 1L, 1L, 3L),
            tuple("RU", "AIR_DRONE", "AIRSPACE", true, "25-100", 1L, 0L, 1L),
            tuple("RU", "INCURSION", "DISTANCE", false, "5-25", 1L, 0L, 1L),
            tuple("UA", "CROSS_BORDER_FIRE", "ORIGIN", true, "5-25", 1L, 1L, 4L),
            tuple("RU", "CROSS_BORDER_FIRE", "DISTANCE", false, "5-25", 1L, 0L, 1L));
  }

  @Test
  void countryPairsByMonth() {
    assertThat(tuples(Schemas.STATS_COUNTRY_PAIRS_MONTHLY, YEAR, "cast(month as string)", ACTOR_COUNTRY, LOCATION_COUNTRY,
        N_INCIDENTS, N_CROSS_BORDER, N_CONTESTED, N_CLAIMS))
        .containsExactlyInAnyOrder(
            tuple(2024, "2024-03-01", "UA", "RU", 2L, 2L, 1L, 4L),
            tuple(2024, "2024-03-01", "RU", "RU", 1L, 1L, 0L, 1L),
            tuple(2024, "2024-03-01", "RU", "UA", 1L, 1L, 1L, 4L),
            tuple(2024, "2024-03-01", "UA", "UA", 2L, 1L, 1L, 5L),
            tuple(2024, "2024-12-01", "UA", "RU", 1L, 1L, 0L, 1L));
  }

  @Test
  void claimantsWithSelfAndAdversaryClaims() {
    assertThat(tuples(Schemas.STATS_CLAIMANTS, YEAR, CLAIMANT, CLAIMANT_COUNTRY, N_CLAIMS, N_SELF_CLAIMS,
        N_ADVERSARY_CLAIMS, N_THIRD_PARTY_CLAIMS, N_MEDIA_REPORTS, N_INCIDENTS, N_CONTESTED, CONTESTED_SHARE))
        .containsExactlyInAnyOrder(
            tuple(2024, "RVC", "UA", 3L, 3L, 0L, 0L, 0L, 2L, 1L, 0.5),
            tuple(2024, "Belgorod governor", "RU", 3L, 1L, 2L, 0L, 0L, 3L, 1L, 1.0 / 3),
            tuple(2024, "State Border Guard Service", "UA", 2L, 0L, 2L, 0L, 0L, 1L, 1L, 1.0),
            tuple(2024, "Russian Ministry of Defence", "RU", 1L, 0L, 1L, 0L, 0L, 1L, 1L, 1.0),
            tuple(2024, "Ukrainska Pravda", null, 1L, 0L, 0L, 0L, 1L, 1L, 1L, 1.0),
            tuple(2024, "Suspilne", null, 1L, 0L, 0L, 0L, 1L, 1L, 0L, 0.0));
  }

  @Test
  void borderRegionsRankedByCrossBorderIncidents() {
    assertThat(tuples(Schemas.STATS_BORDER_REGIONS, RANK, COUNTRY_CODE, ADMIN1_CODE, ADMIN1_NAME, N_CROSS_BORDER,
        N_INCIDENTS, N_CONTESTED, N_CLAIMS, "cast(first_event_date as string)", "cast(last_event_date as string)"))
        .containsExactly(
            tuple(1, "RU", "RU.09", "Belgorod Oblast", 4L, 4L, 1L, 6L, "2024-03-12", "2024-12-30"),
            tuple(2, "UA", "UA.21", "Sumy Oblast", 1L, 2L, 1L, 5L, "2024-03-18", "2024-03-19"));
  }

  @Test
  void everyStatsTableIsWrittenWithItsDeclaredColumns() {
    for (TableSchema t : Schemas.statsTables()) {
      assertThat(Arrays.asList(spark.read().parquet(store.pathOf(t)).columns())).as(t.name())
          .containsExactlyInAnyOrder(t.columnNames());
    }
  }
}
