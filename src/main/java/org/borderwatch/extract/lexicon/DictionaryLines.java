package org.borderwatch.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.BorderwatchException;

/** Tab-separated dictionary lines with '#' comments, each kept with its 1-based line number for error messages. */
record DictionaryLines(String source, List<Line> lines) {

  record Line(int number, String[] fields) {
    String field(int i) {
      return i < fields.length ? fields[i].trim() : "";
    }
  }

  static DictionaryLines parse(String source, List<String> raw) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      if (s.isBlank() || s.stripLeading().startsWith("#")) {
        continue;
      }
      lines.add(new Line(i + 1, s.split("\t")));
    }
    return new DictionaryLines(source, lines);
  }

  BorderwatchException error(Line line, String message) {
    return new BorderwatchException(source + " line " + line.number() + ": " + message);
  }

  /** An ISO country field: '-' or empty means none. */
  static String country(String value) {
    return value.isEmpty() || value.equals("-") ? null : value.toUpperCase(java.util.Locale.ROOT);
  }
}
