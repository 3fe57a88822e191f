package org.borderwatch.aggregate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.borderwatch.io.Columns.ADMIN1_CODE;
import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.CLAIM_IDS;
import static org.borderwatch.io.Columns.ISO_YEAR;
import static org.borderwatch.io.Columns.CLAIM_ID;
import static org.borderwatch.io.Columns.CONTESTED;
import static org.borderwatch.io.Columns.COUNTRY_CODE;
import static org.borderwatch.io.Columns.CROSS_BORDER;
import static org.borderwatch.io.Columns.EVENT_DATE;
import static org.borderwatch.io.Columns.INCIDENT_ID;
import static org.borderwatch.io.Columns.REASON;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.borderwatch.BorderwatchException;
import org.borderwatch.aggregate.AggregateSettings;
import org.borderwatch.aggregate.Blocking;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.rules.ClusterRule;
import org.borderwatch.aggregate.rules.RuleChain;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.io.Reject;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.RejectRows;
import org.borderwatch.io.spark.TableStore;

/**
 * The aggregate stage: {@code claims} → {@code incidents}, {@code stats_*} and
 * {@code rejects (stage=aggregate)}.
 *
 * <p>Requires every {@link Schemas#CLAIMS} column. Claims are keyed by {@link Blocking#key}, shuffled
 * so each block lands in one partition, sorted within partitions by block, event date, point before
 * region, claim id, and clustered in one streaming pass ({@link ClusterPartitionFunction}). Claims
 * lacking an id, event date, event type or publication time go to {@code rejects}; counts reconcile:
 * {@code claims_read = claims_clustered + claims_rejected}. Statistics are computed from the incidents
 * table as written ({@link StatsTables}).
 */
public final class AggregateSparkAction {
  public static final String STAGE = "aggregate";
  private static final String BLOCK = "_block";
  private static final String POINT = "_point";
  private static final String PROBLEM = "_problem";
  private static final String[] INCIDENT_SORT = {COUNTRY_CODE, ADMIN1_CODE, INCIDENT_ID};

  private final SparkSession spark;
  private final TableStore store;
  private final RunContext run;
  private final AggregateSettings settings;

  private AggregateSparkAction(SparkSession spark, TableStore store, RunContext run, AggregateSettings settings) {
    this.spark = spark;
    this.store = store;
    this.run = run;
    this.settings = settings;
  }

  public static AggregateSparkAction of(SparkSession spark, TableStore store, RunContext run) {
    return new AggregateSparkAction(spark, store, run, AggregateSettings.from(run.conf()));
  }

  /**
   * What one aggregate run did, as the manifest and console report it. {@code blocks} are the blocks the
   * clusterable claims fall in; {@code blocksClustered} those this run clustered: all of them in a full run, only
   * the touched ones in an incremental run (fewer, unless every block was touched).
   */
  public record Result(long claimsRead, long claimsRejected, long incidents, long incidentsWritten, long blocks,
      long blocksClustered, long contested, long crossBorder, Map<String, Long> statsRows,
      Map<String, Long> ruleRefusals, long ambiguousRegionClaims, Map<String, Long> rejectsByReason, double seconds) {

    public Map<String, Long> counts() {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("claims_read", claimsRead);
      c.put("claims_rejected", claimsRejected);
      c.put("incidents", incidents);
      c.put("incidents_written", incidentsWritten);
      c.put("blocks", blocks);
      c.put("blocks_clustered", blocksClustered);
      c.put("contested", contested);
      c.put("cross_border", crossBorder);
      statsRows.forEach((table, n) -> c.put(table + "_rows", n));
      return c;
    }
  }

