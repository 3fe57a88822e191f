package org.borderwatch.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need something outside the project (Chromium, the development data in {@code ../shared}) skip
 * without it on a developer's machine, saying why, and fail in CI ({@code CI=true}), where a skip would leave a
 * guard unchecked without anyone noticing.
 */
public final class Ci {
  /**
   * The test JVM's own stderr. Surefire and Failsafe send {@code System.err} to the report files
   * ({@code redirectTestOutputToFile}, which keeps Spark's logging off the console) and print no reason for a
   * skipped test, but they pass what the forked JVM writes to its stderr descriptor on to the build's console.
   */
  private static final PrintStream CONSOLE =
      new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  private Ci() {}

  public static boolean running() {
    return "true".equals(System.getenv("CI"));
  }

  /** Skips the test, with {@code reason} on the build's console, when {@code condition} is false; in CI fails it. */
  public static void assumeOrFailInCi(boolean condition, String reason) {
    if (condition) {
      return;
    }
    if (running()) {
      fail("CI=true, so this test may not skip: " + reason);
    }
    CONSOLE.println("[SKIPPED] " + reason);
    Assumptions.abort(reason);
  }
}
