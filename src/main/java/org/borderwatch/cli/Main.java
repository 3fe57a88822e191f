package org.borderwatch.cli;

import java.io.PrintWriter;
import org.borderwatch.BorderwatchException;
import org.borderwatch.io.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code borderwatch <job> [options]}. */
@Command(name = "borderwatch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Turns conflict reporting into actor–location–claim tuples and cross-border incident statistics.",
    subcommands = {IngestCommand.class, ExtractCommand.class, AggregateCommand.class, RunCommand.class,
        ReportCommand.class, EvalCommand.class, GeoEvalCommand.class, BoundariesCommand.class, BenchCommand.class, ExtractBenchCommand.class, GazetteerBenchCommand.class,
        SchemaCommand.class, ClusterCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Bad options, unknown values or unreadable paths. */
  public static final int EXIT_USAGE = 2;
  /** The job started and failed. */
  public static final int EXIT_FAILED = 1;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code; never calls {@code System.exit}. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof UsageException) {
      err.println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      return EXIT_USAGE;
    }
    String message = e instanceof BorderwatchException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    err.println(cli.getCommandSpec().qualifiedName() + ": failed: " + message);
    if (!(e instanceof BorderwatchException)) {
      e.printStackTrace(err);
    }
    return EXIT_FAILED;
  }

  /** A bad option value or an unreadable path, found before any work starts. */
  public static final class UsageException extends BorderwatchException {
    public UsageException(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"borderwatch " + Versions.pipeline() + " (Spark NLP " + Versions.sparkNlp() + ")"};
    }
  }
}