  public Result execute(RunMode mode) {
    long start = System.nanoTime();
    if (!store.exists(Schemas.CLAIMS)) {
      throw new BorderwatchException("aggregate needs the claims table at " + store.pathOf(Schemas.CLAIMS)
          + " (run extract first)");
    }
    Map<String, LongAccumulator> refusals = new LinkedHashMap<>();
    for (ClusterRule rule : new RuleChain(settings).rules()) {
      refusals.put(rule.name(), spark.sparkContext().longAccumulator("aggregate: refused by " + rule.name()));
    }
    LongAccumulator ambiguous = spark.sparkContext().longAccumulator("aggregate: ambiguous region claims");
    try {
      describe("read and key claims");
      Dataset<Row> keyed = keyed(store.read(Schemas.CLAIMS)).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        describe("cluster claims into incidents");
        boolean incremental = mode == RunMode.INCREMENTAL && store.exists(Schemas.INCIDENTS)
            && store.exists(Schemas.CHANGED_ARTICLES);
        Reclustered reclustered = incremental ? reclusterTouchedBlocks(keyed, refusals, ambiguous) : null;
        Set<LocalDate> touchedDates = incremental ? reclustered.dates() : null;
        if (!incremental) {
          store.replace(Schemas.INCIDENTS, incidents(keyed, refusals, ambiguous), INCIDENT_SORT);
        }
        describe("count claims and blocks");
        ClaimCounts claimCounts = claimCounts(keyed);
        describe("write rejects");
        if (claimCounts.byReason().isEmpty()) {
          store.dropPartitions(Schemas.REJECTS, java.util.List.of(STAGE));
        } else {
          store.replacePartitions(Schemas.REJECTS, rejects(keyed), java.util.List.of(STAGE), REASON);
        }
        // every statistics table and the totals read the incidents: once from disk, then from memory. Only plans
        // without a shuffle are cached: a cached plan keeps spark.sql.shuffle.partitions, adaptive execution
        // cannot coalesce them
        Dataset<Row> incidents = store.read(Schemas.INCIDENTS).persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> statsRows;
        Row totals;
        try {
          statsRows = writeStats(incidents, keyed.select(claimColumns()), touchedDates);
          describe("count incidents");
          totals = incidents.agg(
              org.apache.spark.sql.functions.count(col(INCIDENT_ID)),
              org.apache.spark.sql.functions.sum(col(CONTESTED).cast("long")),
              org.apache.spark.sql.functions.sum(col(CROSS_BORDER).cast("long"))).first();
        } finally {
          incidents.unpersist();
        }
        Map<String, Long> refused = new LinkedHashMap<>();
        refusals.forEach((rule, acc) -> refused.put(rule, acc.value()));
        Map<String, Long> byReason = claimCounts.byReason();
        long blocks = claimCounts.blocks();
        return new Result(claimCounts.read(), byReason.values().stream().mapToLong(Long::longValue).sum(),
            totals.getLong(0), incremental ? reclustered.incidents() : totals.getLong(0), blocks,
            incremental ? reclustered.blocks() : blocks, totals.isNullAt(1) ? 0 : totals.getLong(1),
            totals.isNullAt(2) ? 0 : totals.getLong(2), statsRows, refused, ambiguous.value(), byReason, (System.nanoTime() - start) / 1e9);
      } finally {
        keyed.unpersist();
      }
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }

