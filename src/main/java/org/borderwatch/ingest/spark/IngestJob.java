package org.borderwatch.ingest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.CONTENT_HASH;
import static org.borderwatch.io.Columns.DUPLICATES;
import static org.borderwatch.io.Columns.INPUT_FILE;
import static org.borderwatch.io.Columns.INPUT_LINE;
import static org.borderwatch.io.Columns.LINE;
import static org.borderwatch.io.Columns.PUBLISHED_AT;
import static org.borderwatch.io.Columns.REASON;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.borderwatch.ingest.Article;
import org.borderwatch.ingest.ArticleBuilder;
import org.borderwatch.ingest.IngestOutcome;
import org.borderwatch.ingest.IngestSettings;
import org.borderwatch.ingest.RawRecord;
import org.borderwatch.io.RunContext;
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
 * {@code read = articles + duplicates + rejected}.
 */
public final class IngestJob {
  private IngestJob() {}

  /** Counts of one ingest, as the manifest reports them. */
  public record Result(long read, long articles, long duplicates, long rejected, Map<String, Long> rejectsByReason,
      double seconds) {

    public Map<String, Long> counts() {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("records_read", read);
      c.put("articles", articles);
      c.put("duplicates_collapsed", duplicates);
      c.put("rejected", rejected);
      return c;
    }

    public boolean reconciles() {
      return read == articles + duplicates + rejected;
    }
  }

  /** The two outputs of {@link #apply}, not yet written. */
  public record Outputs(Dataset<Row> articles, Dataset<Row> rejects, Dataset<Row> outcomes) {}

  public static Result run(SparkSession spark, TableStore store, RunContext run, CorpusSpec spec) {
    long start = System.nanoTime();
    spark.sparkContext().setJobDescription("ingest: read " + spec.input() + " (run " + run.runId() + ")");
    Outputs out = apply(spark, CorpusReader.read(spark, spec), IngestSettings.from(run.conf()), run.runId());
    out.outcomes().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      spark.sparkContext().setJobDescription("ingest: write articles (run " + run.runId() + ")");
      store.replace(Schemas.ARTICLES, out.articles(), ARTICLE_ID);
      spark.sparkContext().setJobDescription("ingest: write rejects (run " + run.runId() + ")");
      store.replacePartitions(Schemas.REJECTS, out.rejects(), java.util.List.of(ArticleBuilder.STAGE), INPUT_FILE, LINE);
      spark.sparkContext().setJobDescription("ingest: count (run " + run.runId() + ")");
      long read = out.outcomes().count();
      long articles = store.read(Schemas.ARTICLES).count();
      Map<String, Long> byReason = new TreeMap<>();
      for (Row r : out.rejects().groupBy(REASON).count().collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
      long rejected = byReason.values().stream().mapToLong(Long::longValue).sum();
      return new Result(read, articles, read - rejected - articles, rejected, byReason,
          (System.nanoTime() - start) / 1e9);
    } finally {
      out.outcomes().unpersist();
      spark.sparkContext().setJobDescription(null);
    }
  }

  /** Validates, normalises and de-duplicates the records; nothing is written. */
  public static Outputs apply(SparkSession spark, JavaRDD<RawRecord> raw, IngestSettings settings, String runId) {
    JavaRDD<Row> outcomes = raw.mapPartitions(records -> {
      ArticleBuilder builder = new ArticleBuilder(settings);
      return new java.util.Iterator<Row>() {
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
    Dataset<Row> candidates = all.filter(col("article").isNotNull()).select("article.*");
    WindowSpec byId = Window.partitionBy(ARTICLE_ID);
    WindowSpec ranked = byId.orderBy(col(PUBLISHED_AT).desc(), col(CONTENT_HASH), col(INPUT_FILE), col(INPUT_LINE));
    Dataset<Row> articles = candidates
        .withColumn("_rank", row_number().over(ranked))
        .withColumn(DUPLICATES, count(lit(1)).over(byId).minus(1).cast("int"))
        .filter(col("_rank").equalTo(1))
        .drop("_rank")
        .select(java.util.Arrays.stream(Schemas.ARTICLES.columnNames()).map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
    Dataset<Row> rejects = all.filter(col("reject").isNotNull()).select("reject.*");
    return new Outputs(articles, rejects, all);
  }

  private static final org.apache.spark.sql.types.StructType OUTCOME = new org.apache.spark.sql.types.StructType()
      .add("article", Schemas.ARTICLES.struct(), true)
      .add("reject", Schemas.REJECTS.struct(), true);

  private static Row outcomeRow(IngestOutcome o, String runId) {
    return o.isAccepted()
        ? RowFactory.create(articleRow(o.article(), runId), null)
        : RowFactory.create(null, RejectRows.toRow(o.reject(), runId));
  }

  /** An article before de-duplication: {@code duplicates} is filled in by {@link #apply}. */
  static Row articleRow(Article a, String runId) {
    return RowFactory.create(a.articleId(), a.inputId(), a.url(), a.source(), a.title(), a.text(),
        Timestamp.from(a.publishedAt()), Date.valueOf(a.publishedDate()), a.publishedInferred(), a.language(),
        a.text().length(), a.contentHash(), 0, a.inputFile(), a.inputLine(), runId, Versions.pipeline());
  }
}
