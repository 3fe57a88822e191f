package org.borderwatch.ingest.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;

/**
 * What to ingest: a path or glob, its format and its column names, and, once listed, the files it
 * matched ({@link CorpusReader#fingerprint} lines), so a run lists a large corpus only once.
 */
public record CorpusSpec(String input, InputFormat format, ColumnMapping columns, List<String> files)
    implements Serializable {

  public CorpusSpec {
    files = files == null ? null : List.copyOf(files);
  }

  /** A corpus not listed yet. */
  public CorpusSpec(String input, InputFormat format, ColumnMapping columns) {
    this(input, format, columns, null);
  }

  /** The matched files with size and modification time, listed now if they were not before. */
  public List<String> listing(SparkSession spark) {
    return files != null ? files : CorpusReader.fingerprint(spark, input);
  }
}
