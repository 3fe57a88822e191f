package org.borderwatch.io;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * An output table: its folder name under the output root, its columns in order, the column it is
 * partitioned by (a Hive-style folder per value) and a one-line description for the README.
 */
public record TableSchema(String name, String description, List<ColumnSpec> columns, List<String> partitionBy) {

  public TableSchema {
    columns = List.copyOf(columns);
    partitionBy = List.copyOf(partitionBy);
    for (String p : partitionBy) {
      if (columns.stream().noneMatch(c -> c.name().equals(p))) {
        throw new IllegalArgumentException("partition column " + p + " is not a column of " + name);
      }
    }
  }

  public StructType struct() {
    return new StructType(columns.stream().map(ColumnSpec::field).toArray(org.apache.spark.sql.types.StructField[]::new));
  }

  public ColumnSpec column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
  }

  public int index(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + columnName + " in table " + name);
  }

  public String[] columnNames() {
    return columns.stream().map(ColumnSpec::name).toArray(String[]::new);
  }
}
