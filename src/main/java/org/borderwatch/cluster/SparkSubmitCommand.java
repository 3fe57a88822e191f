package org.borderwatch.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code spark-submit} of the borderwatch jar, run as {@code java -cp <spark jars>
 * org.apache.spark.deploy.SparkSubmit} so that no Spark installation is needed, in client deploy
 * mode: the driver is the submitting JVM, bound to {@link StandaloneCluster#HOST}.
 */
public record SparkSubmitCommand(SparkDistribution spark, String master, Path appJar, String driverMemory,
    Map<String, String> sparkConf) {
  static final String SUBMIT_CLASS = "org.apache.spark.deploy.SparkSubmit";
  static final String MAIN_CLASS = "org.borderwatch.cli.Main";

  public SparkSubmitCommand {
    sparkConf = Map.copyOf(sparkConf);
  }

  public static SparkSubmitCommand of(SparkDistribution spark, String master, Path appJar, String driverMemory) {
    return new SparkSubmitCommand(spark, master, appJar, driverMemory, Map.of());
  }

  public SparkSubmitCommand withConf(String key, String value) {
    Map<String, String> conf = new LinkedHashMap<>(sparkConf);
    conf.put(key, value);
    return new SparkSubmitCommand(spark, master, appJar, driverMemory, conf);
  }

  /** The command line that runs borderwatch {@code jobArgs} ({@code run --out …}). */
  public List<String> command(List<String> jobArgs) {
    String name = "borderwatch " + (jobArgs.isEmpty() ? "" : jobArgs.get(0));
    List<String> args = new ArrayList<>(List.of("--master", master, "--deploy-mode", "client", "--class", MAIN_CLASS,
        "--name", name.trim(),
        "--conf", "spark.driver.host=" + StandaloneCluster.HOST,
        "--conf", "spark.driver.bindAddress=" + StandaloneCluster.HOST));
    new TreeMap<>(sparkConf).forEach((k, v) -> args.addAll(List.of("--conf", k + "=" + v)));
    args.add(appJar.toAbsolutePath().toString());
    args.addAll(jobArgs);
    return new JavaCommand(driverMemory, spark.classpath(), SUBMIT_CLASS, args).toList();
  }

  /** A process builder for {@link #command}, with the Spark environment set; output is the caller's to redirect. */
  public ProcessBuilder processBuilder(List<String> jobArgs) {
    ProcessBuilder builder = new ProcessBuilder(command(jobArgs));
    builder.environment().putAll(spark.environment());
    builder.environment().put("SPARK_LOCAL_IP", StandaloneCluster.HOST);
    return builder;
  }
}
