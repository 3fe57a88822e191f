package org.borderwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.borderwatch.cli.Main;
import org.borderwatch.config.ConfKeys;

/**
 * The output of {@code borderwatch run} over the bundled sample, made once per test JVM on the shared session: the
 * whole pipeline takes minutes on a small machine, and the tests that need it only read its tables. A test that
 * writes (a report, a rerun) writes under a folder of its own.
 */
public final class SampleRun {
  /** The run date the sample's undated records get, fixed so the tables are the same on every day. */
  public static final String RUN_DATE = "2024-01-01";

  private static Path out;

  private SampleRun() {}

  public static synchronized Path output() {
    if (out == null) {
      SparkTestBase.session();
      Path dir = createTempDirectory();
      int exit = Main.execute("run", "--out", dir.toString(), "--conf", ConfKeys.RUN_DATE + "=" + RUN_DATE);
      if (exit != 0) {
        throw new IllegalStateException("borderwatch run over the bundled sample exited with " + exit + " (output in "
            + dir + ")");
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      out = dir;
    }
    return out;
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("borderwatch-sample-run-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind at exit harms nothing
    }
  }
}
