package org.borderwatch.io.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.borderwatch.io.Reject;
import org.borderwatch.io.Schemas;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableStoreTest extends SparkTestBase {
  @TempDir Path tmp;

  private Dataset<Row> rejects(String stage, String... reasons) {
    List<Row> rows = java.util.Arrays.stream(reasons)
        .map(r -> RejectRows.toRow(new Reject(stage, r, null, "f", null, 1L, null, "raw"), "run-1"))
        .toList();
    return spark.createDataFrame(rows, Schemas.REJECTS.struct());
  }

  private List<String> reasons(TableStore store) {
    return store.read(Schemas.REJECTS).orderBy("stage", "reason")
        .collectAsList().stream().map(r -> r.<String>getAs("stage") + ":" + r.<String>getAs("reason")).toList();
  }

  @Test
  void replacingOnePartitionKeepsTheOthers() {
    TableStore store = new TableStore(spark, tmp.toString(), "zstd");
    store.replace(Schemas.REJECTS, rejects("ingest", "BAD_DATE").union(rejects("extract", "EXTRACTOR_ERROR")));
    store.replacePartitions(Schemas.REJECTS, rejects("ingest", "MISSING_TEXT", "EMPTY_TEXT"), List.of("ingest"));
    assertThat(reasons(store)).containsExactly("extract:EXTRACTOR_ERROR", "ingest:EMPTY_TEXT", "ingest:MISSING_TEXT");
  }

  @Test
  void aPartitionWithNoNewRowsDisappears() {
    TableStore store = new TableStore(spark, tmp.toString(), "zstd");
    store.replace(Schemas.REJECTS, rejects("ingest", "BAD_DATE").union(rejects("extract", "EXTRACTOR_ERROR")));
    store.replacePartitions(Schemas.REJECTS, rejects("ingest").limit(0), List.of("extract"));
    assertThat(reasons(store)).containsExactly("ingest:BAD_DATE");
  }

  @Test
  void droppingPartitionsKeepsTheOthers() {
    TableStore store = new TableStore(spark, tmp.toString(), "zstd");
    store.replace(Schemas.REJECTS, rejects("ingest", "BAD_DATE").union(rejects("extract", "EXTRACTOR_ERROR")));
    store.dropPartitions(Schemas.REJECTS, List.of("extract", "aggregate"));
    assertThat(reasons(store)).containsExactly("ingest:BAD_DATE");
  }

  @Test
  void aFailedWriteLeavesThePreviousTableReadable() {
    TableStore store = new TableStore(spark, tmp.toString(), "zstd");
    store.replace(Schemas.REJECTS, rejects("ingest", "BAD_DATE"));
    Dataset<Row> failing = rejects("ingest", "MISSING_TEXT").withColumn("detail",
        functions.udf((String s) -> {
          throw new IllegalStateException("executor failure mid-write");
        }, DataTypes.StringType).apply(functions.col("reason")));

    assertThatThrownBy(() -> store.replace(Schemas.REJECTS, failing)).hasStackTraceContaining("executor failure mid-write");
    assertThatThrownBy(() -> store.replacePartitions(Schemas.REJECTS, failing, List.of("ingest")))
        .hasStackTraceContaining("executor failure mid-write");

    assertThat(reasons(store)).as("previous table intact").containsExactly("ingest:BAD_DATE");
    assertThat(Files.exists(tmp.resolve("rejects/stage=ingest"))).isTrue();
  }

  @Test
  void rowsCountsEveryPartitionFromTheFootersAndSkipsWhatTheReaderSkips() throws Exception {
    TableStore store = new TableStore(spark, tmp.toString(), "zstd");
    store.replace(Schemas.REJECTS, rejects("ingest", "BAD_DATE", "MISSING_TEXT").union(rejects("extract", "EXTRACTOR_ERROR")));
    Path stray = tmp.resolve("rejects/_staging-copy");
    Files.createDirectories(stray);
    try (var files = Files.list(tmp.resolve("rejects/stage=ingest"))) {
      Path written = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(written, stray.resolve(written.getFileName()));
    }

    assertThat(store.rows(Schemas.REJECTS)).isEqualTo(3).isEqualTo(store.read(Schemas.REJECTS).count());
    store.replacePartitions(Schemas.REJECTS, rejects("ingest").limit(0), List.of("ingest"));
    assertThat(store.rows(Schemas.REJECTS)).isEqualTo(1);
  }
}
