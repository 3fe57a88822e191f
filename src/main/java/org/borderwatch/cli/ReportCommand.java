package org.borderwatch.cli;

import java.util.concurrent.Callable;
import org.borderwatch.geo.borders.BoundaryOptions;
import org.borderwatch.report.spark.ReportSparkAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code borderwatch report}: the tables under --out → one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML summary (inline SVG charts and tables, no scripts or network) "
        + "of the incidents and statistics tables under --out.")
final class ReportCommand implements Callable<Integer> {
  static final String DEFAULT_FILE = "report.html";

  @Mixin OutputOptions output;
  @Mixin SparkOptions sparkOptions;

  @Option(names = "--report", paramLabel = "FILE",
      description = "HTML file to write (local, hdfs://, s3a://); default: <out>/" + DEFAULT_FILE)
  String report;

  @Override
  public Integer call() {
    Console console = Console.stdout();
    try (JobSession session = JobSession.open("report", sparkOptions, output.out)) {
      String file = report != null ? report : session.store().root() + "/" + DEFAULT_FILE;
      console.progress("report", "reading tables under " + session.store().root());
      ReportSparkAction.Result r = ReportSparkAction.of(session.spark(), session.store(), file)
          .drawnIn(BoundaryOptions.from(session.conf()).view()).execute();
      console.progress("report", String.format("done in %.1fs: %d incidents summarised, %d bytes", r.seconds(),
          r.incidents(), r.bytes()));
      console.line("report: " + r.path());
      return 0;
    }
  }
}
