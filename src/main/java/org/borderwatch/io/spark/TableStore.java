package org.borderwatch.io.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.borderwatch.BorderwatchException;
import org.borderwatch.io.TableSchema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes the output tables under one output root ({@code <root>/<table>/}). A table is
 * written to a staging folder and swapped into place only when the write has succeeded, so a
 * failed run leaves the previous table readable.
 */
public final class TableStore {
  private static final String STAGING = "_staging";
  private static final String RUNS = "_runs";

  private final SparkSession spark;
  private final String root;
  private final String compression;

  public TableStore(SparkSession spark, String root, String compression) {
    this.spark = spark;
    this.root = stripSlash(root);
    this.compression = compression;
  }

  public String root() {
    return root;
  }

  public String pathOf(TableSchema table) {
    return root + "/" + table.name();
  }

  public boolean exists(TableSchema table) {
    try {
      Path p = new Path(pathOf(table));
      return fs(p).exists(p);
    } catch (IOException e) {
      throw new BorderwatchException("cannot check table " + pathOf(table) + ": " + e.getMessage(), e);
    }
  }

  /** Reads a table with its declared schema; fails with the table's path when it is missing. */
  public Dataset<Row> read(TableSchema table) {
    if (!exists(table)) {
      throw new BorderwatchException("table '" + table.name() + "' not found at " + pathOf(table)
          + " (run the job that writes it first)");
    }
    return spark.read().schema(table.struct()).parquet(pathOf(table));
  }

