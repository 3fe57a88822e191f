package org.borderwatch.extract.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.BEGIN;
import static org.borderwatch.io.Columns.CLAIM_ID;
import static org.borderwatch.io.Columns.EVIDENCE_BEGIN;
import static org.borderwatch.io.Columns.KIND;
import static org.borderwatch.io.Columns.PUBLISHED_AT;
import static org.borderwatch.io.Columns.PUBLISHED_DATE;
import static org.borderwatch.io.Columns.SOURCE;
import static org.borderwatch.io.Columns.STAGE;
import static org.borderwatch.io.Columns.TEXT;
import static org.borderwatch.io.Columns.URL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.HomeRegions;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.geo.spark.HomeRegionsJob;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.nlp.spark.SparkNlpSentences;

/**
 * The extract stage: {@code articles} → {@code mentions}, {@code claims} and {@code rejects
 * (stage=extract)}.
 *
 * <p>Requires from {@link Schemas#ARTICLES}: article_id, source, url, published_at, published_date,
 * text. Adds: every {@link Schemas#MENTIONS} and {@link Schemas#CLAIMS} column. Sentences come from
 * Spark NLP (DocumentAssembler + SentenceDetector, {@link SparkNlpSentences}) as a DataFrame transform
 * in the plan (default), or run through a LightPipeline inside the partition ({@code sparknlp-light}),
 * or from the plain-Java splitter ({@code rules}); everything else runs in one {@code mapPartitions}
 * with the rules, the geography (and for {@code sparknlp-light} the Spark NLP model) broadcast once.
 * An incremental run extracts only the articles the last ingest added or replaced
 * ({@link Schemas#CHANGED_ARTICLES}) and swaps their rows into the tables.
 */
public final class ExtractJob {
  /** Where a knowledge too large to broadcast is written for the executors, under the output root. */
  static final String GEO_SPILL_DIR = "_state/geo-knowledge";
  private static final String SENTENCES = "_bw_sentences";
  private static final String MENTIONS = "mentions";
  private static final String CLAIMS = "claims";
  private static final String REJECT = "reject";

  private ExtractJob() {}

  /** How sentences are split ({@code borderwatch.extract.sentences}). */
  public enum SentenceSplitting {
    /** Spark NLP as a DataFrame transform before the partition function. */
    SPARKNLP,
    /** Spark NLP through a LightPipeline per partition. */
    SPARKNLP_LIGHT,
    /** {@link org.borderwatch.nlp.RuleSentenceSplitter}, no Spark NLP. */
    RULES;

    public static SentenceSplitting parse(String value) {
      try {
        return valueOf(value.trim().replace('-', '_').toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(ConfKeys.EXTRACT_SENTENCES
            + " must be sparknlp, sparknlp-light or rules, not '" + value + "'", e);
      }
    }
  }

  /**
   * Counts of one extraction, as the manifest reports them. {@code articlesKept} are the stored articles whose
   * mentions and claims an incremental run left as they were: 0 when every article was extracted, which is also
   * what an incremental run without {@link Schemas#CHANGED_ARTICLES} falls back to.
   */
  public record Result(long articles, long articlesKept, long mentions, long claims, long rejected,
      long sourcesWithHome, double seconds) {
    public Map<String, Long> counts() {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("articles_in", articles);
      c.put("articles_kept", articlesKept);
      c.put("mentions", mentions);
      c.put("claims", claims);
      c.put("rejected", rejected);
      c.put("sources_with_home_region", sourcesWithHome);
      return c;
    }

    public Map<String, Long> rejectsByReason() {
      return rejected == 0 ? Map.of() : Map.of(ExtractPartition.REASON, rejected);
    }
  }

  /** The three outputs of {@link #apply}, not yet written; {@code outcomes} is what to persist. */
  public record Outputs(Dataset<Row> mentions, Dataset<Row> claims, Dataset<Row> rejects, Dataset<Row> outcomes) {}

