package org.borderwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar on a real Spark standalone cluster: a Master and two Workers started as separate
 * JVMs from the build's Spark jars, on 127.0.0.1 only. Each job is submitted twice with the same
 * jar, input and configuration — to the cluster and to {@code local[2]} — and every output table of
 * the two runs must hold the same rows. Needs {@code target/borderwatch.jar}, so it runs in
 * {@code mvn verify} after {@code package}.
 */
class StandaloneClusterIT extends SparkTestBase {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path JAR = TARGET.resolve("borderwatch.jar");
  private static final Path DIR = TARGET.resolve("it-cluster");
  /** Generous: on two cores busy with other builds the sample's ingest alone has taken over two minutes. */
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
  private static final String RUN_DATE = ConfKeys.RUN_DATE + "=2024-01-01";
  /** Generated corpus for the executor-kill run: enough tasks that one is running when the executor dies. */
  private static final int CORPUS_FILES = 8;
  private static final int ARTICLES_PER_FILE = 100;

  private static SparkDistribution sparkJars;
  private static StandaloneCluster cluster;
  private static Thread stopOnExit;
  private static final List<Process> submits = new ArrayList<>();

  @BeforeAll
  static void startCluster() throws IOException {
    assertThat(JAR).as("the shaded jar (mvn package builds it)").isRegularFile();
    // daemons left behind by a test JVM that was killed before it could stop them
    StandaloneCluster.attach(DIR.resolve("cluster")).ifPresent(StandaloneCluster::stop);
    deleteRecursively(DIR);
    sparkJars = SparkDistribution.assemble(TARGET.resolve("spark-classpath.txt"), DIR.resolve("spark-home"));
    cluster = StandaloneCluster.start(sparkJars, DIR.resolve("cluster"), ClusterSettings.onFreePorts(2, 1, "2g"));
    stopOnExit = new Thread(StandaloneClusterIT::stopEverything, "stop-standalone-cluster");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    MasterStatus status = cluster.awaitWorkers(Duration.ofSeconds(90));
    assertThat(status.aliveWorkers()).as("workers registered with the master").isEqualTo(2);
  }

