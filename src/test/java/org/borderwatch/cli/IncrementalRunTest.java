package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.io.Columns;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --incremental} day by day over the bundled sample gives the same tables as one full run
 * over all the days' files: articles, mentions, claims, incidents and every statistics table.
 */
class IncrementalRunTest extends SparkTestBase {
  /** Columns naming the run that wrote a row: they legitimately differ between the two ways. */
  private static final Set<String> RUN_STAMPS = Set.of(Columns.RUN_ID, Columns.INGEST_RUN_ID);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static List<String> sampleLines() throws IOException {
    try (InputStream in = IncrementalRunTest.class.getResourceAsStream(CorpusInputs.SAMPLE_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static int run(Path feed, Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", feed.toString(), "--format", "jsonl",
        "--out", out.toString(), "--conf", "borderwatch.run-date=2024-09-01"));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(String[]::new));
  }

  private static List<Row> rows(Path out, TableSchema table) {
    Dataset<Row> df = spark.read().schema(table.struct()).parquet(out.resolve(table.name()).toString());
    String[] kept = Arrays.stream(table.columnNames()).filter(c -> !RUN_STAMPS.contains(c)).toArray(String[]::new);
    Dataset<Row> stable = df.selectExpr(kept);
    return stable.orderBy(kept[0], Arrays.copyOfRange(kept, 1, kept.length)).collectAsList();
  }

  @Test
  void dayByDayEqualsOneFullRun() throws IOException {
    List<String> lines = sampleLines();
    Path feed = Files.createDirectories(tmp.resolve("feed"));
    Path incremental = tmp.resolve("incremental");
    // day 1: the first articles, which already hold the Belgorod incursion; day 2 adds the rest,
    // with more reports of the same incidents and the malformed records
    Files.write(feed.resolve("day1.jsonl"), lines.subList(0, 12));
    assertThat(run(feed, incremental, "--incremental")).as("day 1").isZero();
    Files.write(feed.resolve("day2.jsonl"), lines.subList(12, lines.size()));
    assertThat(run(feed, incremental, "--incremental")).as("day 2").isZero();
    JsonNode day2 = latestManifest(incremental);
    assertThat(stageCount(day2, "ingest", "new_articles")).as("day 2 ingests the articles of its own file only")
        .isEqualTo(27);
    // s10 of day 1 is delivered again, byte for byte, in day 2's file: ingest counts it as touched, so it is
    // extracted again (the result is the same; skipping an unchanged article would make this 27)
    assertThat(stageCount(day2, "extract", "articles_in"))
        .as("day 2 extracts only the articles of its own file, not the 12 of day 1").isEqualTo(28);
    assertThat(stageCount(day2, "extract", "articles_kept"))
        .as("the 39 articles less the 28 extracted keep their day-1 rows").isEqualTo(39 - 28);
    // day 2's claims fall in most blocks of this small sample; 6 incidents of day 1 are left as they were
    assertThat(stageCount(day2, "aggregate", "incidents")).as("incidents after day 2").isEqualTo(69);
    assertThat(stageCount(day2, "aggregate", "incidents_written"))
        .as("day 2 re-clusters only the blocks its claims fall in, not every incident").isEqualTo(63);

    Path full = tmp.resolve("full");
    assertThat(run(feed, full)).as("full run").isZero();

    List<TableSchema> tables = new java.util.ArrayList<>(List.of(Schemas.ARTICLES, Schemas.REJECTS, Schemas.MENTIONS,
        Schemas.CLAIMS, Schemas.INCIDENTS));
    tables.addAll(Schemas.statsTables());
    for (TableSchema table : tables) {
      List<Row> expected = rows(full, table);
      assertThat(rows(incremental, table)).as(table.name()).isEqualTo(expected);
    }
    // the bundled sample's counts under the bundled rules: a rule change that changes the sample's claims changes them
    assertThat(rows(full, Schemas.CLAIMS)).as("the comparison has claims to compare").hasSize(123);
    assertThat(rows(full, Schemas.INCIDENTS)).as("and incidents").hasSize(69);

    JsonNode fullRun = latestManifest(full);
    assertThat(stageCount(fullRun, "extract", "articles_kept")).as("a full run extracts every article").isZero();
    assertThat(stageCount(fullRun, "aggregate", "blocks_clustered")).as("and clusters every block")
        .isEqualTo(stageCount(fullRun, "aggregate", "blocks")).isEqualTo(21);
    assertThat(stageCount(day2, "aggregate", "blocks")).as("blocks after day 2").isEqualTo(21);
    // 3 blocks hold only day-1 claims: the 6 incidents day 2 leaves as they were
    assertThat(stageCount(day2, "aggregate", "blocks_clustered"))
        .as("day 2 clusters only the blocks its claims fall in").isEqualTo(18);
  }

  /** The manifest of the last run under {@code out}. */
  private static JsonNode latestManifest(Path out) throws IOException {
    List<JsonNode> manifests = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(out.resolve("_runs"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        manifests.add(JSON.readTree(f.toFile()));
      }
    }
    return manifests.stream().max(java.util.Comparator.comparing(m -> m.path("started_at").asText())).orElseThrow();
  }

  private static long stageCount(JsonNode manifest, String stage, String count) {
    for (JsonNode s : manifest.path("stages")) {
      if (s.path("stage").asText().equals(stage)) {
        return s.path("counts").path(count).asLong(-1);
      }
    }
    throw new AssertionError("no stage " + stage + " in " + manifest);
  }
}
