package org.borderwatch.io;

import java.util.stream.Collectors;

/** Markdown reference of the output tables, generated from {@link Schemas}; the README embeds it verbatim. */
public final class SchemaDocs {
  private SchemaDocs() {}

  public static String markdown(TableSchema table) {
    StringBuilder sb = new StringBuilder();
    sb.append("#### `").append(table.name()).append("`\n\n").append(capitalise(table.description())).append('.');
    if (!table.partitionBy().isEmpty()) {
      sb.append(" Partitioned by `").append(String.join("`, `", table.partitionBy())).append("`.");
    }
    sb.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
    for (ColumnSpec c : table.columns()) {
      sb.append("| `").append(c.name()).append("` | ").append(c.sqlType().replace("|", "\\|")).append(" | ")
          .append(c.nullable() ? "yes" : "no").append(" | ").append(c.doc().replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }

  public static String markdown(Iterable<TableSchema> tables) {
    return java.util.stream.StreamSupport.stream(tables.spliterator(), false).map(SchemaDocs::markdown)
        .collect(Collectors.joining("\n"));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
