package org.borderwatch.extract.spark;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.DateMatcher;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.borderwatch.extract.ExtractionRules;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.io.Schemas;

/**
 * Extract throughput against a plain Spark NLP pipeline (document, sentence, token, a 5,000-entry
 * TextMatcher dictionary, DateMatcher) on the same deterministic synthetic ~2 KB articles, after a
 * warm-up pass. {@link #extractSeconds} runs our stage over any articles dataset, for the general
 * benchmark job.
 *
 * <pre>java … org.borderwatch.extract.spark.ExtractBenchmark [articles=2000] [master=local[2]]</pre>
 */
public final class ExtractBenchmark {
  private static final String[] ACTORS = {"Russian forces", "Ukrainian troops", "the Russian Volunteer Corps",
      "Belgorod governor Vyacheslav Gladkov", "local air defence", "the IDF", "Hezbollah", "the RSF"};
  private static final String[] VERBS = {"shelled", "entered", "liberated", "struck", "clashed near", "fired at"};
  private static final String[] PLACES = {"Kozinka", "Graivoron", "Belgorod", "Kharkiv", "Avdiivka", "Bakhmut",
      "Shebekino", "Sumy", "Metula", "Kiryat Shmona", "El Fasher", "Goma"};
  private static final String[] CUES = {"said", "claimed", "reported", "wrote on Telegram"};

  private ExtractBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String master = args.length > 1 ? args[1] : "local[2]";
    SparkSession spark = SparkSession.builder().master(master).appName("borderwatch extract benchmark")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.session.timeZone", "UTC")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").getOrCreate();
    try {
      Dataset<Row> articles = articles(spark, n, 2).persist(StorageLevel.MEMORY_ONLY());
      articles.count();
      GeoKnowledge geo = GeoNamesKnowledge.bundled();
      ExtractionRules rules = ExtractionRules.bundled();
      PipelineModel reference = referencePipeline(spark);
      for (String pass : List.of("warm-up", "measured")) {
        double ref = time(() -> reference.transform(articles.select(Schemas.ARTICLES.columnNames()[0], "text"))
            .selectExpr("sum(size(entities)) + sum(size(dates))").first());
        double ours = extractSeconds(spark, articles, rules, geo, ExtractJob.SentenceSplitting.SPARKNLP);
        double oursRules = extractSeconds(spark, articles, rules, geo, ExtractJob.SentenceSplitting.RULES);
        System.out.printf("%s: %d articles; reference Spark NLP pipeline %.0f articles/s; extract (Spark NLP sentences) "
            + "%.0f articles/s; extract (rule sentences) %.0f articles/s%n", pass, n, n / ref, n / ours, n / oursRules);
      }
    } finally {
      spark.stop();
    }
  }

  /** Seconds to extract every article of {@code articles} (all columns the extract stage requires), outputs counted. */
  public static double extractSeconds(SparkSession spark, Dataset<Row> articles, ExtractionRules rules, GeoKnowledge geo,
      ExtractJob.SentenceSplitting splitting) {
    GeoBroadcast broadcast = GeoBroadcast.of(spark, geo);
    try {
      return time(() -> ExtractJob.apply(spark, articles, rules, broadcast, "bench", splitting, 200).outcomes()
          .selectExpr("sum(size(mentions))", "sum(size(claims))").first());
    } finally {
      broadcast.destroy();
    }
  }

  /** Deterministic synthetic articles of about 2 KB in {@link Schemas#ARTICLES} layout. */
  public static Dataset<Row> articles(SparkSession spark, int n, int partitions) {
    Random random = new Random(42);
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder("Border clashes continue\n\n");
      while (text.length() < 2000) {
        text.append(pick(random, ACTORS)).append(' ').append(pick(random, CUES)).append(" that ")
            .append(pick(random, ACTORS).toLowerCase().startsWith("the") ? "its units" : "troops").append(' ')
            .append(pick(random, VERBS)).append(" the villages of ").append(pick(random, PLACES)).append(" and ")
            .append(pick(random, PLACES)).append(" on Monday, according to officials. ")
            .append("The claim could not be independently verified. ");
      }
      String t = text.toString();
      rows.add(RowFactory.create("b" + i, null, "https://example.org/b" + i, "Bench", null, t,
          Timestamp.valueOf("2023-05-23 08:00:00"), Date.valueOf("2023-05-23"), false, "en", t.length(), "h" + i, 0,
          null, null, "bench", "dev"));
    }
    return spark.createDataFrame(rows, Schemas.ARTICLES.struct()).repartition(partitions);
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** document → sentence → token → 5,000-entry TextMatcher → DateMatcher, fitted on an empty frame. */
  static PipelineModel referencePipeline(SparkSession spark) throws IOException {
    Path dict = Files.createTempFile("bw-bench-dict", ".txt");
    List<String> entries = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 5000; i++) {
      entries.add(pick(r, PLACES) + " " + Integer.toString(i, 36) + (i % 3 == 0 ? " forces" : ""));
    }
    Files.write(dict, entries);
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentence = new SentenceDetector();
    sentence.setInputCols(new String[] {"document"});
    sentence.setOutputCol("sentence");
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {"sentence"});
    token.setOutputCol("token");
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {"sentence", "token"});
    matcher.setOutputCol("entities");
    matcher.setEntities(new ExternalResource(dict.toString(), ReadAs.TEXT(), scala.collection.immutable.Map$.MODULE$.<String, String>empty()));
    DateMatcher dates = new DateMatcher();
    dates.setInputCols(new String[] {"sentence"});
    dates.setOutputCol("dates");
    Pipeline pipeline = new Pipeline().setStages(new PipelineStage[] {document, sentence, token, matcher, dates});
    return pipeline.fit(spark.createDataFrame(List.of(RowFactory.create("x")),
        new org.apache.spark.sql.types.StructType().add("text", "string")));
  }

  private static double time(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
