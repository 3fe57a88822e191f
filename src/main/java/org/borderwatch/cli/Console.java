package org.borderwatch.cli;

import java.io.PrintStream;
import java.util.Map;

/** What a job tells the person running it: progress lines and the closing summary, on stdout. */
public final class Console {
  private final PrintStream out;

  public Console(PrintStream out) {
    this.out = out;
  }

  public static Console stdout() {
    return new Console(System.out);
  }

  public void progress(String stage, String message) {
    out.printf("[borderwatch] %-9s %s%n", stage, message);
    out.flush();
  }

  public void counts(String stage, Map<String, Long> counts, double seconds) {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.replace('_', ' ')).append(' ').append(v));
    progress(stage, String.format("done in %.1fs: %s", seconds, sb));
  }

  public void line(String text) {
    out.println(text);
    out.flush();
  }
}
