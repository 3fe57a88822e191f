package org.borderwatch.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.borderwatch.extract.spark.ExtractBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code borderwatch bench-extract}: extract and each Spark NLP annotator against a plain Spark NLP pipeline. */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
    description = "Time the extract stage (each sentence option) and each Spark NLP annotator, as a DataFrame "
        + "transform and through a LightPipeline per partition, against a plain Spark NLP pipeline (document, "
        + "sentence, token, 5,000-entry TextMatcher, DateMatcher) on N synthetic ~2 KB articles, after a warm-up "
        + "pass. Prints articles/s per configuration. Runs on local[2] unless --master says otherwise.")
final class ExtractBenchCommand implements Callable<Integer> {
  @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "articles; default: ${DEFAULT-VALUE}")
  int n;

  @Mixin OutputOptions output;
  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws IOException {
    if (n < 1) {
      throw new Main.UsageException("--n must be at least 1, not " + n);
    }
    Console console = Console.stdout();
    if (sparkOptions.master == null) {
      sparkOptions.master = BenchCommand.DEFAULT_MASTER;
    }
    try (JobSession session = JobSession.open("bench-extract", sparkOptions, output.out)) {
      console.progress("bench-extract", n + " articles on " + session.spark().sparkContext().master());
      ExtractBenchmark.run(session.spark(), n, line -> console.progress("bench-extract", line));
    }
    return 0;
  }
}