  /**
   * Rows of a table as the footers of its Parquet files record them, read on the driver: the count of
   * {@code read(table).count()} without planning a query or running a Spark job. Files and folders Spark's reader
   * skips (names starting with {@code _} or {@code .}) are skipped here too.
   */
  public long rows(TableSchema table) {
    if (!exists(table)) {
      throw new BorderwatchException("table '" + table.name() + "' not found at " + pathOf(table));
    }
    Path tableRoot = new Path(pathOf(table));
    try {
      FileSystem fs = fs(tableRoot);
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      String prefix = fs.makeQualified(tableRoot).toUri().getPath();
      long rows = 0;
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(tableRoot, true);
      while (files.hasNext()) {
        LocatedFileStatus file = files.next();
        if (!hidden(file.getPath().toUri().getPath().substring(prefix.length()))) {
          try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
            rows += footer.getRecordCount();
          }
        }
      }
      return rows;
    } catch (IOException e) {
      throw new BorderwatchException("cannot count the rows of " + pathOf(table) + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(String relativePath) {
    return java.util.Arrays.stream(relativePath.split("/")).anyMatch(n -> n.startsWith("_") || n.startsWith("."));
  }

  /** Reads a table, or an empty one with its schema when it has never been written (no rows yet). */
  public Dataset<Row> readOrEmpty(TableSchema table) {
    return exists(table) ? read(table) : spark.createDataFrame(java.util.List.of(), table.struct());
  }

  /** Replaces the whole table with {@code rows}, columns in schema order, sorted within files by {@code sortBy}. */
  public void replace(TableSchema table, Dataset<Row> rows, String... sortBy) {
    swapIn(table, rows, sortBy);
  }

  /**
   * Replaces some partitions of a table partitioned by a single column (the {@code stage=ingest}
   * folder of {@code rejects}, the dates an incremental run touched), leaving the other partitions as
   * they are. Rows outside {@code values} are ignored; a value with no rows ends up with no folder.
   * Every partition is staged first and swapped in only once all are written.
   */
  public void replacePartitions(TableSchema table, Dataset<Row> rows, Collection<?> values, String... sortBy) {
    if (table.partitionBy().size() != 1) {
      throw new IllegalArgumentException(table.name() + " is not partitioned by exactly one column");
    }
    if (values.isEmpty()) {
      return;
    }
    String column = table.partitionBy().get(0);
    String staging = root + "/" + STAGING + "/" + flat(table.name()) + "-partitions";
    write(table, rows.filter(functions.col(column).isin(values.toArray())), staging, sortBy);
    try {
      Path stagingPath = new Path(staging);
      FileSystem fs = fs(stagingPath);
      for (Object value : new java.util.TreeSet<>(values.stream().map(String::valueOf).toList())) {
        String folder = column + "=" + value;
        swap(fs, new Path(staging, folder), new Path(pathOf(table), folder));
      }
      fs.delete(stagingPath, true);
    } catch (IOException e) {
      throw new BorderwatchException("cannot move partitions of " + table.name() + " into place: " + e.getMessage(), e);
    }
  }

  /**
   * Removes some partitions of a table partitioned by a single column: what {@link #replacePartitions} with no rows
   * does, without planning a write or running a Spark job.
   */
  public void dropPartitions(TableSchema table, Collection<?> values) {
    if (table.partitionBy().size() != 1) {
      throw new IllegalArgumentException(table.name() + " is not partitioned by exactly one column");
    }
    Path tablePath = new Path(pathOf(table));
    try {
      FileSystem fs = fs(tablePath);
      for (Object value : values) {
        fs.delete(new Path(tablePath, table.partitionBy().get(0) + "=" + value), true);
      }
    } catch (IOException e) {
      throw new BorderwatchException("cannot remove partitions of " + table.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Replaces every row whose {@code key} is in {@code changedKeys} by {@code newRows}, rewriting only
   * the partitions that held such a row or receive a new one: how incremental runs add to a table.
   */
  public void upsert(TableSchema table, Dataset<Row> newRows, Dataset<Row> changedKeys, String key, String... sortBy) {
    String column = table.partitionBy().get(0);
    Dataset<Row> existing = readOrEmpty(table);
    Dataset<Row> keys = changedKeys.select(key).distinct();
    Dataset<Row> previous = existing.join(keys, existing.col(key).equalTo(keys.col(key)), "left_semi");
    java.util.Set<Object> partitions = new java.util.HashSet<>();
    for (Row r : newRows.select(column).union(previous.select(column)).distinct().collectAsList()) {
      partitions.add(r.get(0));
    }
    Dataset<Row> untouched = existing.filter(functions.col(column).isin(partitions.toArray()))
        .join(keys, existing.col(key).equalTo(keys.col(key)), "left_anti");
    replacePartitions(table, untouched.unionByName(newRows.select(cols(table))), partitions, sortBy);
  }

  private void swapIn(TableSchema table, Dataset<Row> rows, String... sortBy) {
    String staging = root + "/" + STAGING + "/" + flat(table.name());
    String target = pathOf(table);
    write(table, rows, staging, sortBy);
    try {
      Path stagingPath = new Path(staging);
      swap(fs(stagingPath), stagingPath, new Path(target));
    } catch (IOException e) {
      throw new BorderwatchException("cannot move " + staging + " into place at " + target + ": " + e.getMessage(), e);
    }
  }

  private void write(TableSchema table, Dataset<Row> rows, String path, String... sortBy) {
    try {
      // leftovers of a failed run must not be swapped in with the new rows
      Path p = new Path(path);
      fs(p).delete(p, true);
    } catch (IOException e) {
      throw new BorderwatchException("cannot clear staging folder " + path + ": " + e.getMessage(), e);
    }
    Dataset<Row> ordered = rows.select(cols(table));
    if (!table.partitionBy().isEmpty()) {
      ordered = ordered.repartition(cols(table.partitionBy()));
    }
    if (sortBy.length > 0) {
      ordered = ordered.sortWithinPartitions(cols(java.util.List.of(sortBy)));
    }
    var writer = ordered.write().mode(SaveMode.Overwrite).option("compression", compression);
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(String[]::new));
    }
    writer.parquet(path);
  }

  /** Puts {@code staged} where {@code target} was; a missing {@code staged} just removes the target. */
  private static void swap(FileSystem fs, Path staged, Path target) throws IOException {
    Path old = new Path(target.getParent(), "." + target.getName() + ".old");
    fs.delete(old, true);
    if (fs.exists(target)) {
      rename(fs, target, old);
    }
    if (fs.exists(staged)) {
      fs.mkdirs(target.getParent());
      rename(fs, staged, target);
    }
    fs.delete(old, true);
  }

  /** Writes the run manifest as {@code _runs/<run_id>.json} and returns its path. */
  public String writeManifest(String runId, Map<String, Object> manifest) {
    Path p = new Path(root + "/" + RUNS + "/" + runId + ".json");
    try {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      byte[] json = mapper.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8);
      try (FSDataOutputStream out = fs(p).create(p, true)) {
        out.write(json);
      }
      return p.toString();
    } catch (IOException e) {
      throw new BorderwatchException("cannot write run manifest " + p + ": " + e.getMessage(), e);
    }
  }

  private FileSystem fs(Path p) throws IOException {
    return p.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }

  private static Column[] cols(TableSchema table) {
    return cols(java.util.List.of(table.columnNames()));
  }

  private static Column[] cols(java.util.List<String> names) {
    return names.stream().map(functions::col).toArray(Column[]::new);
  }

  /** Staging folders sit side by side, even for tables nested under a folder ({@code _state/…}). */
  private static String flat(String name) {
    return name.replace('/', '-');
  }

  private static String stripSlash(String p) {
    return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
  }
}
