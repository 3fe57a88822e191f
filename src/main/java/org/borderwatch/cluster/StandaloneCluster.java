package org.borderwatch.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.borderwatch.BorderwatchException;

/**
 * A Spark standalone cluster on this machine: one Master and a few Workers, each a child JVM
 * started from a {@link SparkDistribution}, bound to the loopback address only. The daemons
 * outlive the JVM that started them; their process ids, ports and logs are kept in the cluster
 * folder so that another JVM can {@link #attach} to stop them or ask for their status.
 */
public final class StandaloneCluster {
  /** The only address the daemons, executors and drivers bind to. */
  public static final String HOST = "127.0.0.1";
  static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
  static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
  private static final String DAEMON_HEAP = "512m";
  private static final String STATE_FILE = "cluster.properties";

  private final Path dir;
  private final SparkDistribution spark;
  private final String masterUrl;
  private final URI webUi;
  private final ProcessHandle master;
  private final List<ProcessHandle> workers;

  private StandaloneCluster(Path dir, SparkDistribution spark, String masterUrl, URI webUi, ProcessHandle master,
      List<ProcessHandle> workers) {
    this.dir = dir;
    this.spark = spark;
    this.masterUrl = masterUrl;
    this.webUi = webUi;
    this.master = master;
    this.workers = List.copyOf(workers);
  }

  /**
   * Starts a Master, waits until it answers, then starts the Workers (without waiting for them to
   * register: see {@link #awaitWorkers}). Stops whatever it started when a daemon fails to come up.
   */
  public static StandaloneCluster start(SparkDistribution spark, Path dir, ClusterSettings settings) {
    Path root = dir.toAbsolutePath().normalize();
    Optional<StandaloneCluster> running = attach(root);
    if (running.isPresent()) {
      throw new BorderwatchException("a cluster already runs from " + root + " at " + running.get().masterUrl()
          + "; stop it first");
    }
    String masterUrl = "spark://" + HOST + ":" + settings.port();
    URI webUi = URI.create("http://" + HOST + ":" + settings.webUiPort() + "/");
    List<ProcessHandle> started = new ArrayList<>();
    try {
      Process master = launch(spark, root, "master", new JavaCommand(DAEMON_HEAP, spark.classpath(), MASTER_CLASS,
          List.of("--host", HOST, "--port", String.valueOf(settings.port()),
              "--webui-port", String.valueOf(settings.webUiPort()))));
      started.add(master.toHandle());
      awaitMaster(master, webUi, root.resolve("logs/master.log"));
      List<ProcessHandle> workers = new ArrayList<>();
      for (int i = 0; i < settings.workers(); i++) {
        Path workDir = Files.createDirectories(root.resolve("work/worker-" + i));
        Process worker = launch(spark, root, "worker-" + i, new JavaCommand(DAEMON_HEAP, spark.classpath(),
            WORKER_CLASS, List.of(masterUrl, "--host", HOST, "--webui-port", String.valueOf(ClusterSettings.freePort()),
                "--cores", String.valueOf(settings.coresPerWorker()), "--memory", settings.workerMemory(),
                "--work-dir", workDir.toString())));
        started.add(worker.toHandle());
        workers.add(worker.toHandle());
      }
      StandaloneCluster cluster = new StandaloneCluster(root, spark, masterUrl, webUi, master.toHandle(), workers);
      cluster.writeState();
      return cluster;
    } catch (IOException | RuntimeException e) {
      started.forEach(StandaloneCluster::terminate);
      throw new BorderwatchException("cannot start a standalone cluster in " + root + ": " + e.getMessage(), e);
    }
  }

  /** The cluster started from {@code dir}, when its Master still runs. */
  public static Optional<StandaloneCluster> attach(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    Path state = root.resolve(STATE_FILE);
    if (!Files.isRegularFile(state)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(state)) {
      p.load(in);
    } catch (IOException e) {
      throw new BorderwatchException("cannot read " + state + ": " + e.getMessage(), e);
    }
    Optional<ProcessHandle> master = running(p.getProperty("master.pid"), MASTER_CLASS);
    if (master.isEmpty()) {
      return Optional.empty();
    }
    List<ProcessHandle> workers = new ArrayList<>();
    int n = Integer.parseInt(p.getProperty("workers", "0"));
    for (int i = 0; i < n; i++) {
      running(p.getProperty("worker." + i + ".pid"), WORKER_CLASS).ifPresent(workers::add);
    }
    return Optional.of(new StandaloneCluster(root, new SparkDistribution(Path.of(p.getProperty("spark.home"))),
        p.getProperty("master.url"), URI.create(p.getProperty("master.webui")), master.get(), workers));
  }

