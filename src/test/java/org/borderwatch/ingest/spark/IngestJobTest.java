package org.borderwatch.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.borderwatch.cli.Main;
import org.borderwatch.io.Columns;
import org.borderwatch.io.Schemas;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest job end to end on real files in every supported format, through the command line. */
class IngestJobTest extends SparkTestBase {
  private static final String RUN_DATE = "2024-01-01";
  private static final String BODY = "Russian forces shelled the village of Kozinka overnight, the regional governor said on Tuesday.";

  @TempDir Path tmp;

  private static String article(String id, String url, String text, String published) {
    return String.format("{\"id\":\"%s\",\"url\":%s,\"title\":\"T %s\",\"text\":%s,\"published\":%s,\"source\":\"Wire\"}",
        id, json(url), id, json(text), json(published));
  }

  private static String json(String s) {
    return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
  }

  /** Six usable records (one a duplicate of another) and one of each line-level reject reason. */
  private static final List<String> MIXED = List.of(
      article("a1", "https://example.org/a1", BODY, "2023-05-23"),
      article("a2", "https://example.org/a2", BODY + " Second report.", "2023-05-23T10:00:00Z"),
      article("a1-copy", "https://www.example.org/a1/", BODY, "2023-05-23"),
      article("a3", null, "<p>An HTML body about <b>Belgorod</b> &amp; Kursk, long enough.</p>", "2023-05-24"),
      article("a4", "https://example.org/a4", BODY + " Undated.", null),
      article("a5", "https://example.org/a5", "Пограничная служба сообщила об обстреле Белгородской области.", "2023-05-25"),
      "this is not json",
      "[\"an\",\"array\"]",
      article("r1", "https://example.org/r1", null, "2023-05-23"),
      article("r2", "https://example.org/r2", "   ", "2023-05-23"),
      article("r3", "https://example.org/r3", BODY, "last Tuesday-ish"),
      article("r4", "https://example.org/r4", BODY + "x".repeat(400), "2023-05-23"));

