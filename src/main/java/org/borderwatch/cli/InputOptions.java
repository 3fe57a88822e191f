package org.borderwatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.borderwatch.ingest.spark.IngestMode;
import picocli.CommandLine.Option;

/** Where the corpus is and how to read it. */
public final class InputOptions {
  @Option(names = "--input", paramLabel = "PATH",
      description = "corpus file, folder or glob (local, hdfs://, s3a://); default for `run`: the sample bundled in the jar")
  String input;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "jsonl, csv, parquet or text; default: guessed from the file extension")
  String format;

  @Option(names = "--column", paramLabel = "FIELD=NAME",
      description = "input column name for a field (id, url, title, text, published, source, language); repeatable, e.g. --column text=body")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--incremental",
      description = "add to an existing output root: read only input files not ingested before, process only new or "
          + "changed articles, rewrite only the partitions they touch")
  boolean incremental;

  IngestMode mode() {
    return incremental ? IngestMode.INCREMENTAL : IngestMode.FULL;
  }
}
