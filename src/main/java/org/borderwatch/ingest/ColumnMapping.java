package org.borderwatch.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.borderwatch.BorderwatchException;

/** Which input column holds each article field; defaults to the field's own name. */
public record ColumnMapping(String id, String url, String title, String text, String published, String source,
    String language) implements Serializable {

  public static final Set<String> FIELDS = Set.of("id", "url", "title", "text", "published", "source", "language");

  public static ColumnMapping defaults() {
    return of(Map.of());
  }

  /** Builds a mapping from {@code field -> column name} overrides; unknown fields are an error. */
  public static ColumnMapping of(Map<String, String> overrides) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String f : FIELDS) {
      m.put(f, f);
    }
    overrides.forEach((field, column) -> {
      if (!FIELDS.contains(field)) {
        throw new BorderwatchException("unknown input field '" + field + "' in column mapping; expected one of "
            + new java.util.TreeSet<>(FIELDS));
      }
      if (column == null || column.isBlank()) {
        throw new BorderwatchException("empty column name for input field '" + field + "'");
      }
      m.put(field, column.trim());
    });
    return new ColumnMapping(m.get("id"), m.get("url"), m.get("title"), m.get("text"), m.get("published"),
        m.get("source"), m.get("language"));
  }
}
