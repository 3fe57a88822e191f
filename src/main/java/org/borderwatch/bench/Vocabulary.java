package org.borderwatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.BorderwatchException;
import org.borderwatch.io.TsvFile;

/**
 * Words and sentence templates of the synthetic corpus, by section ({@code actor}, {@code place},
 * {@code template}, ...), read from {@code <section><TAB><value>} lines.
 */
public final class Vocabulary {
  public static final String BUNDLED = "/borderwatch/bench/vocabulary.tsv";
  static final Set<String> SECTIONS = Set.of("actor", "claimant", "trigger", "weapon", "place", "source", "quote",
      "template", "filler", "country");

  private final Map<String, List<String>> sections;

  private Vocabulary(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  public static Vocabulary bundled() {
    return TsvFile.parseBundled(BUNDLED, "the benchmark vocabulary", Vocabulary::parse);
  }

  static Vocabulary parse(InputStream in, String name) throws IOException {
    Map<String, List<String>> sections = new TreeMap<>();
    for (TsvFile.Line l : TsvFile.read(in, 2)) {
      String line = l.text();
      int n = l.number();
      String[] parts = l.fields();
      if (parts.length != 2 || !SECTIONS.contains(parts[0])) {
        throw new BorderwatchException(name + " line " + n + ": expected '<section><TAB><value>' with a section of "
            + new java.util.TreeSet<>(SECTIONS));
      }
      sections.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
    }
    for (String s : SECTIONS) {
      if (!sections.containsKey(s)) {
        throw new BorderwatchException(name + ": section '" + s + "' is empty");
      }
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return new Vocabulary(sections);
  }

  public List<String> section(String name) {
    List<String> values = sections.get(name);
    if (values == null) {
      throw new IllegalArgumentException("no vocabulary section '" + name + "'; sections: " + sections.keySet());
    }
    return values;
  }
}
