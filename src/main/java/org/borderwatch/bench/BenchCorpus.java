package org.borderwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A benchmark corpus: record {@code i} as one JSON line, for any {@code i >= 0}, so that the
 * corpus of N × k records holds the N-record corpus as its first N.
 */
public interface BenchCorpus {
  String line(int index);

  /**
   * Writes records 0..n-1 as JSON Lines into {@code parts} files {@code part-NNNNN.jsonl} of a fresh
   * folder (consecutive records per file), as a corpus usually arrives; returns the total bytes.
   */
  default long writeJsonl(int n, Path folder, int parts) throws IOException {
    Files.createDirectories(folder);
    try (var old = Files.list(folder)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    long bytes = 0;
    int perPart = (n + parts - 1) / parts;
    for (int part = 0; part < parts; part++) {
      Path file = folder.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", part));
      try (BufferedWriter out = new BufferedWriter(
          new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
        for (int i = part * perPart; i < Math.min(n, (part + 1) * perPart); i++) {
          out.write(line(i));
          out.write('\n');
        }
      }
      bytes += Files.size(file);
    }
    return bytes;
  }
}
