package org.borderwatch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.aggregate.spark.AggregateSparkAction;
import org.borderwatch.ingest.spark.CorpusReader;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunManifest;
import org.borderwatch.io.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code borderwatch aggregate}: claims → incidents, stats_*. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
    description = "Cluster the claims under --out into incidents (keeping contradictions) and write the "
        + "cross-border statistics tables (stats_*).")
final class AggregateCommand implements Callable<Integer> {
  @Mixin OutputOptions output;
  @Mixin ModeOptions mode;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    Console console = Console.stdout();
    try (JobSession session = JobSession.open("aggregate", sparkOptions, output.out)) {
      if (!session.store().exists(Schemas.CLAIMS)) {
        throw new Main.UsageException("no claims table at " + session.store().pathOf(Schemas.CLAIMS)
            + " (run extract, or run, first)");
      }
      String claims = session.store().pathOf(Schemas.CLAIMS);
      RunContext run = RunContext.create("aggregate", output.out, List.of(claims),
          CorpusReader.fingerprint(session.spark(), claims), session.conf());
      RunManifest manifest = new RunManifest(run);
      aggregate(session, run, mode.mode(), manifest, console);
      IngestCommand.finish(session, run, manifest, console);
      return 0;
    }
  }

  static AggregateSparkAction.Result aggregate(JobSession session, RunContext run, RunMode mode, RunManifest manifest,
      Console console) {
    AggregateSparkAction action = AggregateSparkAction.of(session.spark(), session.store(), run);
    console.progress("aggregate", "clustering " + session.store().pathOf(Schemas.CLAIMS) + " with " + action.settings());
    AggregateSparkAction.Result r = action.execute(mode);
    manifest.addStage("aggregate", r.counts(), r.rejectsByReason(), r.seconds());
    manifest.put("aggregate_rule_refusals", r.ruleRefusals());
    console.counts("aggregate", r.counts(), r.seconds());
    console.progress("aggregate", "claims kept apart by rule: " + r.ruleRefusals()
        + "; region-level claims left on their own as ambiguous: " + r.ambiguousRegionClaims());
    return r;
  }
}
