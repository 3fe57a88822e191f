package org.borderwatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.BorderwatchException;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestJob;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code borderwatch ingest}: corpus → articles, rejects. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read a corpus (JSON Lines, CSV, Parquet or text files; .gz/.bz2) into the articles table; "
        + "unusable records go to rejects with a reason.")
final class IngestCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin ModeOptions mode;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    Console console = Console.stdout();
    try (JobSession session = JobSession.open("ingest", sparkOptions, output.out)) {
      CorpusSpec spec = CorpusInputs.resolve(input, session.conf(), session.spark(), output.out, false);
      RunContext run = newRun(session, "ingest", spec, output.out);
      RunManifest manifest = new RunManifest(run);
      ingest(session, run, spec, mode.mode(), manifest, console);
      finish(session, run, manifest, console);
      return 0;
    }
  }

  static RunContext newRun(JobSession session, String job, CorpusSpec spec, String out) {
    List<String> fingerprint;
    try {
      fingerprint = spec.listing(session.spark());
    } catch (BorderwatchException e) {
      throw new Main.UsageException(e.getMessage());
    }
    return RunContext.create(job, out, List.of(spec.input()), fingerprint, session.conf());
  }

  static IngestJob.Result ingest(JobSession session, RunContext run, CorpusSpec spec, RunMode mode,
      RunManifest manifest, Console console) {
    console.progress("ingest", "reading " + spec.input() + " as " + spec.format().name().toLowerCase());
    IngestJob.Result r = IngestJob.run(session.spark(), session.store(), run, spec, mode);
    manifest.addStage("ingest", r.counts(), r.rejectsByReason(), r.seconds());
    console.counts("ingest", r.counts(), r.seconds());
    if (!r.rejectsByReason().isEmpty()) {
      console.progress("ingest", "rejects by reason: " + r.rejectsByReason());
    }
    if (!r.reconciles()) {
      throw new BorderwatchException("ingest counts do not reconcile: " + r.counts());
    }
    return r;
  }

  static void finish(JobSession session, RunContext run, RunManifest manifest, Console console) {
    String path = session.store().writeManifest(run.runId(), manifest.finish());
    console.line("");
    console.line("run " + run.runId() + " finished; output in " + session.store().root());
    console.line("manifest: " + path);
  }
}