  public String masterUrl() {
    return masterUrl;
  }

  public URI webUi() {
    return webUi;
  }

  public SparkDistribution spark() {
    return spark;
  }

  public Path dir() {
    return dir;
  }

  /** The {@code i}-th Worker's process; its executors are its child processes. */
  public ProcessHandle worker(int i) {
    return workers.get(i);
  }

  /** The {@code i}-th Worker's work folder, where each executor keeps its logs in {@code app-<id>/<executor id>/}. */
  public Path workDir(int i) {
    return dir.resolve("work/worker-" + i);
  }

  public MasterStatus status() throws IOException {
    return MasterStatus.fetch(webUi);
  }

  /** Waits until every Worker has registered with the Master. */
  public MasterStatus awaitWorkers(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      for (int i = 0; i < workers.size(); i++) {
        if (!workers.get(i).isAlive()) {
          throw new BorderwatchException("worker " + i + " exited; see " + dir.resolve("logs/worker-" + i + ".log"));
        }
      }
      try {
        MasterStatus status = status();
        if (status.aliveWorkers() >= workers.size()) {
          return status;
        }
        last = status.aliveWorkers() + " of " + workers.size() + " workers registered";
      } catch (IOException e) {
        last = e.getMessage();
      }
      pause();
    }
    throw new BorderwatchException("workers did not register within " + timeout + " (" + last + "); see "
        + dir.resolve("logs"));
  }

  /** Stops the Workers (and their executors), then the Master, and forgets the cluster. */
  public void stop() {
    workers.forEach(StandaloneCluster::terminate);
    terminate(master);
    try {
      Files.deleteIfExists(dir.resolve(STATE_FILE));
    } catch (IOException e) {
      throw new BorderwatchException("cluster stopped, but " + dir.resolve(STATE_FILE) + " remains: " + e.getMessage(), e);
    }
  }

  private static Process launch(SparkDistribution spark, Path root, String name, JavaCommand command)
      throws IOException {
    Path log = Files.createDirectories(root.resolve("logs")).resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command.toList())
        .directory(root.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(spark.environment());
    // no lookup of the machine's outward address, in the daemons or the executors they launch
    builder.environment().put("SPARK_LOCAL_IP", HOST);
    return builder.start();
  }

  private static void awaitMaster(Process master, URI webUi, Path log) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!master.isAlive()) {
        throw new BorderwatchException("the master exited with code " + master.exitValue() + "; see " + log);
      }
      try {
        MasterStatus.fetch(webUi);
        return;
      } catch (IOException e) {
        pause();
      }
    }
    throw new BorderwatchException("the master did not answer at " + webUi + " within 60 s; see " + log);
  }

  private void writeState() throws IOException {
    Properties p = new Properties();
    p.setProperty("master.url", masterUrl);
    p.setProperty("master.webui", webUi.toString());
    p.setProperty("master.pid", String.valueOf(master.pid()));
    p.setProperty("spark.home", spark.home().toString());
    p.setProperty("workers", String.valueOf(workers.size()));
    for (int i = 0; i < workers.size(); i++) {
      p.setProperty("worker." + i + ".pid", String.valueOf(workers.get(i).pid()));
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(STATE_FILE))) {
      p.store(out, "standalone cluster started by borderwatch");
    }
  }

  /** A recorded process id, if that process still runs the expected daemon (ids get reused). */
  private static Optional<ProcessHandle> running(String pid, String mainClass) {
    if (pid == null) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid))
        .filter(ProcessHandle::isAlive)
        .filter(h -> h.info().commandLine().map(c -> c.contains(mainClass)).orElse(false));
  }

  /** Asks a daemon and its descendants to stop, and forces them after a grace period. */
  private static void terminate(ProcessHandle process) {
    List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
    family.add(process);
    family.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : family) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      } catch (ExecutionException | TimeoutException e) {
        p.destroyForcibly();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BorderwatchException("interrupted while waiting for the cluster");
    }
  }
}
