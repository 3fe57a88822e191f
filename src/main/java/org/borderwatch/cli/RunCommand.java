package org.borderwatch.cli;

import java.util.concurrent.Callable;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code borderwatch run}: every stage over a corpus in one Spark application. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run every stage over a corpus in one Spark application. With no --input, processes the "
        + "sample corpus bundled in the jar.")
final class RunCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin ExtractOptions extract;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    Console console = Console.stdout();
    try (JobSession session = JobSession.open("run", sparkOptions, output.out)) {
      CorpusSpec spec = CorpusInputs.resolve(input, session.conf(), session.spark(), output.out, true);
      if (input.input == null) {
        console.progress("run", "no --input given: processing the sample corpus bundled in the jar");
      }
      RunContext run = IngestCommand.newRun(session, "run", spec, output.out);
      RunManifest manifest = new RunManifest(run);
      PipelineStages.runAll(session, run, spec, input.mode(), manifest, console);
      IngestCommand.finish(session, run, manifest, console);
      return 0;
    }
  }
}
