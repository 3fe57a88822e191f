package org.borderwatch.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.borderwatch.BorderwatchException;

/** Corpus formats {@code ingest} reads. Compression (.gz, .bz2) is detected per file. */
public enum InputFormat {
  JSONL, CSV, PARQUET, TEXT;

  public static InputFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("json") || n.equals("ndjson")) {
      return JSONL;
    }
    if (n.equals("txt")) {
      return TEXT;
    }
    for (InputFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new BorderwatchException("unknown --format '" + name + "'; expected one of "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }

  /**
   * Guesses from a path's extension, ignoring a compression suffix. A path with no extension (a
   * folder) is read as text files.
   */
  public static InputFormat guess(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    p = p.replaceAll("\\.(gz|bz2|gzip|bzip2)$", "");
    String name = p.substring(p.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).replace("*", "");
    switch (ext) {
      case "jsonl": case "ndjson": case "json": return JSONL;
      case "csv": return CSV;
      case "parquet": return PARQUET;
      case "txt": case "text": case "": return TEXT;
      default:
        throw new BorderwatchException("cannot guess the format of '" + path + "' from its extension; pass --format jsonl|csv|parquet|text");
    }
  }
}
