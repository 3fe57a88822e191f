package org.borderwatch.io.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.sql.Row;
import org.borderwatch.io.Reject;
import org.borderwatch.io.Schemas;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables written through {@link NioLocalFileSystem} are the tables Hadoop's own local file system writes. */
class NioLocalFileSystemTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void permissionBitsMapOneToOne() {
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(new FsPermission((short) 0644))))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.posix(new FsPermission((short) 0751))))
        .isEqualTo("rwxr-x--x");
  }

  @Test
  void aPartitionedTableIsWrittenWithHadoopsPermissionsAndChecksums() throws Exception {
    List<Row> rows = List.of(
        RejectRows.toRow(new Reject("ingest", "BAD_DATE", null, "a.jsonl", 10L, null, null, "raw one"), "run-1"),
        RejectRows.toRow(new Reject("extract", "EXTRACTOR_ERROR", null, null, null, null, "x", "raw two"), "run-1"));
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    hadoop.set("fs.file.impl", NioLocalFileSystem.class.getName());
    // a fresh instance per lookup, so that no other test is handed this one from the cache
    hadoop.setBoolean("fs.file.impl.disable.cache", true);
    try {
      assertThat(new org.apache.hadoop.fs.Path(tmp.toUri()).getFileSystem(hadoop))
          .isInstanceOf(NioLocalFileSystem.class);
      TableStore store = new TableStore(spark, tmp.toString(), "zstd");
      store.replace(Schemas.REJECTS, spark.createDataFrame(rows, Schemas.REJECTS.struct()));
      assertThat(store.read(Schemas.REJECTS).orderBy("stage").collectAsList()).as("rows read back")
          .extracting(r -> r.<String>getAs("reason")).containsExactly("EXTRACTOR_ERROR", "BAD_DATE");
    } finally {
      hadoop.unset("fs.file.impl");
      hadoop.unset("fs.file.impl.disable.cache");
    }
    Path stage = tmp.resolve("rejects/stage=ingest");
    try (Stream<Path> files = Files.list(stage)) {
      List<Path> parquet = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
      assertThat(parquet).as("one file in the partition").hasSize(1);
      Path file = parquet.get(0);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
      assertThat(stage.resolve("." + file.getFileName() + ".crc")).as("checksum beside it").exists();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stage))).isEqualTo("rwxr-xr-x");
  }
}
