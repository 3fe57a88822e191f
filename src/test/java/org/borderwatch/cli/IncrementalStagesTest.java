package org.borderwatch.cli;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.aggregate.spark.AggregateSparkAction;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.spark.ExtractJob;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestJob;
import org.borderwatch.io.Columns;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.FailingGeo;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental path itself, stage by stage over a few hand-written articles. Day 1 has three blocks (Belgorod
 * Oblast with two reports of one shelling of Shebekino, Kharkiv Oblast, Sumy Oblast) and two articles the extractor
 * fails on. Day 2 adds one report on Kharkiv and one more failing article, replaces a Shebekino report with text
 * that makes no claim (its block loses a claim), and replaces a failing article with one on Kharkiv. Sumy is not
 * touched. The counts show what day 2 did; the tables equal one full run over both days.
 */
class IncrementalStagesTest extends SparkTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RUN_STAMPS = Set.of(Columns.RUN_ID, Columns.INGEST_RUN_ID);
  private static final BorderwatchConf CONF = BorderwatchConf.empty().with(ConfKeys.RUN_DATE, "2024-09-01");
  private static final String MONDAY = "2023-05-22T09:00:00Z";
  private static final String TUESDAY = "2023-05-23T09:00:00Z";
  private static final String FAILS = " " + FailingGeo.TRIGGER + " ";

  @TempDir static Path tmp;

  private record Day(String runId, IngestJob.Result ingest, ExtractJob.Result extract,
      AggregateSparkAction.Result aggregate) {}

  private static Day day1;
  private static Day day2;
  private static Path incremental;
  private static Path full;

  @BeforeAll
  static void runBothWays() throws IOException {
    Path feed = Files.createDirectories(tmp.resolve("feed"));
    Files.write(feed.resolve("day1.jsonl"), List.of(
        article("a1", MONDAY, "Ukrainian forces shelled Shebekino on Sunday, the regional governor said."),
        article("a2", MONDAY, "Russian forces shelled Kharkiv on Sunday, the regional administration said."),
        article("a3", MONDAY, "Ukrainian artillery shelled Shebekino again on Sunday, Russian officials said."),
        article("a4", MONDAY, "Russian forces shelled" + FAILS + "on Sunday."),
        article("a6", MONDAY, "Russian troops shelled Sumy on Sunday, the regional administration said."),
        article("a8", MONDAY, "Russian drones struck Kharkiv and" + FAILS + "on Sunday.")));
    incremental = tmp.resolve("incremental");
    day1 = run(feed, incremental, RunMode.INCREMENTAL, "day 1");
    Files.write(feed.resolve("day2.jsonl"), List.of(
        article("a3", TUESDAY, "Officials in Shebekino said the night passed quietly."),
        article("a5", TUESDAY, "Russian artillery shelled Kharkiv on Sunday, Ukrainian officials said."),
        article("a7", TUESDAY, "Ukrainian drones flew towards" + FAILS + "on Monday."),
        article("a8", TUESDAY, "Russian drones struck Kharkiv on Sunday, Ukrainian officials said.")));
    day2 = run(feed, incremental, RunMode.INCREMENTAL, "day 2");
    full = tmp.resolve("full");
    run(feed, full, RunMode.FULL, "full");
  }

  /** One JSON Lines record; the URL gives the article id, so a later record with the same URL replaces it. */
  private static String article(String id, String published, String text) throws IOException {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("id", id);
    record.put("url", "https://wire.example/" + id);
    record.put("title", "Report " + id);
    record.put("text", text);
    record.put("published", published);
    record.put("source", "Example Wire");
    return JSON.writeValueAsString(record);
  }

  private static Day run(Path feed, Path out, RunMode mode, String fingerprint) {
    TableStore store = new TableStore(spark, out.toString(), "snappy");
    RunContext run = RunContext.create("run", out.toString(), List.of(feed.toString()), List.of(fingerprint), CONF);
    IngestJob.Result ingest = IngestJob.run(spark, store, run,
        new CorpusSpec(feed.toString(), InputFormat.JSONL, ColumnMapping.defaults()), mode);
    ExtractJob.Result extract = extract(store, run, mode);
    return new Day(run.runId(), ingest, extract, AggregateSparkAction.of(spark, store, run).execute(mode));
  }

  /** Extraction with the bundled rules and geography, failing on the articles that name the trigger. */
  private static ExtractJob.Result extract(TableStore store, RunContext run, RunMode mode) {
    return ExtractJob.run(spark, store, run, ExtractionRules.bundled(), new FailingGeo(), mode);
  }

  private static Dataset<Row> table(Path out, TableSchema table) {
    return spark.read().schema(table.struct()).parquet(out.resolve(table.name()).toString());
  }

  /** input_id of every article id, to name rows by the fixture's ids. */
  private static Map<String, String> inputIds() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Row r : table(incremental, Schemas.ARTICLES).select(Columns.ARTICLE_ID, Columns.INPUT_ID).collectAsList()) {
      ids.put(r.getString(0), r.getString(1));
    }
    return ids;
  }

  /** The one incident whose claims all come from articles with these input ids. */
  private static Row incidentOf(String... inputIds) {
    Map<String, String> byArticle = inputIds();
    List<Row> claims = table(incremental, Schemas.CLAIMS).select(Columns.CLAIM_ID, Columns.ARTICLE_ID).collectAsList();
    Set<String> wanted = new java.util.TreeSet<>();
    for (Row c : claims) {
      if (Arrays.asList(inputIds).contains(byArticle.get(c.getString(1)))) {
        wanted.add(c.getString(0));
      }
    }
    List<Row> matching = table(incremental, Schemas.INCIDENTS).collectAsList().stream()
        .filter(i -> new java.util.TreeSet<>(i.<String>getList(i.fieldIndex(Columns.CLAIM_IDS))).equals(wanted))
        .toList();
    assertThat(matching).as("one incident of exactly the claims of " + Arrays.toString(inputIds)).hasSize(1);
    return matching.get(0);
  }

  @Test
  void day2IngestsAndExtractsOnlyWhatItAddedOrReplaced() {
    assertThat(day1.extract().articles()).as("day 1 extracts its six").isEqualTo(6);
    assertThat(day1.extract().articlesKept()).as("nothing before day 1").isZero();
    assertThat(day2.ingest().newArticles()).as("a5 and a7").isEqualTo(2);
    assertThat(day2.ingest().duplicates()).as("a3 and a8 replace their day-1 versions").isEqualTo(2);
    assertThat(day2.extract().articles()).as("a3, a5, a7, a8").isEqualTo(4);
    assertThat(day2.extract().articlesKept()).as("a1, a2, a4, a6 keep their day-1 rows").isEqualTo(4);
    Map<String, String> byArticle = inputIds();
    List<String> extractedOnDay2 = table(incremental, Schemas.MENTIONS).filter(col(Columns.RUN_ID).equalTo(day2.runId()))
        .select(Columns.ARTICLE_ID).distinct().collectAsList().stream().map(r -> byArticle.get(r.getString(0)))
        .sorted().toList();
    assertThat(extractedOnDay2).as("articles whose mentions day 2 wrote (a7 failed)").containsExactly("a3", "a5", "a8");
    Row replaced = table(incremental, Schemas.ARTICLES).filter(col(Columns.INPUT_ID).equalTo("a3")).first();
    assertThat(replaced.<String>getAs(Columns.TEXT)).as("the later version").startsWith("Officials in Shebekino");
  }

  @Test
  void day2ReclustersOnlyTheBlocksItTouched() {
    assertThat(day1.aggregate().blocks()).as("Belgorod, Kharkiv and Sumy oblasts").isEqualTo(3);
    assertThat(day1.aggregate().blocksClustered()).as("day 1 clusters all three").isEqualTo(3);
    assertThat(day2.aggregate().blocks()).as("still three").isEqualTo(3);
    assertThat(day2.aggregate().blocksClustered())
        .as("Kharkiv Oblast (new claims) and Belgorod Oblast (lost a claim), not Sumy Oblast").isEqualTo(2);
    assertThat(day2.aggregate().incidentsWritten()).as("one incident per touched block").isEqualTo(2);
    assertThat(day2.aggregate().incidents()).as("incidents after day 2").isEqualTo(3);

    Row sumy = incidentOf("a6");
    assertThat(sumy.<String>getAs(Columns.RUN_ID)).as("Sumy's incident is day 1's row, untouched")
        .isEqualTo(day1.runId());
    Row shebekino = incidentOf("a1");
    assertThat(shebekino.<String>getAs(Columns.RUN_ID)).as("re-clustered on day 2").isEqualTo(day2.runId());
    assertThat(shebekino.<Integer>getAs(Columns.N_CLAIMS)).as("a3 no longer reports the shelling").isEqualTo(1);
    Row kharkiv = incidentOf("a2", "a5", "a8");
    assertThat(kharkiv.<Integer>getAs(Columns.N_ARTICLES)).as("day 1's report and day 2's two").isEqualTo(3);
  }

  @Test
  void extractRejectsOfArticlesNotExtractedAgainAreKeptAndThoseOfReplacedOnesGo() {
    assertThat(day1.extract().rejected()).as("a4 and a8 on day 1").isEqualTo(2);
    assertThat(day2.extract().rejected()).as("a7 on day 2").isEqualTo(1);
    Map<String, String> byArticle = inputIds();
    Map<String, String> rejects = new java.util.TreeMap<>();
    for (Row r : table(incremental, Schemas.REJECTS).filter(col(Columns.STAGE).equalTo("extract"))
        .select(Columns.ARTICLE_ID, Columns.RUN_ID).collectAsList()) {
      rejects.put(byArticle.get(r.getString(0)), r.getString(1));
    }
    assertThat(rejects).as("a4 kept from day 1, a7 added, a8's gone with its replacement")
        .isEqualTo(Map.of("a4", day1.runId(), "a7", day2.runId()));
  }

  @Test
  void everyTableEqualsOneFullRunOverBothDays() {
    List<TableSchema> tables = new ArrayList<>(List.of(Schemas.ARTICLES, Schemas.REJECTS, Schemas.MENTIONS,
        Schemas.CLAIMS, Schemas.INCIDENTS));
    tables.addAll(Schemas.statsTables());
    for (TableSchema table : tables) {
      assertThat(stableRows(incremental, table)).as(table.name()).isEqualTo(stableRows(full, table));
    }
    assertThat(stableRows(full, Schemas.CLAIMS)).as("a1, a2, a5, a6, a8: one claim each").hasSize(5);
  }

  @Test
  void incrementalWithoutTheChangedArticlesStateExtractsAndClustersEverythingAndSaysSo() throws IOException {
    Path copy = tmp.resolve("no-state");
    copyTree(full, copy);
    deleteTree(copy.resolve(Schemas.CHANGED_ARTICLES.name()));
    TableStore store = new TableStore(spark, copy.toString(), "snappy");
    RunContext run = RunContext.create("run", copy.toString(), List.of(), List.of("no state"), CONF);
    ExtractJob.Result extract = extract(store, run, RunMode.INCREMENTAL);
    AggregateSparkAction.Result aggregate = AggregateSparkAction.of(spark, store, run).execute(RunMode.INCREMENTAL);
    assertThat(extract.articles()).as("every article").isEqualTo(8);
    assertThat(extract.articlesKept()).as("none kept: the full path").isZero();
    assertThat(aggregate.blocksClustered()).as("every block").isEqualTo(aggregate.blocks()).isEqualTo(3);
    assertThat(stableRows(copy, Schemas.CLAIMS)).as("the same claims").isEqualTo(stableRows(full, Schemas.CLAIMS));
  }

  private static List<Row> stableRows(Path out, TableSchema table) {
    String[] kept = Arrays.stream(table.columnNames()).filter(c -> !RUN_STAMPS.contains(c)).toArray(String[]::new);
    return table(out, table).selectExpr(kept).orderBy(kept[0], Arrays.copyOfRange(kept, 1, kept.length))
        .collectAsList();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
