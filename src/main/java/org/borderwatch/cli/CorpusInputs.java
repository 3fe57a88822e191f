package org.borderwatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusReader;
import org.borderwatch.ingest.spark.CorpusSpec;

/** Turns {@link InputOptions} into a {@link CorpusSpec}, placing the bundled sample where executors can read it. */
final class CorpusInputs {
  static final String SAMPLE_RESOURCE = "/borderwatch/sample/corpus.jsonl";

  private CorpusInputs() {}

  static CorpusSpec resolve(InputOptions options, BorderwatchConf conf, SparkSession spark, String outRoot,
      boolean sampleIfMissing) {
    java.util.Map<String, String> mapping = new java.util.LinkedHashMap<>(conf.withPrefix(ConfKeys.INPUT_COLUMN_PREFIX));
    mapping.putAll(options.columns);
    ColumnMapping columns;
    try {
      columns = ColumnMapping.of(mapping);
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
    String input = options.input;
    if (input == null) {
      if (!sampleIfMissing) {
        throw new Main.UsageException("--input is required");
      }
      input = placeSample(spark, outRoot);
    }
    try {
      List<String> files = CorpusReader.fingerprint(spark, input);
      InputFormat format = options.format != null ? InputFormat.parse(options.format) : guess(files, input);
      return new CorpusSpec(input, format, columns, files);
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }

  /**
   * The format the matched files' extensions agree on (a folder or glob of {@code .jsonl.gz} files is
   * JSON Lines), else the input path's own extension.
   */
  private static InputFormat guess(List<String> files, String input) {
    java.util.Set<InputFormat> byFile = new java.util.HashSet<>();
    for (String file : files) {
      try {
        byFile.add(InputFormat.guess(file.split("\\t", 2)[0]));
      } catch (BorderwatchException unknownExtension) {
        return InputFormat.guess(input);
      }
    }
    return byFile.size() == 1 ? byFile.iterator().next() : InputFormat.guess(input);
  }

  /**
   * Copies the sample corpus out of the jar into {@code <out>/_sample/}, on the output file system,
   * so that executors on a cluster read it the same way they read any corpus.
   */
  private static String placeSample(SparkSession spark, String outRoot) {
    Path target = new Path(outRoot + "/_sample/corpus.jsonl");
    try (InputStream in = CorpusInputs.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new BorderwatchException("the sample corpus " + SAMPLE_RESOURCE + " is missing from the jar");
      }
      byte[] sample = in.readAllBytes();
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!sameContent(fs, target, sample)) {
        // rewritten only when it changed, so the input fingerprint (and the run id) stays stable
        try (OutputStream out = fs.create(target, true)) {
          out.write(sample);
        }
      }
      return fs.makeQualified(target).toString();
    } catch (IOException e) {
      throw new BorderwatchException("cannot place the sample corpus at " + target + ": " + e.getMessage(), e);
    }
  }

  private static boolean sameContent(FileSystem fs, Path path, byte[] expected) throws IOException {
    if (!fs.exists(path) || fs.getFileStatus(path).getLen() != expected.length) {
      return false;
    }
    try (InputStream in = fs.open(path)) {
      return java.util.Arrays.equals(in.readAllBytes(), expected);
    }
  }
}
