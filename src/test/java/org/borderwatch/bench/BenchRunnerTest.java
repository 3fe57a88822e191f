package org.borderwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.bench.spark.IoFloor;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestJob;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/** A smoke run of the benchmark at N=20 with the I/O floor and ingest: the report's shape, not its speed. */
class BenchRunnerTest extends SparkTestBase {

  @Test
  void reportHasEveryStageAtEveryScaleWithFloorRatiosAndGrowth() throws Exception {
    Path work = Files.createTempDirectory("bw-bench");
    TableStore store = new TableStore(spark, work.resolve("out").toString(), "snappy");
    BenchRunner.Stage floor = new BenchRunner.Stage("io-floor",
        corpus -> IoFloor.run(spark, corpus.toString(), work.resolve("floor").toString(), "snappy"));
    BenchRunner.Stage ingest = new BenchRunner.Stage("ingest", corpus -> {
      CorpusSpec spec = new CorpusSpec(corpus.toString(), InputFormat.JSONL, ColumnMapping.defaults());
      IngestJob.run(spark, store, RunContext.create("bench", store.root(), List.of(spec.input()), List.of(),
          BorderwatchConf.empty()), spec, RunMode.FULL);
    });
    List<String> progress = new ArrayList<>();
    List<StageTiming> timings = new BenchRunner(new BenchRunner.Settings(20, List.of(1, 2), 5, 2, work.resolve("c")),
        new SyntheticCorpus(Vocabulary.bundled(), 42)).run(floor, List.of(ingest), progress::add);

    assertThat(timings).as("stage x scale").extracting(t -> t.stage() + "@" + t.scale() + ":" + t.articles())
        .containsExactly("io-floor@1:20", "ingest@1:20", "run@1:20", "io-floor@2:40", "ingest@2:40", "run@2:40");
    assertThat(store.read(Schemas.ARTICLES).count()).as("ingest really ran on the last corpus").isEqualTo(40);
    assertThat(progress.get(0)).as("warm-up first").startsWith("warm-up: 5 articles");

    BenchReport report = new BenchReport(Map.of("machine", "test"), "io-floor", timings);
    StageTiming floorAt1 = timings.get(0);
    StageTiming ingestAt2 = timings.get(4);
    StageTiming runAt2 = timings.get(5);
    assertThat(report.floorRatio(floorAt1)).as("floor against itself").hasValue(1.0);
    assertThat(report.floorRatio(ingestAt2)).as("ingest against the floor of its scale")
        .hasValue(ingestAt2.seconds() / timings.get(3).seconds());
    assertThat(runAt2.seconds()).as("the whole run sums its stages, the floor apart").isEqualTo(ingestAt2.seconds());
    assertThat(runAt2.peakHeapMb()).as("its heap is the stages' peak").isEqualTo(ingestAt2.peakHeapMb());
    assertThat(report.growth(ingestAt2)).as("growth from scale 1").hasValue(ingestAt2.seconds() / timings.get(1).seconds());
    assertThat(ingestAt2.bytes()).as("the 40-article corpus is bigger").isGreaterThan(timings.get(1).bytes());
    assertThat(ingestAt2.peakHeapMb()).as("heap measured").isPositive();

    assertThat(report.table()).as("header, rule, six rows").hasSize(8);
    assertThat(report.table().get(0)).as("columns")
        .contains("stage", "articles/s", "MB/s", "x floor", "growth", "heap MB");
    Map<String, Object> json = report.toMap();
    assertThat(json).as("JSON sections").containsKeys("environment", "floor_stage", "timings");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("timings");
    assertThat(rows.get(4)).as("one timing").containsKeys("stage", "scale", "articles", "bytes", "seconds",
        "articles_per_second", "mb_per_second", "ratio_to_floor", "growth", "peak_heap_mb", "gc_seconds")
        .containsEntry("stage", "ingest").containsEntry("scale", 2).containsEntry("articles", 40);
  }
}
