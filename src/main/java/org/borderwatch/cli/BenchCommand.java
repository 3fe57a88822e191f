package org.borderwatch.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.bench.BenchCorpus;
import org.borderwatch.bench.BenchReport;
import org.borderwatch.bench.BenchRunner;
import org.borderwatch.bench.HeapProbe;
import org.borderwatch.bench.RepeatedCorpus;
import org.borderwatch.bench.StageTiming;
import org.borderwatch.bench.SyntheticCorpus;
import org.borderwatch.bench.Vocabulary;
import org.borderwatch.bench.spark.IoFloor;
import org.borderwatch.config.ConfKeys;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunManifest;
import org.borderwatch.io.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code borderwatch bench}: throughput of every pipeline stage on synthetic or real corpora of growing size. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time every pipeline stage and the whole run on corpora of N, 4N, 16N articles after a warm-up, "
        + "against an I/O floor (JSON Lines -> text hash -> Parquet, no NLP). The corpus is generated (deterministic "
        + "synthetic articles of ~2 KB), or with --input a real JSON Lines corpus repeated with changed ids. "
        + "Prints a table and writes JSON. Runs on local[2] unless --master says otherwise.")
final class BenchCommand implements Callable<Integer> {
  static final String FLOOR = "io-floor";
  static final String DEFAULT_MASTER = "local[2]";

  static final int DEFAULT_N = 2000;

  @Option(names = "--input", paramLabel = "CORPUS",
      description = "a JSON Lines file (or folder of *.jsonl) with the default column names, repeated with changed "
          + "ids and URLs to reach each scale; default: synthetic articles")
  Path input;

  @Option(names = "--n", paramLabel = "N",
      description = "articles at scale 1; default: every record of --input, else " + DEFAULT_N)
  Integer n;

  @Option(names = "--scales", paramLabel = "K,K,...", split = ",", defaultValue = "1,4,16",
      description = "multiples of N to run; default: ${DEFAULT-VALUE}")
  List<Integer> scales;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42", description = "generator seed; default: ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "200",
      description = "articles of the untimed warm-up pass; default: ${DEFAULT-VALUE}")
  int warmup;

  @Option(names = "--files", paramLabel = "N", defaultValue = "4",
      description = "JSON Lines files per generated corpus; default: ${DEFAULT-VALUE}")
  int files;

  @Option(names = "--report-json", paramLabel = "FILE", description = "JSON report; default: <out>/bench/bench.json")
  String reportJson;

  @Mixin ExtractOptions extract;
  @Mixin OutputOptions output;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    Console console = Console.stdout();
    if (sparkOptions.master == null) {
      sparkOptions.master = DEFAULT_MASTER;
    }
    try (JobSession session = JobSession.open("bench", sparkOptions, output.out)) {
      String root = session.store().root();
      Path work = Path.of(root, "bench");
      BenchCorpus texts;
      int articles;
      if (input != null) {
        RepeatedCorpus real = RepeatedCorpus.read(input, ColumnMapping.defaults());
        texts = real;
        articles = n != null ? n : real.size();
      } else {
        texts = new SyntheticCorpus(Vocabulary.bundled(), seed);
        articles = n != null ? n : DEFAULT_N;
      }
      BenchRunner runner = new BenchRunner(new BenchRunner.Settings(articles, scales, warmup, files, work.resolve("corpora")),
          texts);
      String compression = session.conf().get(ConfKeys.PARQUET_COMPRESSION, ConfKeys.PARQUET_COMPRESSION_DEFAULT);
      BenchRunner.Stage floor = new BenchRunner.Stage(FLOOR, corpus ->
          IoFloor.run(session.spark(), corpus.toString(), work.resolve("io-floor").toString(), compression));
      console.progress("bench", "stages: " + FLOOR + ", " + String.join(", ", PipelineStages.names())
          + "; N=" + articles + " " + (input != null ? "articles of " + input : "synthetic articles") + ", scales " + scales + ", on " + session.spark().sparkContext().master());
      List<StageTiming> timings = runner.run(floor, pipelineStages(session, extract), m -> console.progress("bench", m));
      Map<String, Object> env = environment(session);
      env.put("corpus", input != null ? input.toString() : "synthetic, seed " + seed);
      env.put("gazetteer", extract.gazetteer != null ? extract.gazetteer : "bundled");
      env.put("n", articles);
      env.put("scales", scales);
      env.put("files_per_corpus", files);
      BenchReport report = new BenchReport(env, FLOOR, timings);
      console.line("");
      report.table().forEach(console::line);
      String path = reportJson != null ? reportJson : root + "/bench/bench.json";
      console.line("");
      console.line("report: " + ReportFiles.writeJson(session.spark().sparkContext().hadoopConfiguration(), path,
          report.toMap()));
      return 0;
    }
  }

  /** Each pipeline stage over a corpus folder; the stages of one corpus share one run, as in `run`. */
  private static List<BenchRunner.Stage> pipelineStages(JobSession session, ExtractOptions extract) {
    Console quiet = new Console(new PrintStream(OutputStream.nullOutputStream()));
    Map<Path, RunContext> runs = new HashMap<>();
    List<BenchRunner.Stage> stages = new ArrayList<>();
    for (PipelineStages.Stage stage : PipelineStages.ALL) {
      stages.add(new BenchRunner.Stage(stage.name(), corpus -> {
        CorpusSpec spec = new CorpusSpec(corpus.toString(), InputFormat.JSONL, ColumnMapping.defaults());
        RunContext run = runs.computeIfAbsent(corpus, c -> IngestCommand.newRun(session, "bench", spec, session.store().root()));
        stage.action().run(session, run, new PipelineStages.Request(spec, RunMode.FULL, extract), new RunManifest(run), quiet);
      }));
    }
    return stages;
  }

  private static Map<String, Object> environment(JobSession session) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("borderwatch", Versions.pipeline());
    env.put("spark", session.spark().version());
    env.put("master", session.spark().sparkContext().master());
    env.put("java", System.getProperty("java.version"));
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    env.put("available_processors", Runtime.getRuntime().availableProcessors());
    env.put("max_heap_mb", Math.round(HeapProbe.maxHeapMb()));
    return env;
  }
}
