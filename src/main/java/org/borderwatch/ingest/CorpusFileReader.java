package org.borderwatch.ingest;

import java.io.InputStream;
import java.util.Iterator;

/**
 * Reads one decompressed corpus file as a stream of records, lazily, so files larger than memory
 * pass through. A read failure part-way becomes a final {@link RejectReason#UNREADABLE_FILE}
 * record rather than an exception.
 */
public interface CorpusFileReader {
  Iterator<RawRecord> read(String file, InputStream in);

  static CorpusFileReader of(InputFormat format, ColumnMapping columns) {
    switch (format) {
      case JSONL: return new JsonLinesReader(columns);
      case CSV: return new CsvReader(columns);
      case TEXT: return new TextFileReader();
      default: throw new IllegalArgumentException(format + " is read by Spark's own reader, not per file");
    }
  }
}
