package org.borderwatch.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/** JSON Lines read whole, one file per task: lines are numbered. */
final class JsonLinesReader implements CorpusFileReader {
  private final JsonLineParser parser;

  JsonLinesReader(ColumnMapping columns) {
    this.parser = new JsonLineParser(columns);
  }

  @Override
  public Iterator<RawRecord> read(String file, InputStream in) {
    LineSplitter lines = new LineSplitter(new BufferedInputStream(in, 1 << 16));
    return new RecordIterator() {
      @Override
      protected RawRecord advance() {
        try {
          RawRecord record = null;
          InputLine line;
          while (record == null && (line = lines.next()) != null) {
            record = parser.parse(file, line);
          }
          return record;
        } catch (IOException e) {
          return unreadable(file, e);
        }
      }
    };
  }

  static RawRecord unreadable(String file, IOException e) {
    return RawRecord.failed(file, null, null, null, RejectReason.UNREADABLE_FILE,
        "file could not be read to the end: " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }
}