  private int ingest(String input, String out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("ingest", "--input", input, "--out", out,
        "--conf", "borderwatch.run-date=" + RUN_DATE, "--conf", "borderwatch.ingest.max-text-chars=300"));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(String[]::new));
  }

  private static Dataset<Row> table(String out, String name) {
    return spark.read().parquet(out + "/" + name);
  }

  private Map<String, Long> rejectsByReason(String out) {
    return table(out, "rejects").collectAsList().stream()
        .collect(Collectors.groupingBy(r -> r.getAs(Columns.REASON), TreeMap::new, Collectors.counting()));
  }

  private JsonNode manifest(String out) throws IOException {
    try (var files = Files.list(Path.of(out, "_runs"))) {
      Path json = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
      return new ObjectMapper().readTree(json.toFile());
    }
  }

  @Test
  void jsonLinesWithEveryRejectReasonReconciles() throws IOException {
    Path in = tmp.resolve("corpus.jsonl");
    Files.writeString(in, String.join("\n", MIXED) + "\n");
    Files.write(in, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'},
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(in, "{\"text\":\"binary \\u0000\\u0001 payload that is long enough\",\"published\":\"2023-05-23\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    String out = tmp.resolve("out").toString();

    assertThat(ingest(in.toString(), out)).as("exit code").isZero();

    Dataset<Row> articles = table(out, "articles");
    assertThat(articles.count()).as("articles").isEqualTo(5);
    Row a1 = articles.filter("input_id in ('a1', 'a1-copy')").first();
    assertThat(a1.<Integer>getAs(Columns.DUPLICATES)).as("collapsed copy").isEqualTo(1);
    assertThat(articles.filter("input_id = 'a3'").first().<String>getAs(Columns.TEXT))
        .isEqualTo("An HTML body about Belgorod & Kursk, long enough.");
    Row undated = articles.filter("input_id = 'a4'").first();
    assertThat(undated.<Boolean>getAs(Columns.PUBLISHED_INFERRED)).isTrue();
    assertThat(undated.getAs(Columns.PUBLISHED_DATE).toString()).isEqualTo(RUN_DATE);
    assertThat(articles.filter("input_id = 'a5'").first().<String>getAs(Columns.LANGUAGE)).isEqualTo("ru");
    assertThat(Files.exists(Path.of(out, "articles", "published_date=2023-05-23"))).as("partition folder").isTrue();

    assertThat(rejectsByReason(out)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "MALFORMED_JSON", 2L, "MISSING_TEXT", 1L, "EMPTY_TEXT", 1L, "BAD_DATE", 1L, "TEXT_TOO_LONG", 1L,
        "INVALID_UTF8", 1L, "BINARY_CONTENT", 1L));
    Row bad = table(out, "rejects").filter("reason = 'BAD_DATE'").first();
    long r3Start = String.join("\n", MIXED.subList(0, 10)).getBytes(StandardCharsets.UTF_8).length + 1;
    assertThat(bad.<Long>getAs(Columns.INPUT_OFFSET)).as("byte offset of r3, line 11").isEqualTo(r3Start);
    assertThat(bad.<Long>getAs(Columns.LINE)).as("no line number: read split").isNull();
    assertThat(bad.<String>getAs(Columns.INPUT_FILE)).endsWith("corpus.jsonl");
    assertThat(bad.<String>getAs(Columns.RAW)).contains("last Tuesday-ish");
    assertThat(bad.<String>getAs(Columns.STAGE)).isEqualTo("ingest");

    JsonNode counts = manifest(out).path("stages").get(0).path("counts");
    assertThat(counts.path("records_read").asLong()).isEqualTo(14);
    assertThat(counts.path("new_articles").asLong()).isEqualTo(5);
    assertThat(counts.path("new_articles").asLong() + counts.path("duplicates_collapsed").asLong()
        + counts.path("rejected").asLong()).as("reconciles").isEqualTo(14);
  }

  @Test
  void rerunOverTheSameOutputGivesIdenticalTables() throws IOException {
    Path in = tmp.resolve("corpus.jsonl");
    Files.writeString(in, String.join("\n", MIXED));
    String out = tmp.resolve("out").toString();
    assertThat(ingest(in.toString(), out)).isZero();
    List<Row> articles = sorted(table(out, "articles"));
    List<Row> rejects = sorted(table(out, "rejects"));
    assertThat(ingest(in.toString(), out)).isZero();
    assertThat(sorted(table(out, "articles"))).as("articles after re-run").isEqualTo(articles);
    assertThat(sorted(table(out, "rejects"))).as("rejects after re-run").isEqualTo(rejects);
    assertThat(Path.of(out, "_staging").toFile().list()).as("no staging leftovers").isEmpty();
  }

  private static List<Row> sorted(Dataset<Row> df) {
    return df.orderBy(df.columns()[0], java.util.Arrays.copyOfRange(df.columns(), 1, df.columns().length))
        .collectAsList();
  }

  @Test
  void incrementalRunsEqualOneFullRunOverAllInputs() throws IOException {
    Path day1 = Files.createDirectories(tmp.resolve("feed"));
    Files.writeString(day1.resolve("day1.jsonl"), String.join("\n", MIXED.subList(0, 8)));
    String incremental = tmp.resolve("incremental").toString();
    assertThat(ingest(day1.toString(), incremental, "--incremental")).as("first, nothing to add to").isZero();

    // day 2 brings new articles, a later version of a1 (same URL, new date) and more bad records
    String a1Revised = article("a1-rev", "https://example.org/a1", BODY + " Updated with casualty figures.", "2023-05-26");
    Files.writeString(day1.resolve("day2.jsonl"), String.join("\n", MIXED.subList(8, 12)) + "\n" + a1Revised + "\n"
        + article("b1", "https://example.org/b1", BODY + " Day two report.", "2023-05-26"));
    assertThat(ingest(day1.toString(), incremental, "--incremental")).isZero();
    List<Row> articlesAfterDay2 = sorted(table(incremental, "articles").drop(Columns.INGEST_RUN_ID));

    String full = tmp.resolve("full").toString();
    assertThat(ingest(day1.toString(), full)).isZero();
    assertThat(articlesAfterDay2).as("incremental equals full").isEqualTo(sorted(table(full, "articles").drop(Columns.INGEST_RUN_ID)));
    assertThat(sorted(table(incremental, "rejects").drop(Columns.RUN_ID)))
        .isEqualTo(sorted(table(full, "rejects").drop(Columns.RUN_ID)));
    Row a1 = table(incremental, "articles").filter("url = 'https://example.org/a1'").first();
    assertThat(a1.<String>getAs("input_id")).as("latest version wins").isEqualTo("a1-rev");
    assertThat(a1.<Integer>getAs(Columns.DUPLICATES)).as("two earlier copies").isEqualTo(2);
    assertThat(table(incremental, "articles").filter("published_date = '2023-05-23' and url = 'https://example.org/a1'").count())
        .as("old version gone from its old partition").isZero();

    JsonNode day2 = latestManifestCounts(incremental);
    assertThat(day2.path("files_read").asLong()).isEqualTo(1);
    assertThat(day2.path("files_already_ingested").asLong()).isEqualTo(1);
    assertThat(day2.path("new_articles").asLong()).as("b1 only; a1-rev replaced a1").isEqualTo(1);

    assertThat(ingest(day1.toString(), incremental, "--incremental")).as("nothing new").isZero();
    assertThat(sorted(table(incremental, "articles").drop(Columns.INGEST_RUN_ID))).isEqualTo(articlesAfterDay2);
  }

  private JsonNode latestManifestCounts(String out) throws IOException {
    try (var files = Files.list(Path.of(out, "_runs"))) {
      Path json = files.filter(p -> p.toString().endsWith(".json"))
          .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
      return new ObjectMapper().readTree(json.toFile()).path("stages").get(0).path("counts");
    }
  }

  @Test
  void gzipAndBzip2FilesInAFolderGlob() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("part1.jsonl.gz")))) {
      gz.write(String.join("\n", MIXED.subList(0, 3)).getBytes(StandardCharsets.UTF_8));
    }
    BZip2Codec bzip2 = new BZip2Codec();
    bzip2.setConf(new Configuration());
    try (OutputStream bz = bzip2.createOutputStream(Files.newOutputStream(dir.resolve("part2.jsonl.bz2")))) {
      bz.write(String.join("\n", MIXED.subList(3, 7)).getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("part3.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    String out = tmp.resolve("out").toString();

    assertThat(ingest(dir + "/*.jsonl.*", out)).isZero();

    assertThat(table(out, "articles").count()).isEqualTo(5);
    assertThat(rejectsByReason(out)).containsExactlyInAnyOrderEntriesOf(Map.of("MALFORMED_JSON", 1L, "UNREADABLE_FILE", 1L));
  }

  @Test
  void csvWithMappedColumns() throws IOException {
    Path in = tmp.resolve("feed.csv");
    Files.writeString(in, "link,headline,body,date\n"
        + "https://example.org/c1,Shelling,\"" + BODY + "\nSecond line, quoted.\",2023-05-23\n"
        + "https://example.org/c2,Short,\"too short\",2023-05-23\n"
        + "https://example.org/c3,Broken\n");
    String out = tmp.resolve("out").toString();

    assertThat(ingest(in.toString(), out, "--column", "url=link", "--column", "title=headline",
        "--column", "text=body", "--column", "published=date")).isZero();

    Row c1 = table(out, "articles").first();
    assertThat(c1.<String>getAs(Columns.TITLE)).isEqualTo("Shelling");
    assertThat(c1.<String>getAs(Columns.TEXT)).endsWith("Second line, quoted.");
    assertThat(rejectsByReason(out)).containsExactlyInAnyOrderEntriesOf(Map.of("EMPTY_TEXT", 1L, "MALFORMED_CSV", 1L));
    assertThat(table(out, "rejects").filter("reason = 'MALFORMED_CSV'").first().<Long>getAs(Columns.LINE)).isEqualTo(5L);
  }

  @Test
  void parquetInputUsesRowIndexAsLine() {
    StructType schema = new StructType().add("url", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.StringType);
    List<Row> rows = List.of(RowFactory.create("https://example.org/p1", BODY, "2023-05-23"),
        RowFactory.create("https://example.org/p2", null, "2023-05-23"));
    String in = tmp.resolve("corpus.parquet").toString();
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in);
    String out = tmp.resolve("out").toString();

    assertThat(ingest(in, out)).isZero();

    assertThat(table(out, "articles").count()).isEqualTo(1);
    Row missing = table(out, "rejects").first();
    assertThat(missing.<String>getAs(Columns.REASON)).isEqualTo("MISSING_TEXT");
    assertThat(missing.<Long>getAs(Columns.LINE)).isEqualTo(2L);
    assertThat(missing.<String>getAs(Columns.RAW)).contains("p2");
  }

  @Test
  void folderOfTextFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("texts"));
    Files.writeString(dir.resolve("2023-05-23-kozinka.txt"), "Kozinka shelled\n\n" + BODY);
    Files.writeString(dir.resolve("undated.txt"), BODY + " Another.");
    Files.writeString(dir.resolve("tiny.txt"), "x");
    String out = tmp.resolve("out").toString();

    assertThat(ingest(dir.toString(), out, "--format", "text")).isZero();

    Dataset<Row> articles = table(out, "articles");
    assertThat(articles.count()).isEqualTo(2);
    Row dated = articles.filter("input_id = '2023-05-23-kozinka'").first();
    assertThat(dated.<String>getAs(Columns.TITLE)).isEqualTo("Kozinka shelled");
    assertThat(dated.getAs(Columns.PUBLISHED_DATE).toString()).isEqualTo("2023-05-23");
    assertThat(rejectsByReason(out)).containsExactly(Map.entry("EMPTY_TEXT", 1L));
  }

  @Test
  void badOptionsExitWithUsageCode() {
    String out = tmp.resolve("out").toString();
    assertThat(ingest(tmp.resolve("missing.jsonl").toString(), out)).as("missing input").isEqualTo(2);
    assertThat(ingest(tmp.toString(), out, "--format", "xml")).as("unknown format").isEqualTo(2);
    assertThat(ingest(tmp.toString(), out, "--column", "body=text")).as("unknown field").isEqualTo(2);
    assertThat(Main.execute("ingest", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void schemaOfWrittenArticlesMatchesTheDeclaredOne() throws IOException {
    Path in = tmp.resolve("corpus.jsonl");
    Files.writeString(in, MIXED.get(0));
    String out = tmp.resolve("out").toString();
    assertThat(ingest(in.toString(), out)).isZero();
    StructType written = table(out, "articles").schema();
    assertThat(written.fieldNames()).containsExactlyInAnyOrder(Schemas.ARTICLES.columnNames());
  }
}
