package org.borderwatch.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.io.spark.NioLocalFileSystem;
import org.borderwatch.io.spark.TableStore;

/**
 * The Spark session, configuration and table store of one job, opened from the common options.
 * {@code spark.*} keys of {@code --conf}/{@code --conf-file} go to Spark; the rest to borderwatch.
 */
public final class JobSession implements AutoCloseable {
  private static final String PARALLEL_LISTING_THRESHOLD = "spark.sql.sources.parallelPartitionDiscovery.threshold";

  private final SparkSession spark;
  private final BorderwatchConf conf;
  private final TableStore store;
  private final boolean ownsSession;

  private JobSession(SparkSession spark, BorderwatchConf conf, TableStore store, boolean ownsSession) {
    this.spark = spark;
    this.conf = conf;
    this.store = store;
    this.ownsSession = ownsSession;
  }

  public static JobSession open(String appName, SparkOptions sparkOptions, String outRoot) {
    BorderwatchConf all = BorderwatchConf.load(sparkOptions.confFile, sparkOptions.conf);
    SparkConf sparkConf = new SparkConf();
    Map<String, String> borderwatch = new LinkedHashMap<>();
    all.asMap().forEach((k, v) -> {
      if (k.startsWith("spark.")) {
        sparkConf.set(k, v);
      } else {
        borderwatch.put(k, v);
      }
    });
    if (sparkOptions.master != null) {
      sparkConf.setMaster(sparkOptions.master);
    } else if (!sparkConf.contains("spark.master")) {
      sparkConf.setMaster("local[*]");
    }
    if (sparkConf.get("spark.master").startsWith("local")) {
      // a local run talks only to itself: no lookup of the machine's outward address
      sparkConf.setIfMissing("spark.driver.host", "127.0.0.1");
      sparkConf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      // listing a table's date folders through a Spark job (Spark does so past 32 folders) runs its tasks in this
      // very JVM: one task per folder, each costing more than listing the folder itself on the driver
      sparkConf.setIfMissing(PARALLEL_LISTING_THRESHOLD, String.valueOf(Integer.MAX_VALUE));
    }
    if (System.console() != null) {
      // a person is watching: show Spark's stage progress bar
      sparkConf.setIfMissing("spark.ui.showConsoleProgress", "true");
    }
    sparkConf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    sparkConf.setIfMissing("spark.app.name", "borderwatch " + appName);
    sparkConf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // a job called inside an application that already has a session (a notebook, a test) uses it and leaves it running
    boolean owns = SparkSession.getDefaultSession().isEmpty() && SparkSession.getActiveSession().isEmpty();
    SparkSession spark = SparkSession.builder().config(sparkConf).getOrCreate();
    BorderwatchConf conf = BorderwatchConf.load(null, borderwatch);
    TableStore store = new TableStore(spark, outRoot,
        conf.get(ConfKeys.PARQUET_COMPRESSION, ConfKeys.PARQUET_COMPRESSION_DEFAULT));
    return new JobSession(spark, conf, store, owns);
  }

  public SparkSession spark() {
    return spark;
  }

  public BorderwatchConf conf() {
    return conf;
  }

  public TableStore store() {
    return store;
  }

  @Override
  public void close() {
    if (ownsSession) {
      spark.stop();
    }
  }
}
