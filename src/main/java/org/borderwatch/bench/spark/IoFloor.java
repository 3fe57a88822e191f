package org.borderwatch.bench.spark;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmark's I/O floor: read a JSON Lines corpus with Spark's own (splitting) reader, hash each
 * text as ingest does for its content hash, and write it back as Parquet, no parsing beyond JSON and
 * no NLP. Any pipeline over the same corpus costs at least this.
 */
public final class IoFloor {
  private static final StructType CORPUS = new StructType()
      .add("id", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("published", DataTypes.StringType)
      .add("source", DataTypes.StringType);

  private IoFloor() {}

  public static void run(SparkSession spark, String corpus, String target, String compression) {
    spark.sparkContext().setJobDescription("bench: I/O floor over " + corpus);
    try {
      spark.read().schema(CORPUS).json(corpus)
          .withColumn("text_sha256", functions.sha2(functions.col("text"), 256))
          .write().mode(SaveMode.Overwrite).option("compression", compression).parquet(target);
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }
}
