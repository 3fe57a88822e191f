package org.borderwatch.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.BorderwatchException;
import org.borderwatch.cluster.ClusterSettings;
import org.borderwatch.cluster.MasterStatus;
import org.borderwatch.cluster.SparkDistribution;
import org.borderwatch.cluster.SparkSubmitCommand;
import org.borderwatch.cluster.StandaloneCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code borderwatch cluster}: a Spark standalone cluster on this machine (loopback only), started
 * from the same Spark jars the build uses or from {@code SPARK_HOME}, for trying the jar the way a
 * cluster runs it.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Start, inspect, use and stop a Spark standalone cluster on 127.0.0.1 (a Master and Workers).",
    subcommands = {ClusterCommand.Start.class, ClusterCommand.Status.class, ClusterCommand.Submit.class,
        ClusterCommand.Stop.class})
final class ClusterCommand implements Runnable {
  static final String DEFAULT_DIR = "./borderwatch-cluster";

  @Override
  public void run() {
    throw new Main.UsageException("name a subcommand: start, status, submit or stop");
  }

  /** The folder that holds a cluster's state, logs and Worker work folders. */
  static final class ClusterDir {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
        description = "cluster folder: state, logs, worker work folders; default: ${DEFAULT-VALUE}")
    Path dir;

    StandaloneCluster attach() {
      return StandaloneCluster.attach(dir)
          .orElseThrow(() -> new Main.UsageException("no cluster runs from " + dir.toAbsolutePath().normalize()));
    }
  }

  @Command(name = "start", mixinStandardHelpOptions = true,
      description = "Start a Master and Workers in the background and wait until the Workers have registered.")
  static final class Start implements Callable<Integer> {
    @Mixin ClusterDir where;

    @Option(names = "--workers", defaultValue = "2", description = "number of Workers; default: ${DEFAULT-VALUE}")
    int workers;

    @Option(names = "--cores", defaultValue = "1", description = "cores per Worker; default: ${DEFAULT-VALUE}")
    int cores;

    @Option(names = "--memory", defaultValue = "2g",
        description = "memory per Worker for its executors; default: ${DEFAULT-VALUE}")
    String memory;

    @Option(names = "--port", defaultValue = "" + ClusterSettings.DEFAULT_PORT,
        description = "Master port; default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--webui-port", defaultValue = "" + ClusterSettings.DEFAULT_WEB_UI_PORT,
        description = "Master web UI port; default: ${DEFAULT-VALUE}")
    int webUiPort;

    @Option(names = "--spark-classpath", paramLabel = "FILE",
        description = "file listing the Spark jars (target/local-classpath.txt); used when SPARK_HOME is not set")
    Path sparkClasspath;

    @Override
    public Integer call() {
      ClusterSettings settings;
      try {
        settings = new ClusterSettings(port, webUiPort, workers, cores, memory);
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(e.getMessage());
      }
      Console console = Console.stdout();
      SparkDistribution spark = distribution();
      console.progress("cluster", "starting a master and " + workers + " workers from " + spark.home());
      StandaloneCluster cluster = StandaloneCluster.start(spark, where.dir, settings);
      MasterStatus status;
      try {
        status = cluster.awaitWorkers(Duration.ofSeconds(90));
      } catch (RuntimeException e) {
        cluster.stop();
        throw e;
      }
      console.line("master  " + cluster.masterUrl() + " (" + status.aliveWorkers() + " workers, "
          + status.cores() + " cores)");
      console.line("web UI  " + cluster.webUi());
      console.line("logs    " + cluster.dir().resolve("logs"));
      return 0;
    }

    private SparkDistribution distribution() {
      String sparkHome = System.getenv("SPARK_HOME");
      if (sparkHome != null && !sparkHome.isBlank()) {
        try {
          return SparkDistribution.installed(Path.of(sparkHome));
        } catch (BorderwatchException e) {
          throw new Main.UsageException("SPARK_HOME: " + e.getMessage());
        }
      }
      if (sparkClasspath == null || !Files.isReadable(sparkClasspath)) {
        throw new Main.UsageException("set SPARK_HOME or give --spark-classpath FILE (a readable list of Spark jars)");
      }
      return SparkDistribution.assemble(sparkClasspath, where.dir.resolve("spark-home"));
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Print the Master's URL, its Workers and its applications; exit code 2 when no cluster runs.")
  static final class Status implements Callable<Integer> {
    @Mixin ClusterDir where;

    @Override
    public Integer call() throws IOException {
      StandaloneCluster cluster = where.attach();
      MasterStatus status = cluster.status();
      Console console = Console.stdout();
      console.line("master        " + cluster.masterUrl() + " (" + status.state() + ")");
      console.line("web UI        " + cluster.webUi());
      console.line("workers       " + status.aliveWorkers() + " alive, " + status.coresUsed() + " of "
          + status.cores() + " cores in use");
      console.line("running apps  " + (status.activeApps().isEmpty() ? "none" : String.join(", ", status.activeApps())));
      console.line("finished apps " + status.completedApps().size());
      return 0;
    }
  }

  @Command(name = "submit", mixinStandardHelpOptions = true,
      description = "Submit a borderwatch job to the running cluster (client deploy mode): "
          + "borderwatch cluster submit [options] -- JOB [job options]")
  static final class Submit implements Callable<Integer> {
    @Mixin ClusterDir where;

    @Option(names = "--driver-memory", defaultValue = "2g", description = "driver heap; default: ${DEFAULT-VALUE}")
    String driverMemory;

    @Option(names = "--jar", paramLabel = "JAR",
        description = "the borderwatch jar to submit; default: the jar this command runs from")
    Path jar;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", description = "a spark-submit --conf; repeatable")
    Map<String, String> sparkConf = new LinkedHashMap<>();

    @Parameters(arity = "1..*", paramLabel = "JOB", description = "the job and its options, after --")
    List<String> job;

    @Override
    public Integer call() throws IOException, InterruptedException {
      StandaloneCluster cluster = where.attach();
      SparkSubmitCommand submit = new SparkSubmitCommand(cluster.spark(), cluster.masterUrl(), appJar(),
          driverMemory, sparkConf);
      Process process = submit.processBuilder(job).inheritIO().start();
      return process.waitFor();
    }

    private Path appJar() {
      if (jar != null) {
        return jar;
      }
      try {
        Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(self)) {
          throw new Main.UsageException("not running from a jar (" + self + "): give --jar");
        }
        return self;
      } catch (URISyntaxException e) {
        throw new Main.UsageException("cannot tell which jar this is: give --jar");
      }
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true,
      description = "Stop the Workers, their executors and the Master.")
  static final class Stop implements Callable<Integer> {
    @Mixin ClusterDir where;

    @Override
    public Integer call() {
      StandaloneCluster cluster = where.attach();
      cluster.stop();
      Console.stdout().line("stopped the cluster at " + cluster.masterUrl());
      return 0;
    }
  }
}
