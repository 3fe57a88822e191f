package org.borderwatch.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every job takes: where Spark runs and configuration overrides. */
public final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[*], spark://host:7077, yarn, k8s://…); default: the one spark-submit gives, else local[*]")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "a borderwatch.* or spark.* setting; repeatable; overrides --conf-file")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--conf-file", paramLabel = "FILE",
      description = "Java properties file of borderwatch.* and spark.* settings")
  Path confFile;
}
