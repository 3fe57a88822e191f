package org.borderwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON Lines line to a record, the same whichever way the file was read (whole or split across
 * tasks): a blank line is no record; a line that is not UTF-8 or not a JSON object, or whose text,
 * date, URL or title is an object or array, is a failed record with the reason.
 */
public final class JsonLineParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ColumnMapping columns;

  public JsonLineParser(ColumnMapping columns) {
    this.columns = columns;
  }

  /** The record on {@code line} of {@code file}, or null when the line is blank. */
  public RawRecord parse(String file, InputLine line) {
    if (line.text().isBlank()) {
      return null;
    }
    if (!line.valid()) {
      return failed(file, line, RejectReason.INVALID_UTF8, "line is not valid UTF-8");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      return failed(file, line, RejectReason.MALFORMED_JSON, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return failed(file, line, RejectReason.MALFORMED_JSON, "line is not a JSON object");
    }
    for (String column : new String[] {columns.text(), columns.published(), columns.url(), columns.title()}) {
      JsonNode v = node.get(column);
      if (v != null && v.isContainerNode()) {
        return failed(file, line, RejectReason.MALFORMED_JSON,
            "field '" + column + "' is " + (v.isArray() ? "an array" : "an object") + ", expected a string");
      }
    }
    return new RawRecord(file, line.offset(), line.number(), str(node, columns.id()), str(node, columns.url()),
        str(node, columns.title()), str(node, columns.text()), str(node, columns.published()),
        str(node, columns.source()), str(node, columns.language()), line.text(), null, null);
  }

  private static RawRecord failed(String file, InputLine line, RejectReason reason, String detail) {
    return RawRecord.failed(file, line.offset(), line.number(), line.text(), reason, detail);
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }
}
