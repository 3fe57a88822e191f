package org.borderwatch.ingest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.CONTENT_HASH;
import static org.borderwatch.io.Columns.DUPLICATES;
import static org.borderwatch.io.Columns.INPUT_FILE;
import static org.borderwatch.io.Columns.INPUT_ID;
import static org.borderwatch.io.Columns.INPUT_LINE;
import static org.borderwatch.io.Columns.INPUT_OFFSET;
import static org.borderwatch.io.Columns.LANGUAGE;
import static org.borderwatch.io.Columns.LINE;
import static org.borderwatch.io.Columns.PUBLISHED_AT;
import static org.borderwatch.io.Columns.PUBLISHED_INFERRED;
import static org.borderwatch.io.Columns.REASON;
import static org.borderwatch.io.Columns.RUN_ID;
import static org.borderwatch.io.Columns.SOURCE;
import static org.borderwatch.io.Columns.STAGE;
import static org.borderwatch.io.Columns.TITLE;
import static org.borderwatch.io.Columns.URL;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.borderwatch.ingest.Article;
import org.borderwatch.ingest.ArticleBuilder;
import org.borderwatch.ingest.IngestOutcome;
import org.borderwatch.ingest.IngestSettings;
import org.borderwatch.ingest.RawRecord;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.Versions;
import org.borderwatch.io.spark.RejectRows;
import org.borderwatch.io.spark.TableStore;

/**
 * The ingest stage: corpus → {@code articles} + {@code rejects (stage=ingest)}.
 *
 * <p>Requires: a corpus readable by {@link CorpusReader}. Adds: every {@link Schemas#ARTICLES}
 * column. Records sharing an {@code article_id} are collapsed into the one published last (ties:
 * lowest content hash, then input position) and counted in {@code duplicates}. Counts reconcile:
 * {@code read = new articles + duplicates + rejected}, and the table grows by exactly the new
 * articles. Also records which input files it read and which articles it added or replaced, for
 * incremental runs.
 */
public final class IngestJob {
  private static final StructType OUTCOME = new StructType()
      .add("article", Schemas.ARTICLES.struct(), true)
      .add("reject", Schemas.REJECTS.struct(), true);

  private IngestJob() {}

  /** Counts of one ingest, as the manifest reports them. */
  public record Result(long filesRead, long filesSkipped, long read, long newArticles, long duplicates, long rejected,
      long articlesBefore, long articlesAfter, Map<String, Long> rejectsByReason, double seconds) {

    public Map<String, Long> counts() {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("files_read", filesRead);
      c.put("files_already_ingested", filesSkipped);
      c.put("records_read", read);
      c.put("new_articles", newArticles);
      c.put("duplicates_collapsed", duplicates);
      c.put("rejected", rejected);
      c.put("articles_total", articlesAfter);
      return c;
    }

    /** Every record is accounted for, and the table grew by exactly the new articles. */
    public boolean reconciles() {
      return read == newArticles + duplicates + rejected && articlesAfter == articlesBefore + newArticles;
    }
  }

  /** What {@link #apply} derives from the records, not yet written. */
  public record Outputs(Dataset<Row> candidates, Dataset<Row> rejects, Dataset<Row> outcomes) {}

  public static Result run(SparkSession spark, TableStore store, RunContext run, CorpusSpec spec, RunMode mode) {
    long start = System.nanoTime();
    List<String[]> files = spec.listing(spark).stream().map(f -> f.split("\t")).toList();
    boolean incremental = mode == RunMode.INCREMENTAL && store.exists(Schemas.ARTICLES);
    Set<String> known = incremental ? ingestedFiles(store) : Set.of();
    List<String[]> fresh = files.stream().filter(f -> !known.contains(String.join("\t", f))).toList();
    long before = incremental ? store.read(Schemas.ARTICLES).count() : 0;
    if (fresh.isEmpty()) {
      store.replace(Schemas.CHANGED_ARTICLES, spark.createDataFrame(List.of(), Schemas.CHANGED_ARTICLES.struct()));
      return new Result(0, files.size(), 0, 0, 0, 0, before, before, Map.of(), seconds(start));
    }
    CorpusSpec toRead = incremental
        ? new CorpusSpec(String.join(",", fresh.stream().map(f -> f[0]).toList()), spec.format(), spec.columns())
        : spec;

    describe(spark, "read " + spec.input(), run);
    Outputs out = apply(spark, CorpusReader.read(spark, toRead), IngestSettings.from(run.conf()), run.runId());
    out.outcomes().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> touched = out.candidates().select(ARTICLE_ID).distinct();
      describe(spark, "write articles", run);
      if (incremental) {
        mergeArticles(store, out.candidates(), touched);
        Dataset<Row> previous = store.readOrEmpty(Schemas.REJECTS).filter(col(STAGE).equalTo(ArticleBuilder.STAGE));
        store.replacePartitions(Schemas.REJECTS, previous.unionByName(out.rejects()), List.of(ArticleBuilder.STAGE),
            INPUT_FILE, INPUT_OFFSET, LINE);
      } else {
        store.replace(Schemas.ARTICLES, collapse(out.candidates()), ARTICLE_ID);
        store.replacePartitions(Schemas.REJECTS, out.rejects(), List.of(ArticleBuilder.STAGE), INPUT_FILE, INPUT_OFFSET, LINE);
      }
      describe(spark, "record state", run);
      store.replace(Schemas.CHANGED_ARTICLES, touched.withColumn(RUN_ID, lit(run.runId())), ARTICLE_ID);
      recordFiles(spark, store, incremental, fresh, run.runId());

      describe(spark, "count", run);
      long read = out.outcomes().count();
      long after = store.read(Schemas.ARTICLES).count();
      Map<String, Long> byReason = new TreeMap<>();
      for (Row r : out.rejects().groupBy(REASON).count().collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
      long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
      long accepted = read - rejected;
      long newArticles = after - before;
      return new Result(fresh.size(), files.size() - fresh.size(), read, newArticles, accepted - newArticles, rejected,
          before, after, byReason, seconds(start));
    } finally {
      out.outcomes().unpersist();
      spark.sparkContext().setJobDescription(null);
    }
  }

