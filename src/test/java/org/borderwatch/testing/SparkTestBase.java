package org.borderwatch.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.junit.jupiter.api.BeforeAll;

/**
 * One {@code local[2]} session shared by every Spark test in the JVM: UI off, loopback host,
 * UTC, few shuffle partitions. Tests never stop it.
 */
public abstract class SparkTestBase {
  /** Marks a cell whose value a row comparison skips. */
  public static final Object ANY = new Object() {
    @Override
    public String toString() {
      return "ANY";
    }
  };

  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = session();
  }

  public static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder()
          .master("local[2]")
          .appName("borderwatch-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return spark;
  }

  protected static List<Row> sql(String query, Object... args) {
    return spark.sql(String.format(query, args)).collectAsList();
  }

  protected static Object[] row(Object... values) {
    return values;
  }

  /** Runs {@code action} with SQL settings changed, restoring the previous values afterwards. */
  protected static void withConf(Map<String, String> conf, Runnable action) {
    SQLConf sqlConf = SQLConf.get();
    Map<String, String> previous = new HashMap<>();
    conf.forEach((k, v) -> {
      previous.put(k, sqlConf.contains(k) ? sqlConf.getConfString(k) : null);
      spark.conf().set(k, v);
    });
    try {
      action.run();
    } finally {
      previous.forEach((k, v) -> {
        if (v == null) {
          spark.conf().unset(k);
        } else {
          spark.conf().set(k, v);
        }
      });
    }
  }

  /** Rows of a dataset as arrays, for comparisons that honour {@link #ANY}. */
  protected static boolean matches(Object[] expected, Row actual) {
    if (expected.length != actual.length()) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != ANY && !java.util.Objects.equals(expected[i], actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  protected static List<Row> rows(Dataset<Row> ds) {
    return ds.collectAsList();
  }
}
