package org.borderwatch.ingest.spark;

import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.JsonLineParser;
import org.borderwatch.ingest.LineDecoder;
import org.borderwatch.ingest.RawRecord;
import org.borderwatch.ingest.RecordIterator;
import org.borderwatch.ingest.RejectReason;
import scala.Tuple2;

/**
 * Reads JSON Lines files that can be split (uncompressed, bzip2) with Hadoop's line reader, many
 * tasks per large file. Hadoop gives each line to exactly one split (every split but the first
 * skips to the end of its first line, which the split before reads on past its own end to finish),
 * keys it with its position (the byte offset for uncompressed files) and drops a byte order mark at
 * the file's start. Lines are then parsed as in whole-file reads ({@link JsonLineParser}); their
 * number is unknown, since a split does not see the lines before it.
 */
final class SplitJsonLinesReader {
  /** Hadoop's default also ends a line at a lone {@code \r}; whole-file reads end lines only at {@code \n}. */
  private static final String RECORD_DELIMITER = "textinputformat.record.delimiter";

  private SplitJsonLinesReader() {}

  /** Reads {@code paths} (comma-separated, as Hadoop takes them) in splits of at most {@code maxSplitBytes}. */
  @SuppressWarnings("unchecked")
  static JavaRDD<RawRecord> read(JavaSparkContext jsc, String paths, long maxSplitBytes, ColumnMapping columns) {
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set(RECORD_DELIMITER, "\n");
    conf.setLong(FileInputFormat.SPLIT_MAXSIZE, maxSplitBytes);
    conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
        paths, TextInputFormat.class, LongWritable.class, Text.class, conf);
    return lines.mapPartitionsWithInputSplit(
        (split, records) -> new SplitRecords((FileSplit) split, records, new JsonLineParser(columns)), false);
  }

  /**
   * Split size as Spark's own file sources choose it, so a corpus is read by as many tasks as the
   * I/O floor's: the total bytes (each file counting {@code spark.sql.files.openCostInBytes} more)
   * spread over the default parallelism, at least the open cost and at most
   * {@code spark.sql.files.maxPartitionBytes}. Hadoop also caps a split at the file's block size.
   */
  static long maxSplitBytes(SparkSession spark, long totalBytes, int files) {
    SQLConf conf = spark.sessionState().conf();
    long openCost = conf.filesOpenCostInBytes();
    long perCore = (totalBytes + openCost * files) / Math.max(1, spark.sparkContext().defaultParallelism());
    return Math.min(conf.filesMaxPartitionBytes(), Math.max(openCost, perCore));
  }

  /** One split's lines as records; a read failure ends the split with an UNREADABLE_FILE record. */
  private static final class SplitRecords extends RecordIterator {
    private final String file;
    private final long start;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final JsonLineParser parser;
    private final LineDecoder decoder = new LineDecoder();

    SplitRecords(FileSplit split, Iterator<Tuple2<LongWritable, Text>> lines, JsonLineParser parser) {
      this.file = split.getPath().toString();
      this.start = split.getStart();
      this.lines = lines;
      this.parser = parser;
    }

    @Override
    protected RawRecord advance() {
      try {
        RawRecord record = null;
        while (record == null && lines.hasNext()) {
          Tuple2<LongWritable, Text> line = lines.next();
          Text bytes = line._2();
          record = parser.parse(file, decoder.decode(null, line._1().get(), bytes.getBytes(), 0, bytes.getLength()));
        }
        return record;
      } catch (Exception e) { // Hadoop's IOException comes through a Scala iterator, undeclared
        return RawRecord.failed(file, null, null, null, RejectReason.UNREADABLE_FILE, "the split from byte " + start
            + " could not be read to its end: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
