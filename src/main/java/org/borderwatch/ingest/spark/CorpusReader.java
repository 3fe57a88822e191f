package org.borderwatch.ingest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.io.compress.SplittableCompressionCodec;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.borderwatch.BorderwatchException;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.CorpusFileReader;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.RawRecord;
import scala.Tuple2;

/**
 * Reads a corpus into {@link RawRecord}s. JSON Lines files that can be split (uncompressed, bzip2)
 * are read by many tasks each ({@link SplitJsonLinesReader}), located by line offset. Other JSON Lines
 * files (gzip cannot be split), CSV and text files are streamed one file per task, decompressed by
 * extension, which keeps exact line numbers: CSV stays whole because a quoted field may hold line
 * breaks, so no split boundary can be trusted to fall between records. Parquet goes through Spark's
 * reader with its row index as the line.
 */
public final class CorpusReader {
  private CorpusReader() {}

  /** Files the input names, with size and modification time: the run's input fingerprint. Fails when nothing matches. */
  public static List<String> fingerprint(SparkSession spark, String input) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        throw new BorderwatchException("input not found: " + input);
      }
      List<String> out = new ArrayList<>();
      for (FileStatus s : matched) {
        if (s.isDirectory()) {
          var it = fs.listFiles(s.getPath(), true);
          while (it.hasNext()) {
            var f = it.next();
            if (isHidden(f.getPath())) {
              continue;
            }
            out.add(f.getPath() + "\t" + f.getLen() + "\t" + f.getModificationTime());
          }
        } else {
          out.add(s.getPath() + "\t" + s.getLen() + "\t" + s.getModificationTime());
        }
      }
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new BorderwatchException("cannot read input " + input + ": " + e.getMessage(), e);
    }
  }

  /** Hadoop input formats skip these ({@code _SUCCESS}, {@code .crc}); so does the fingerprint. */
  private static boolean isHidden(Path p) {
    String name = p.getName();
    return name.startsWith("_") || name.startsWith(".");
  }

  public static JavaRDD<RawRecord> read(SparkSession spark, CorpusSpec spec) {
    return spec.format() == InputFormat.PARQUET ? readParquet(spark, spec) : readFiles(spark, spec);
  }

  private static JavaRDD<RawRecord> readFiles(SparkSession spark, CorpusSpec spec) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    return spec.format() == InputFormat.JSONL ? readJsonLines(spark, jsc, spec) : readWhole(jsc, spec.input(), spec);
  }

  /** Files that can be split are read by many tasks each, the others one task per file. */
  private static JavaRDD<RawRecord> readJsonLines(SparkSession spark, JavaSparkContext jsc, CorpusSpec spec) {
    List<String[]> files = spec.listing(spark).stream().map(f -> f.split("\t")).toList();
    CompressionCodecFactory codecs = new CompressionCodecFactory(jsc.hadoopConfiguration());
    Map<Boolean, List<String[]>> bySplit = files.stream()
        .collect(Collectors.partitioningBy(f -> splittable(codecs.getCodec(new Path(f[0])))));
    List<String[]> split = bySplit.get(true);
    List<String[]> whole = bySplit.get(false);
    JavaRDD<RawRecord> records = jsc.emptyRDD();
    if (!split.isEmpty()) {
      long bytes = split.stream().mapToLong(f -> Long.parseLong(f[1])).sum();
      records = records.union(SplitJsonLinesReader.read(jsc, paths(spec, split, files),
          SplitJsonLinesReader.maxSplitBytes(spark, bytes, split.size()), spec.columns()));
    }
    if (!whole.isEmpty()) {
      records = records.union(readWhole(jsc, paths(spec, whole, files), spec));
    }
    return records;
  }

  /** Hadoop's own test ({@code TextInputFormat.isSplitable}): no codec, or one that can start mid-file. */
  private static boolean splittable(CompressionCodec codec) {
    return codec == null || codec instanceof SplittableCompressionCodec;
  }

  /**
   * The input as given when a group is all of it, else the group's files listed: a listed name is read
   * as a glob again, so the user's own path is the safer one whenever it will do.
   */
  private static String paths(CorpusSpec spec, List<String[]> group, List<String[]> all) {
    return group.size() == all.size() ? spec.input() : group.stream().map(f -> f[0]).collect(Collectors.joining(","));
  }

  private static JavaRDD<RawRecord> readWhole(JavaSparkContext jsc, String paths, CorpusSpec spec) {
    InputFormat format = spec.format();
    ColumnMapping columns = spec.columns();
    return jsc.binaryFiles(paths, jsc.defaultParallelism())
        .mapPartitions(files -> new FileRecords(files, format, columns));
  }

  /** Flattens a partition's files into records, decompressing each by its extension. */
  private static final class FileRecords implements Iterator<RawRecord> {
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private final CorpusFileReader reader;
    private final CompressionCodecFactory codecs = new CompressionCodecFactory(new Configuration());
    private Iterator<RawRecord> current = java.util.Collections.emptyIterator();
    private InputStream open;

    FileRecords(Iterator<Tuple2<String, PortableDataStream>> files, InputFormat format, ColumnMapping columns) {
      this.files = files;
      this.reader = CorpusFileReader.of(format, columns);
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        closeOpen();
        if (!files.hasNext()) {
          return false;
        }
        Tuple2<String, PortableDataStream> file = files.next();
        current = openFile(file._1(), file._2());
      }
      return true;
    }

    @Override
    public RawRecord next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return current.next();
    }

    private Iterator<RawRecord> openFile(String name, PortableDataStream stream) {
      try {
        InputStream in = stream.open();
        CompressionCodec codec = codecs.getCodec(new Path(name));
        open = codec == null ? in : codec.createInputStream(in);
        return reader.read(name, open);
      } catch (IOException | RuntimeException e) {
        return List.of(RawRecord.failed(name, null, null, null, org.borderwatch.ingest.RejectReason.UNREADABLE_FILE,
            "cannot open: " + e.getClass().getSimpleName() + ": " + e.getMessage())).iterator();
      }
    }

    private void closeOpen() {
      if (open != null) {
        try {
          open.close();
        } catch (IOException ignored) {
          // the file has been read; a failing close loses nothing
        }
        open = null;
      }
    }
  }

  private static JavaRDD<RawRecord> readParquet(SparkSession spark, CorpusSpec spec) {
    Dataset<Row> df = spark.read().parquet(spec.input());
    Set<String> present = Set.of(df.columns());
    ColumnMapping m = spec.columns();
    List<Column> fields = new ArrayList<>(List.of(
        col("_metadata.file_path").as("f"), col("_metadata.row_index").plus(1).as("n")));
    for (String c : Arrays.asList(m.id(), m.url(), m.title(), m.text(), m.published(), m.source(), m.language())) {
      fields.add(present.contains(c) ? col(c).cast("string") : lit(null).cast("string"));
    }
    fields.add(functions.to_json(functions.struct(Arrays.stream(df.columns()).map(functions::col).toArray(Column[]::new))));
    return df.select(fields.toArray(Column[]::new)).toJavaRDD().map(r -> new RawRecord(
        r.getString(0), null, r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
        r.getString(6), r.getString(7), r.getString(8), r.getString(9), null, null));
  }
}