  public static Result run(SparkSession spark, TableStore store, RunContext run, ExtractionRules rules,
      GeoKnowledge geo, RunMode mode) {
    long start = System.nanoTime();
    long maxBroadcastBytes = (long) run.conf().getInt(ConfKeys.GEO_BROADCAST_MAX_MB,
        ConfKeys.GEO_BROADCAST_MAX_MB_DEFAULT) << 20;
    GeoBroadcast geoBroadcast = GeoBroadcast.of(spark, geo, store.root() + "/" + GEO_SPILL_DIR, maxBroadcastBytes);
    SentenceSplitting splitting = SentenceSplitting.parse(
        run.conf().get(ConfKeys.EXTRACT_SENTENCES, ConfKeys.EXTRACT_SENTENCES_DEFAULT));
    int maxRaw = run.conf().getInt(ConfKeys.REJECTS_MAX_RAW_CHARS, ConfKeys.REJECTS_MAX_RAW_CHARS_DEFAULT);
    boolean incremental = mode == RunMode.INCREMENTAL && store.exists(Schemas.CLAIMS)
        && store.exists(Schemas.CHANGED_ARTICLES);
    Dataset<Row> articles = store.read(Schemas.ARTICLES);
    Dataset<Row> changed = incremental ? store.read(Schemas.CHANGED_ARTICLES).select(ARTICLE_ID) : null;
    if (incremental) {
      articles = articles.join(changed, ARTICLE_ID);
    }
    spark.sparkContext().setJobDescription("extract: home regions of sources (run " + run.runId() + ")");
    // learnt from every stored article, so an incremental run places a source's new articles as its old ones
    HomeRegions homes = HomeRegionsJob.learn(store.read(Schemas.ARTICLES), geoBroadcast,
        HomeRegions.Settings.from(run.conf()));
    spark.sparkContext().setJobDescription("extract: claims and mentions (run " + run.runId() + ")");
    Outputs out = apply(spark, articles, rules, geoBroadcast, homes, run.runId(), splitting, maxRaw);
    out.outcomes().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      spark.sparkContext().setJobDescription("extract: write mentions and claims (run " + run.runId() + ")");
      if (incremental) {
        store.upsert(Schemas.MENTIONS, out.mentions(), changed, ARTICLE_ID, ARTICLE_ID, BEGIN, KIND);
        store.upsert(Schemas.CLAIMS, out.claims(), changed, ARTICLE_ID, ARTICLE_ID, EVIDENCE_BEGIN, CLAIM_ID);
      } else {
        store.replace(Schemas.MENTIONS, out.mentions(), ARTICLE_ID, BEGIN, KIND);
        store.replace(Schemas.CLAIMS, out.claims(), ARTICLE_ID, EVIDENCE_BEGIN, CLAIM_ID);
      }
      spark.sparkContext().setJobDescription("extract: write rejects (run " + run.runId() + ")");
      Dataset<Row> rejects = out.rejects();
      if (incremental) {
        Dataset<Row> previous = store.readOrEmpty(Schemas.REJECTS).filter(col(STAGE).equalTo(ExtractPartition.STAGE));
        rejects = previous.join(changed, previous.col(ARTICLE_ID).equalTo(changed.col(ARTICLE_ID)), "left_anti")
            .unionByName(rejects);
      }
      store.replacePartitions(Schemas.REJECTS, rejects, java.util.List.of(ExtractPartition.STAGE), ARTICLE_ID);
      spark.sparkContext().setJobDescription("extract: count (run " + run.runId() + ")");
      Row counts = out.outcomes().selectExpr("count(*)", "sum(size(" + MENTIONS + "))", "sum(size(" + CLAIMS + "))",
          "count(" + REJECT + ")").first();
      long kept = incremental ? store.read(Schemas.ARTICLES).count() - counts.getLong(0) : 0;
      return new Result(counts.getLong(0), kept, counts.isNullAt(1) ? 0 : counts.getLong(1),
          counts.isNullAt(2) ? 0 : counts.getLong(2), counts.getLong(3), homes.size(),
          (System.nanoTime() - start) / 1e9);
    } finally {
      out.outcomes().unpersist();
      geoBroadcast.destroy();
      spark.sparkContext().setJobDescription(null);
    }
  }

  /**
   * Extracts mentions and claims from {@code articles} (any dataset with the columns listed on the
   * class), placing each source's open names in its home region from {@code homes}; nothing is written. The
   * benchmark calls this directly.
   */
  public static Outputs apply(SparkSession spark, Dataset<Row> articles, ExtractionRules rules, GeoBroadcast geo,
      HomeRegions homes, String runId, SentenceSplitting splitting, int maxRawChars) {
    Dataset<Row> input = articles.select(col(ARTICLE_ID), col(SOURCE), col(URL), col(PUBLISHED_AT), col(PUBLISHED_DATE),
        col(TEXT));
    ExtractPartition.Sentences sentences = ExtractPartition.Sentences.RULES;
    if (splitting == SentenceSplitting.SPARKNLP) {
      input = SparkNlpSentences.annotate(SparkNlpSentences.model(spark), input, TEXT, SENTENCES);
      sentences = ExtractPartition.Sentences.column(SENTENCES);
    } else if (splitting == SentenceSplitting.SPARKNLP_LIGHT) {
      Broadcast<PipelineModel> model = new JavaSparkContext(spark.sparkContext()).broadcast(SparkNlpSentences.model(spark));
      sentences = ExtractPartition.Sentences.lightPipeline(model);
    }
    RulesBroadcast rulesBroadcast = RulesBroadcast.of(spark, rules);
    ExtractRows.Stamp stamp = new ExtractRows.Stamp(runId, geo.value().version(), rules.version());
    JavaRDD<Row> outcomes = input.toJavaRDD()
        .mapPartitions(new ExtractPartition(rulesBroadcast, geo,
            new JavaSparkContext(spark.sparkContext()).broadcast(homes), stamp, sentences, maxRawChars));
    Dataset<Row> all = spark.createDataFrame(outcomes, OUTCOME);
    Dataset<Row> mentions = all.select(explode(col(MENTIONS)).as("m")).select("m.*");
    Dataset<Row> claims = all.select(explode(col(CLAIMS)).as("c")).select("c.*");
    Dataset<Row> rejects = all.filter(col(REJECT).isNotNull()).select(REJECT + ".*");
    return new Outputs(mentions, claims, rejects, all);
  }

  private static final StructType OUTCOME = new StructType()
      .add(MENTIONS, DataTypes.createArrayType(Schemas.MENTIONS.struct(), false), false)
      .add(CLAIMS, DataTypes.createArrayType(Schemas.CLAIMS.struct(), false), false)
      .add(REJECT, Schemas.REJECTS.struct(), true);
}
