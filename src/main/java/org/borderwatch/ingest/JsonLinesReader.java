package org.borderwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/** JSON Lines: one JSON object per line; blank lines are not records. */
final class JsonLinesReader implements CorpusFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ColumnMapping columns;

  JsonLinesReader(ColumnMapping columns) {
    this.columns = columns;
  }

  @Override
  public Iterator<RawRecord> read(String file, InputStream in) {
    LineSplitter lines = new LineSplitter(new BufferedInputStream(in, 1 << 16));
    return new RecordIterator() {
      @Override
      protected RawRecord advance() {
        try {
          LineSplitter.Line line;
          do {
            line = lines.next();
          } while (line != null && line.text().isBlank());
          return line == null ? null : parse(file, line);
        } catch (IOException e) {
          return unreadable(file, e);
        }
      }
    };
  }

  private RawRecord parse(String file, LineSplitter.Line line) {
    long n = line.number();
    if (!line.valid()) {
      return RawRecord.failed(file, n, line.text(), RejectReason.INVALID_UTF8, "line is not valid UTF-8");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      return RawRecord.failed(file, n, line.text(), RejectReason.MALFORMED_JSON, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return RawRecord.failed(file, n, line.text(), RejectReason.MALFORMED_JSON, "line is not a JSON object");
    }
    for (String column : new String[] {columns.text(), columns.published(), columns.url(), columns.title()}) {
      JsonNode v = node.get(column);
      if (v != null && v.isContainerNode()) {
        return RawRecord.failed(file, n, line.text(), RejectReason.MALFORMED_JSON,
            "field '" + column + "' is " + (v.isArray() ? "an array" : "an object") + ", expected a string");
      }
    }
    return new RawRecord(file, n, str(node, columns.id()), str(node, columns.url()), str(node, columns.title()),
        str(node, columns.text()), str(node, columns.published()), str(node, columns.source()),
        str(node, columns.language()), line.text(), null, null);
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  static RawRecord unreadable(String file, IOException e) {
    return RawRecord.failed(file, null, null, RejectReason.UNREADABLE_FILE,
        "file could not be read to the end: " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }
}
