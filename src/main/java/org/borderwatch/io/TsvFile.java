package org.borderwatch.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.BorderwatchException;

/**
 * The small tab-separated lists users can replace (mapping rules, aliases, vocabularies): UTF-8,
 * {@code #} comment lines and blank lines ignored, line numbers kept for error messages.
 */
public final class TsvFile {
  private TsvFile() {}

  /** One data line: its 1-based number in the file, its fields and its text. */
  public record Line(int number, String[] fields, String text) {}

  /** Parses a list from a stream; {@code source} names it in error messages. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(InputStream in, String source) throws IOException;
  }

  /** Data lines split on tabs into at most {@code maxFields} fields (no limit when 0). */
  public static List<Line> read(InputStream in, int maxFields) throws IOException {
    List<Line> lines = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String text;
    int n = 0;
    while ((text = reader.readLine()) != null) {
      n++;
      if (!text.isBlank() && !text.startsWith("#")) {
        lines.add(new Line(n, maxFields > 0 ? text.split("\t", maxFields) : text.split("\t"), text));
      }
    }
    return lines;
  }

  /** Every line of a text file bundled in the jar; {@code what} names it when it is missing or unreadable. */
  public static List<String> bundledLines(String resource, String what) {
    return parseBundled(resource, what,
        (in, source) -> new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
  }

  /** Parses a list bundled in the jar; {@code what} names it when it is missing or unreadable. */
  public static <T> T parseBundled(String resource, String what, Parser<T> parser) {
    try (InputStream in = TsvFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new BorderwatchException(what + " " + resource + " is missing from the jar");
      }
      return parser.parse(in, resource);
    } catch (IOException e) {
      throw new BorderwatchException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
