package org.borderwatch.io;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.DataTypes;

/** One documented column of an output table: the single place its name, type and meaning are written. */
public record ColumnSpec(String name, DataType type, boolean nullable, String doc) {

  public StructField field() {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** Type as users see it in Spark SQL / DuckDB, e.g. {@code string}, {@code array<string>}. */
  public String sqlType() {
    return type.simpleString();
  }
}