  @AfterAll
  static void stopCluster() {
    stopEverything();
    if (stopOnExit != null) {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
  }

  private static synchronized void stopEverything() {
    submits.forEach(p -> {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    });
    if (cluster != null) {
      cluster.stop();
    }
  }

  @Test
  void bundledSampleOnTheClusterEqualsALocalRun() throws Exception {
    Path clusterOut = DIR.resolve("sample-cluster");
    Path localOut = DIR.resolve("sample-local");

    // no --input: the embedded default, which places the sample in <out>/_sample/ for the executors
    awaitSuccess(submit(cluster.masterUrl(), "sample-cluster", "run", "--out", clusterOut.toString(),
        "--conf", RUN_DATE));
    // the same input file (path, size, time) and configuration give the same run id: nothing to exclude
    Path sample = clusterOut.resolve("_sample/corpus.jsonl");
    assertThat(sample).as("sample placed by the cluster run").isRegularFile();
    awaitSuccess(submit("local[2]", "sample-local", "run", "--input", "file:" + sample, "--out", localOut.toString(),
        "--conf", RUN_DATE));

    assertSameOutput(clusterOut, localOut);
    // what any local run of the bundled sample writes under the default settings (README, IncrementalRunTest):
    // the same rows on both sides could still be no rows, or fewer
    Map<String, Long> sampleRows = new LinkedHashMap<>();
    sampleRows.put("articles", 39L);
    sampleRows.put("rejects", 5L);
    sampleRows.put("mentions", 1420L);
    sampleRows.put("claims", 123L);
    sampleRows.put("incidents", 69L);
    assertRows(clusterOut, sampleRows);
  }

  @Test
  void jobSurvivesTheLossOfAnExecutor() throws Exception {
    Path corpus = generateCorpus(DIR.resolve("generated-corpus"));
    Path clusterOut = DIR.resolve("generated-cluster");
    Path localOut = DIR.resolve("generated-local");
    List<String> job = List.of("run", "--input", "file:" + corpus, "--format", "jsonl", "--conf", RUN_DATE);

    Process onCluster = submit(cluster.masterUrl(), "generated-cluster", concat(job, "--out", clusterOut.toString()));
    Path executorDir = await("an executor of worker 0 running a task", () -> runningExecutor(cluster.workDir(0)),
        onCluster);
    String appId = executorDir.getParent().getFileName().toString();
    ProcessHandle executor = cluster.worker(0).descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
        .filter(p -> p.info().commandLine().orElse("").contains(appId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no executor process of " + appId + " under worker 0"));
    assertThat(cluster.status().activeApps()).as("the application is still running when its executor dies")
        .contains(appId);
    executor.destroyForcibly();
    executor.onExit().get(30, TimeUnit.SECONDS);

    awaitSuccess(onCluster);
    assertThat(executorDirs(appId)).as("the master replaced the killed executor (executor folders of " + appId + ")")
        .hasSizeGreaterThan(2);

    awaitSuccess(submit("local[2]", "generated-local", concat(job, "--out", localOut.toString())));
    assertSameOutput(clusterOut, localOut);
    // by construction, so no task lost with the executor may drop or repeat a row: every generated report is a
    // distinct article with one claim (shelling at its place); each file adds a malformed line and an empty text;
    // "on Monday" dates each report to the Monday on or before its publication, and the six places over 90
    // publication days make 78 distinct (place, Monday) pairs, one incident each
    long reports = (long) CORPUS_FILES * ARTICLES_PER_FILE;
    assertRows(clusterOut, Map.of("articles", reports, "claims", reports, "incidents", 78L));
    assertThat(read(clusterOut, "rejects").filter("stage = 'ingest'").count()).as("ingest rejects")
        .isEqualTo(2L * CORPUS_FILES);
  }

  /** Every table folder of one output root holds the same rows, with the same schema, as in the other. */
  private static void assertSameOutput(Path clusterOut, Path localOut) throws IOException {
    List<String> tables = tables(clusterOut);
    assertThat(tables).as("tables written by the cluster run").contains("articles", "rejects");
    assertThat(tables(localOut)).as("tables written by the local run").isEqualTo(tables);
    assertThat(fileNames(clusterOut.resolve("_runs"))).as("run manifests (named by run id)")
        .isEqualTo(fileNames(localOut.resolve("_runs")));
    for (String table : tables) {
      Dataset<Row> onCluster = read(clusterOut, table);
      Dataset<Row> local = read(localOut, table);
      assertThat(onCluster.schema()).as("schema of " + table).isEqualTo(local.schema());
      long rows = onCluster.count();
      assertThat(rows).as("rows of " + table).isEqualTo(local.count());
      assertThat(onCluster.exceptAll(local).count()).as(table + " rows only in the cluster run").isZero();
      assertThat(local.exceptAll(onCluster).count()).as(table + " rows only in the local run").isZero();
    }
  }

  /** Each table of {@code out} holds exactly the given number of rows. */
  private static void assertRows(Path out, Map<String, Long> expected) {
    expected.forEach((table, rows) -> assertThat(read(out, table).count()).as("rows of " + table).isEqualTo(rows));
  }

  private static Dataset<Row> read(Path out, String table) {
    // read with the declared schema: a table with no rows yet has no files to infer one from
    org.apache.spark.sql.types.StructType schema = org.borderwatch.io.Schemas.allTables().stream()
        .filter(t -> t.name().equals(table)).findFirst().orElseThrow().struct();
    return spark.read().schema(schema).parquet(out.resolve(table).toString());
  }

  private static Process submit(String master, String name, String... jobArgs) throws IOException {
    return submit(master, name, List.of(jobArgs));
  }

  private static Process submit(String master, String name, List<String> jobArgs) throws IOException {
    Path log = Files.createDirectories(DIR.resolve("logs")).resolve(name + ".log");
    SparkSubmitCommand command = SparkSubmitCommand.of(sparkJars, master, JAR, "1g")
        .withConf("spark.ui.enabled", "false")
        .withConf("spark.executor.memory", "1g")
        // one task per corpus file and few shuffle partitions: several short tasks per stage on two cores
        .withConf("spark.default.parallelism", String.valueOf(CORPUS_FILES))
        .withConf("spark.sql.shuffle.partitions", String.valueOf(CORPUS_FILES));
    Process process = command.processBuilder(jobArgs).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    synchronized (StandaloneClusterIT.class) {
      submits.add(process);
    }
    return process;
  }

  private static void awaitSuccess(Process submit) throws Exception {
    boolean done = submit.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    String command = String.join(" ", submit.info().arguments().map(List::of).orElse(List.of()));
    assertThat(done).as("job finished within " + JOB_TIMEOUT + ": " + command).isTrue();
    assertThat(submit.exitValue()).as("exit code of the job; logs in " + DIR.resolve("logs")).isZero();
  }

  /** The first executor folder of a worker whose log shows a task running, if any yet. */
  private static Optional<Path> runningExecutor(Path workDir) {
    try (Stream<Path> files = Files.walk(workDir, 3)) {
      return files.filter(p -> p.getFileName().toString().equals("stderr"))
          .filter(StandaloneClusterIT::showsRunningTask)
          .map(Path::getParent)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean showsRunningTask(Path stderr) {
    try {
      return Files.readString(stderr, StandardCharsets.ISO_8859_1).contains("Running task");
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> executorDirs(String appId) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (int worker = 0; worker < 2; worker++) {
      Path app = cluster.workDir(worker).resolve(appId);
      if (Files.isDirectory(app)) {
        try (Stream<Path> executors = Files.list(app)) {
          executors.filter(Files::isDirectory).forEach(dirs::add);
        }
      }
    }
    return dirs;
  }

  private static <T> T await(String what, Supplier<Optional<T>> probe, Process job) throws InterruptedException {
    Instant deadline = Instant.now().plus(JOB_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      assertThat(job.isAlive()).as("job still running while waiting for " + what).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  /**
   * A corpus of distinct synthetic wire reports spread over several files, with a malformed line
   * and a record without text in each file, so rejects are written too.
   */
  private static Path generateCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    String[] places = {"Belgorod", "Sumy", "Kharkiv", "Kursk", "Chernihiv", "Bryansk"};
    for (int f = 0; f < CORPUS_FILES; f++) {
      try (Writer out = Files.newBufferedWriter(dir.resolve("part-" + f + ".jsonl"))) {
        for (int i = 0; i < ARTICLES_PER_FILE; i++) {
          int n = f * ARTICLES_PER_FILE + i;
          String place = places[n % places.length];
          Map<String, Object> record = new LinkedHashMap<>();
          record.put("id", "gen-" + n);
          record.put("url", "https://wire.example.org/generated/" + n);
          record.put("title", "Report " + n + " from the " + place + " border area");
          record.put("text", "Officials in " + place + " said on Monday that shelling damaged " + (n % 17 + 1)
              + " houses near the border overnight, report number " + n + ". Residents were told to stay in "
              + "shelters while the damage was assessed, the regional administration said.");
          record.put("published", LocalDate.of(2024, 1, 1).plusDays(n % 90).toString());
          record.put("source", "Generated Wire " + (n % 5));
          out.write(json.writeValueAsString(record));
          out.write('\n');
        }
        out.write("{\"id\": \"broken-" + f + "\", \"text\": \n");
        out.write("{\"id\":\"empty-" + f + "\",\"url\":\"https://wire.example.org/empty/" + f + "\",\"text\":\"\"}\n");
      }
    }
    return dir;
  }

  private static List<String> tables(Path out) throws IOException {
    try (Stream<Path> entries = Files.list(out)) {
      return entries.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("_") && !name.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