  /**
   * Re-clusters only the blocks an incremental run touched: the blocks of the claims of articles the
   * last ingest added or replaced, and of incidents that lost a claim (its article was re-extracted).
   * Blocks cluster independently, so the result equals clustering everything again. Returns the
   * event dates of the incidents replaced or written, for the statistics to follow, how many incidents it wrote
   * and how many blocks it clustered.
   */
  private Reclustered reclusterTouchedBlocks(Dataset<Row> keyed, Map<String, LongAccumulator> refusals,
      LongAccumulator ambiguous) {
    Dataset<Row> changed = store.read(Schemas.CHANGED_ARTICLES).select(ARTICLE_ID);
    Dataset<Row> existing = store.read(Schemas.INCIDENTS);
    Dataset<Row> members = existing.select(col(INCIDENT_ID), explode(col(CLAIM_IDS)).as(CLAIM_ID));
    Dataset<Row> present = keyed.filter(col(PROBLEM).isNull()).select(CLAIM_ID, BLOCK);
    Dataset<Row> lostClaim = members.join(present, CLAIM_ID, "left_anti").select(INCIDENT_ID).distinct();
    Dataset<Row> blocks = keyed.filter(col(PROBLEM).isNull()).join(changed, ARTICLE_ID).select(BLOCK)
        .union(members.join(lostClaim, INCIDENT_ID).join(present, CLAIM_ID).select(BLOCK))
        .distinct().persist(StorageLevel.MEMORY_AND_DISK());
    // counted now: the lost-claim half reads the incidents table that the upsert below replaces
    long blockCount = blocks.count();
    Dataset<Row> inBlocks = keyed.join(blocks, BLOCK);
    Dataset<Row> replaced = members.join(inBlocks.select(CLAIM_ID), CLAIM_ID).select(INCIDENT_ID)
        .union(lostClaim).distinct().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> fresh = incidents(inBlocks, refusals, ambiguous).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Set<LocalDate> dates = new TreeSet<>();
      for (Row r : existing.join(replaced, INCIDENT_ID).select(EVENT_DATE).union(fresh.select(EVENT_DATE))
          .distinct().collectAsList()) {
        dates.add(r.getDate(0).toLocalDate());
      }
      store.upsert(Schemas.INCIDENTS, fresh, replaced, INCIDENT_ID, INCIDENT_SORT);
      return new Reclustered(dates, fresh.count(), blockCount);
    } finally {
      fresh.unpersist();
      replaced.unpersist();
      blocks.unpersist();
    }
  }

  /** What re-clustering the touched blocks did: the event dates it touched, the incidents it wrote, its blocks. */
  private record Reclustered(Set<LocalDate> dates, long incidents, long blocks) {}

  /** The claims read, the rejected ones by problem, and the blocks the clusterable ones fall in. */
  private record ClaimCounts(long read, Map<String, Long> byReason, long blocks) {}

  /** One aggregation over the keyed claims, grouped by problem (null: clusterable), gives every claim count. */
  private static ClaimCounts claimCounts(Dataset<Row> keyed) {
    long read = 0;
    long blocks = 0;
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : keyed.groupBy(col(PROBLEM)).agg(functions.count(functions.lit(1)), functions.countDistinct(col(BLOCK)))
        .collectAsList()) {
      read += r.getLong(1);
      if (r.isNullAt(0)) {
        blocks = r.getLong(2);
      } else {
        byReason.put(r.getString(0), r.getLong(1));
      }
    }
    return new ClaimCounts(read, byReason, blocks);
  }

  /** Claims with their block key, point flag and problem (null when clusterable) appended. */
  Dataset<Row> keyed(Dataset<Row> claims) {
    StructType schema = claims.schema()
        .add(BLOCK, DataTypes.StringType, false)
        .add(POINT, DataTypes.IntegerType, false)
        .add(PROBLEM, DataTypes.StringType, true);
    ClaimRows reader = new ClaimRows(claims.schema());
    JavaRDD<Row> rows = claims.javaRDD().map(r -> {
      ClaimRecord c = reader.record(r);
      String problem = c.problem();
      Object[] values = new Object[r.length() + 3];
      for (int i = 0; i < r.length(); i++) {
        values[i] = r.get(i);
      }
      values[r.length()] = problem == null ? Blocking.key(c) : "";
      values[r.length() + 1] = problem == null && c.isPoint() ? 0 : 1;
      values[r.length() + 2] = problem;
      return RowFactory.create(values);
    });
    return spark.createDataFrame(rows, schema);
  }

  private Dataset<Row> incidents(Dataset<Row> keyed, Map<String, LongAccumulator> refusals, LongAccumulator ambiguous) {
    int partitions = run.conf().getInt(ConfKeys.PARTITIONS, ConfKeys.PARTITIONS_DEFAULT);
    Dataset<Row> clusterable = keyed.filter(col(PROBLEM).isNull());
    // with no count given, adaptive execution sizes the partitions by the claims' bytes: a fixed
    // spark.sql.shuffle.partitions (200 by default) would cost one task each however few claims there are
    Dataset<Row> sorted = (partitions > 0 ? clusterable.repartition(partitions, col(BLOCK))
        : clusterable.repartition(col(BLOCK)))
        .sortWithinPartitions(col(BLOCK), col(EVENT_DATE), col(POINT), col(CLAIM_ID));
    ClusterPartitionFunction cluster = new ClusterPartitionFunction(settings, new ClaimRows(keyed.schema()),
        keyed.schema().fieldIndex(BLOCK), run.runId(), refusals, ambiguous);
    return spark.createDataFrame(sorted.javaRDD().mapPartitions(cluster), Schemas.INCIDENTS.struct());
  }

  /** The claims table's columns: {@code keyed} without the columns it adds. */
  private static Column[] claimColumns() {
    return Arrays.stream(Schemas.CLAIMS.columnNames()).map(functions::col).toArray(Column[]::new);
  }

  private Dataset<Row> rejects(Dataset<Row> keyed) {
    String runId = run.runId();
    int maxRaw = run.conf().getInt(ConfKeys.REJECTS_MAX_RAW_CHARS, ConfKeys.REJECTS_MAX_RAW_CHARS_DEFAULT);
    int claimIdIndex = keyed.schema().fieldIndex(CLAIM_ID);
    int articleIndex = keyed.schema().fieldIndex(org.borderwatch.io.Columns.ARTICLE_ID);
    int problemIndex = keyed.schema().fieldIndex(PROBLEM);
    JavaRDD<Row> rows = keyed.filter(col(PROBLEM).isNotNull()).javaRDD().map(r -> RejectRows.toRow(new Reject(
        STAGE, r.getString(problemIndex), "claim_id=" + r.getString(claimIdIndex), null, null, null,
        r.getString(articleIndex), Reject.bound(r.toString(), maxRaw)), runId));
    return spark.createDataFrame(rows, Schemas.REJECTS.struct());
  }

  /**
   * Writes the statistics tables; after an incremental clustering only the year partitions holding
   * a touched date (or a claim up to the clustering window after it) are rewritten.
   */
  private Map<String, Long> writeStats(Dataset<Row> incidents, Dataset<Row> claims, Set<LocalDate> touchedDates) {
    StatsTables stats = new StatsTables(incidents, claims, run.runId());
    Map<String, Long> rows = new LinkedHashMap<>();
    for (TableSchema table : Schemas.statsTables()) {
      describe("write " + table.name());
      if (touchedDates == null || table.partitionBy().isEmpty()) {
        store.replace(table, stats.of(table), StatsTables.sortKeys(table));
      } else {
        store.replacePartitions(table, stats.of(table), touchedYears(table, touchedDates), StatsTables.sortKeys(table));
      }
      rows.put(table.name(), store.rows(table));
    }
    return rows;
  }

  private Set<Integer> touchedYears(TableSchema table, Set<LocalDate> dates) {
    boolean isoYears = table.partitionBy().get(0).equals(ISO_YEAR);
    Set<Integer> years = new TreeSet<>();
    for (LocalDate d : dates) {
      for (int day = 0; day <= settings.windowDays(); day++) {
        LocalDate t = d.plusDays(day);
        years.add(isoYears ? t.get(IsoFields.WEEK_BASED_YEAR) : t.getYear());
      }
    }
    return years;
  }

  private void describe(String step) {
    spark.sparkContext().setJobDescription("aggregate: " + step + " (run " + run.runId() + ")");
  }

  /** The settings this action clusters with, read from the run's configuration. */
  public AggregateSettings settings() {
    return settings;
  }
}
