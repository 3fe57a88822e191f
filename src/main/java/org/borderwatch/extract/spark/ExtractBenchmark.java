package org.borderwatch.extract.spark;

import com.johnsnowlabs.nlp.HasOutputAnnotationCol;
import com.johnsnowlabs.nlp.LightPipeline;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.HomeRegions;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.geo.spark.HomeRegionsJob;
import org.borderwatch.io.Schemas;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.spark.SparkNlpSentences;

/**
 * Extract throughput against a plain Spark NLP pipeline (document, sentence, token, a 5,000-entry
 * TextMatcher dictionary, DateMatcher) on the same deterministic synthetic ~2 KB articles, after a
 * warm-up pass; also the cost of each Spark NLP annotator on those articles, as a DataFrame transform
 * and through a LightPipeline per partition. {@link #extractSeconds} runs our stage over any articles
 * dataset.
 *
 * <pre>jobs/borderwatch bench-extract [--n 1000]</pre>
 */
public final class ExtractBenchmark {
  private static final String[] ACTORS = {"Russian forces", "Ukrainian troops", "the Russian Volunteer Corps",
      "Belgorod governor Vyacheslav Gladkov", "local air defence", "the IDF", "Hezbollah", "the RSF"};
  private static final String[] VERBS = {"shelled", "entered", "liberated", "struck", "clashed near", "fired at"};
  private static final String[] PLACES = {"Kozinka", "Graivoron", "Belgorod", "Kharkiv", "Avdiivka", "Bakhmut",
      "Shebekino", "Sumy", "Metula", "Kiryat Shmona", "El Fasher", "Goma"};
  private static final String[] CUES = {"said", "claimed", "reported", "wrote on Telegram"};
  static final String REFERENCE = "reference: document, sentence (default), token, TextMatcher 5,000, DateMatcher";
  private static final String CUSTOM_SENTENCES = "document, sentence (custom bounds only)";

  private ExtractBenchmark() {}

  /** One measured configuration. */
  public record Figure(String configuration, double articlesPerSecond) {}