  /** Validates and normalises the records; nothing is written or de-duplicated yet. */
  public static Outputs apply(SparkSession spark, JavaRDD<RawRecord> raw, IngestSettings settings, String runId) {
    JavaRDD<Row> outcomes = raw.mapPartitions(records -> {
      ArticleBuilder builder = new ArticleBuilder(settings);
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public Row next() {
          return outcomeRow(builder.build(records.next()), runId);
        }
      };
    });
    Dataset<Row> all = spark.createDataFrame(outcomes, OUTCOME);
    return new Outputs(all.filter(col("article").isNotNull()).select("article.*"),
        all.filter(col("reject").isNotNull()).select("reject.*"), all);
  }

  /**
   * One row per article id: the record published last wins; {@code duplicates} adds up every row's
   * own count plus the rows collapsed, so collapsing already-collapsed rows with new ones gives what
   * collapsing all the original records would. Split reads leave the line null and bzip2 offsets may repeat,
   * so the remaining fields break ties: rows still tied are identical in every column kept.
   */
  public static Dataset<Row> collapse(Dataset<Row> candidates) {
    WindowSpec byId = Window.partitionBy(ARTICLE_ID);
    WindowSpec ranked = byId.orderBy(col(PUBLISHED_AT).desc(), col(CONTENT_HASH), col(INPUT_FILE), col(INPUT_OFFSET),
        col(INPUT_LINE), col(INPUT_ID), col(URL), col(TITLE), col(SOURCE), col(LANGUAGE), col(PUBLISHED_INFERRED));
    return candidates
        .withColumn("_rank", row_number().over(ranked))
        .withColumn(DUPLICATES, sum(col(DUPLICATES).plus(1)).over(byId).minus(1).cast("int"))
        .filter(col("_rank").equalTo(1))
        .select(columns(Schemas.ARTICLES));
  }

  /** Collapses new records with the stored versions of their articles and rewrites only the partitions involved. */
  private static void mergeArticles(TableStore store, Dataset<Row> candidates, Dataset<Row> touched) {
    Dataset<Row> existing = store.read(Schemas.ARTICLES);
    Dataset<Row> previous = existing.join(touched, ARTICLE_ID).select(columns(Schemas.ARTICLES));
    Dataset<Row> merged = collapse(previous.unionByName(candidates)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      store.upsert(Schemas.ARTICLES, merged, touched, ARTICLE_ID, ARTICLE_ID);
    } finally {
      merged.unpersist();
    }
  }

  private static Set<String> ingestedFiles(TableStore store) {
    if (!store.exists(Schemas.INGESTED_FILES)) {
      return Set.of();
    }
    Set<String> known = new HashSet<>();
    for (Row r : store.read(Schemas.INGESTED_FILES).collectAsList()) {
      known.add(r.getString(0) + "\t" + r.getLong(1) + "\t" + r.getLong(2));
    }
    return known;
  }

  private static void recordFiles(SparkSession spark, TableStore store, boolean incremental, List<String[]> fresh,
      String runId) {
    List<Row> rows = fresh.stream()
        .map(f -> RowFactory.create(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), runId)).toList();
    Dataset<Row> files = spark.createDataFrame(rows, Schemas.INGESTED_FILES.struct());
    if (incremental && store.exists(Schemas.INGESTED_FILES)) {
      files = store.read(Schemas.INGESTED_FILES).unionByName(files);
    }
    store.replace(Schemas.INGESTED_FILES, files.coalesce(1), "file");
  }

  private static Row outcomeRow(IngestOutcome o, String runId) {
    return o.isAccepted()
        ? RowFactory.create(articleRow(o.article(), runId), null)
        : RowFactory.create(null, RejectRows.toRow(o.reject(), runId));
  }

  /** An article before de-duplication: {@code duplicates} is filled in by {@link #collapse}. */
  static Row articleRow(Article a, String runId) {
    return RowFactory.create(a.articleId(), a.inputId(), a.url(), a.source(), a.title(), a.text(),
        Timestamp.from(a.publishedAt()), Date.valueOf(a.publishedDate()), a.publishedInferred(), a.language(),
        a.text().length(), a.contentHash(), 0, a.inputFile(), a.inputOffset(), a.inputLine(), runId, Versions.pipeline());
  }

  private static Column[] columns(org.borderwatch.io.TableSchema table) {
    return Arrays.stream(table.columnNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static void describe(SparkSession spark, String what, RunContext run) {
    spark.sparkContext().setJobDescription("ingest: " + what + " (run " + run.runId() + ")");
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
