package org.borderwatch.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs of {@link #LENGTH} consecutive words, each hashed to a long. Words are maximal runs of letters and digits,
 * lower-cased, so punctuation, markup, quoting and line breaks between words never hide a shared run. Each of
 * the given names counts as one word: an official name is a fact, not someone's wording.
 */
final class Shingles {
  static final int LENGTH = 8;

  /** Names by their first word, longest first. */
  private final Map<String, List<List<String>>> names = new HashMap<>();

  Shingles(List<String> names) {
    for (String name : names) {
      List<String> words = split(name).words();
      if (words.size() > 1) {
        this.names.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
      }
    }
    this.names.values().forEach(l -> l.sort(Comparator.comparingInt(List<String>::size).reversed()));
  }

  /** The words of one text, with the line each starts on. */
  record Words(List<String> words, int[] lines) {
    int count() {
      return Math.max(0, words.size() - LENGTH + 1);
    }

    /** The hash of the run that starts at word {@code i}. */
    long at(int i) {
      long h = 0;
      for (int j = i; j < i + LENGTH; j++) {
        h = h * 0x9E3779B97F4A7C15L + fnv(words.get(j));
      }
      return h;
    }
  }

  Words words(String text) {
    Words raw = split(text);
    List<String> words = new ArrayList<>();
    int[] lines = new int[raw.words().size()];
    int i = 0;
    while (i < raw.words().size()) {
      int length = nameAt(raw.words(), i);
      lines[words.size()] = raw.lines()[i];
      words.add(String.join("_", raw.words().subList(i, i + length)));
      i += length;
    }
    return new Words(words, lines);
  }

  /** The number of words the longest name starting at word {@code i} takes, 1 when none does. */
  private int nameAt(List<String> words, int i) {
    for (List<String> name : names.getOrDefault(words.get(i), List.of())) {
      if (i + name.size() <= words.size() && words.subList(i, i + name.size()).equals(name)) {
        return name.size();
      }
    }
    return 1;
  }

  private static Words split(String text) {
    List<String> words = new ArrayList<>();
    int[] lines = new int[16];
    int line = 1;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        if (words.size() == lines.length) {
          lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[words.size()] = line;
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      } else {
        line += c == '\n' ? 1 : 0;
        i += Character.charCount(c);
      }
    }
    return new Words(words, lines);
  }

  /** A set of run hashes, kept as a plain array (a few million longs) and searched by bisection. */
  final class Set {
    private long[] hashes = new long[1 << 16];
    private int size;
    private boolean sorted;

    void addAll(String text) {
      Words w = words(text);
      for (int i = 0; i < w.count(); i++) {
        if (size == hashes.length) {
          hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = w.at(i);
      }
      sorted = false;
    }

    boolean contains(long hash) {
      if (!sorted) {
        Arrays.sort(hashes, 0, size);
        sorted = true;
      }
      return Arrays.binarySearch(hashes, 0, size, hash) >= 0;
    }

    int size() {
      return size;
    }
  }

  private static long fnv(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