  /**
   * Measures every configuration twice on {@code n} articles in two partitions and returns the second
   * (post warm-up) pass; {@code progress} gets one line per configuration and pass.
   */
  public static List<Figure> run(SparkSession spark, int n, Consumer<String> progress) throws IOException {
    Dataset<Row> articles = articles(spark, n, 2).persist(StorageLevel.MEMORY_ONLY());
    try {
      articles.count();
      GeoKnowledge geo = GeoNamesKnowledge.bundled();
      ExtractionRules rules = ExtractionRules.bundled();
      Map<String, PipelineStage[]> annotators = annotatorConfigurations();
      Map<String, PipelineModel> models = new LinkedHashMap<>();
      annotators.forEach((name, stages) -> models.put(name, SparkNlpSentences.fit(spark, stages)));
      List<Figure> figures = new ArrayList<>();
      for (String pass : List.of("warm-up", "measured")) {
        figures.clear();
        Dataset<Row> texts = articles.select(SparkNlpSentences.TEXT);
        for (Map.Entry<String, PipelineModel> m : models.entrySet()) {
          String last = lastOutput(m.getValue());
          figures.add(new Figure(m.getKey() + " [DataFrame]", n / time(() -> m.getValue().transform(texts)
              .selectExpr("sum(size(" + last + "))").first())));
          Broadcast<PipelineModel> model = new JavaSparkContext(spark.sparkContext()).broadcast(m.getValue());
          figures.add(new Figure(m.getKey() + " [LightPipeline]", n / time(() -> texts.toJavaRDD()
              .mapPartitions(new LightCount(model, last)).reduce(Long::sum))));
          model.destroy();
        }
        PipelineModel sentences = models.get(CUSTOM_SENTENCES);
        figures.add(new Figure(CUSTOM_SENTENCES + ", borderwatch tokens and phrase matching (actors, lexicon) "
            + "[DataFrame + mapPartitions]", n / time(() -> SparkNlpSentences.annotate(sentences, articles, "text",
                SparkNlpSentences.SENTENCE).select("text", SparkNlpSentences.SENTENCE).toJavaRDD()
            .mapPartitions(new OwnMatchCount(rules)).reduce(Long::sum))));
        for (ExtractJob.SentenceSplitting splitting : ExtractJob.SentenceSplitting.values()) {
          figures.add(new Figure("extract, sentences=" + splitting.name().toLowerCase(Locale.ROOT).replace('_', '-'),
              n / extractSeconds(spark, articles, rules, geo, splitting)));
        }
        for (Figure f : figures) {
          progress.accept(String.format(Locale.ROOT, "%s: %,.0f articles/s  %s", pass, f.articlesPerSecond(),
              f.configuration()));
        }
      }
      return List.copyOf(figures);
    } finally {
      articles.unpersist();
    }
  }

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    String master = args.length > 1 ? args[1] : "local[2]";
    SparkSession spark = SparkSession.builder().master(master).appName("borderwatch extract benchmark")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.session.timeZone", "UTC")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer").getOrCreate();
    try {
      run(spark, n, System.out::println);
    } finally {
      spark.stop();
    }
  }

  /** Spark NLP pipelines measured one annotator at a time, cheapest first, then the reference. */
  private static Map<String, PipelineStage[]> annotatorConfigurations() throws IOException {
    Map<String, PipelineStage[]> c = new LinkedHashMap<>();
    PipelineStage[] ours = SparkNlpSentences.stages();
    c.put("document", new PipelineStage[] {ours[0]});
    c.put("document, sentence (default)", new PipelineStage[] {ours[0], defaultSentences(true)});
    c.put("document, sentence (default, detectLists=false)", new PipelineStage[] {ours[0], defaultSentences(false)});
    c.put(CUSTOM_SENTENCES, ours);
    c.put(CUSTOM_SENTENCES + ", token", new PipelineStage[] {ours[0], ours[1], tokenizer()});
    c.put(CUSTOM_SENTENCES + ", token, TextMatcher 5,000",
        new PipelineStage[] {ours[0], ours[1], tokenizer(), textMatcher()});
    c.put(REFERENCE, referenceStages());
    return c;
  }

  private static String lastOutput(PipelineModel model) {
    return ((HasOutputAnnotationCol) model.stages()[model.stages().length - 1]).getOutputCol();
  }

  /** Annotations of {@code column} over a partition of texts, each text through a LightPipeline. */
  private static final class LightCount implements FlatMapFunction<Iterator<Row>, Long> {
    private final Broadcast<PipelineModel> model;
    private final String column;

    LightCount(Broadcast<PipelineModel> model, String column) {
      this.model = model;
      this.column = column;
    }

    @Override
    public Iterator<Long> call(Iterator<Row> texts) {
      LightPipeline pipeline = new LightPipeline(model.value(), false);
      long count = 0;
      while (texts.hasNext()) {
        count += pipeline.fullAnnotateJava(texts.next().getString(0)).get(column).size();
      }
      return List.of(count).iterator();
    }
  }

  /** Phrase matches of the extractor's own tokenizer and matchers over each sentence of a partition. */
  private static final class OwnMatchCount implements FlatMapFunction<Iterator<Row>, Long> {
    private final ExtractionRules rules;

    OwnMatchCount(ExtractionRules rules) {
      this.rules = rules;
    }

    @Override
    public Iterator<Long> call(Iterator<Row> rows) {
      long count = 0;
      while (rows.hasNext()) {
        Row row = rows.next();
        String text = row.getString(0);
        for (Sentence s : SparkNlpSentences.toSentences(row.getList(1), text)) {
          count += rules.phraseMatches(text, s.begin(), s.end());
        }
      }
      return List.of(count).iterator();
    }
  }

  /** Seconds to extract every article of {@code articles} (all columns the extract stage requires), outputs counted. */
  public static double extractSeconds(SparkSession spark, Dataset<Row> articles, ExtractionRules rules, GeoKnowledge geo,
      ExtractJob.SentenceSplitting splitting) {
    GeoBroadcast broadcast = GeoBroadcast.of(spark, geo);
    try {
      return time(() -> ExtractJob.apply(spark, articles, rules, broadcast,
          HomeRegionsJob.learn(articles, broadcast, HomeRegions.Settings.from(BorderwatchConf.empty())), "bench",
          splitting, 200).outcomes().selectExpr("sum(size(mentions))", "sum(size(claims))").first());
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
          null, null, null, "bench", "dev"));
    }
    return spark.createDataFrame(rows, Schemas.ARTICLES.struct()).repartition(partitions);
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static SentenceDetector defaultSentences(boolean detectLists) {
    SentenceDetector sentence = new SentenceDetector();
    sentence.setInputCols(new String[] {SparkNlpSentences.DOCUMENT});
    sentence.setOutputCol(SparkNlpSentences.SENTENCE);
    sentence.setDetectLists(detectLists);
    return sentence;
  }

  private static Tokenizer tokenizer() {
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {SparkNlpSentences.SENTENCE});
    token.setOutputCol("token");
    return token;
  }

  /** A 5,000-entry TextMatcher dictionary of place-like phrases, written to a temporary file. */
  private static TextMatcher textMatcher() throws IOException {
    Path dict = Files.createTempFile("bw-bench-dict", ".txt");
    dict.toFile().deleteOnExit();
    List<String> entries = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 5000; i++) {
      entries.add(pick(r, PLACES) + " " + Integer.toString(i, 36) + (i % 3 == 0 ? " forces" : ""));
    }
    Files.write(dict, entries);
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {SparkNlpSentences.SENTENCE, "token"});
    matcher.setOutputCol("entities");
    matcher.setEntities(new ExternalResource(dict.toString(), ReadAs.TEXT(),
        scala.collection.immutable.Map$.MODULE$.<String, String>empty()));
    return matcher;
  }

  /** document → sentence (default) → token → 5,000-entry TextMatcher → DateMatcher. */
  static PipelineStage[] referenceStages() throws IOException {
    DateMatcher dates = new DateMatcher();
    dates.setInputCols(new String[] {SparkNlpSentences.SENTENCE});
    dates.setOutputCol("dates");
    return new PipelineStage[] {SparkNlpSentences.stages()[0], defaultSentences(true), tokenizer(), textMatcher(), dates};
  }

  private static double time(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
