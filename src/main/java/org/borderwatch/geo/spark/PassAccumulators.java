package org.borderwatch.geo.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.borderwatch.geo.GeoNamesParser;

/**
 * One named {@link LongAccumulator} per disambiguation pass ("geo.pass.QualifierPass"), registered on the driver;
 * each partition adds its parser's {@link GeoNamesParser#passCounts()} when done, and the job logs
 * {@link #totals()} at its end.
 */
public final class PassAccumulators implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, LongAccumulator> byPass = new LinkedHashMap<>();

  public PassAccumulators(SparkSession spark, GeoNamesParser sample) {
    sample.passCounts().keySet().stream().sorted()
        .forEach(name -> byPass.put(name, spark.sparkContext().longAccumulator("geo.pass." + name)));
  }

  /** Adds one partition's counts (call once per partition, after its last article). */
  public void add(Map<String, Long> passCounts) {
    passCounts.forEach((name, n) -> {
      LongAccumulator acc = byPass.get(name);
      if (acc != null) {
        acc.add(n);
      }
    });
  }

  public Map<String, Long> totals() {
    Map<String, Long> out = new LinkedHashMap<>();
    byPass.forEach((name, acc) -> out.put(name, acc.value()));
    return out;
  }
}
