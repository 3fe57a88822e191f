package org.borderwatch.geo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of few distinct strings (feature codes, country and admin codes) as an int per row into a
 * dictionary: a row costs four bytes, and every row with the same code returns the same String instance.
 */
final class CodeColumn implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int NULL = -1;

  private final String[] dictionary;
  private final int[] codes;

  private CodeColumn(String[] dictionary, int[] codes) {
    this.dictionary = dictionary;
    this.codes = codes;
  }

  String get(int row) {
    int code = codes[row];
    return code == NULL ? null : dictionary[code];
  }

  /** Appends rows; {@link #build} freezes the first {@code size} of them. */
  static final class Builder {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> dictionary = new ArrayList<>();
    private int[] codes = new int[1 << 10];
    private int size;

    void add(String value) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1));
      }
      codes[size++] = value == null ? NULL : ids.computeIfAbsent(value, v -> {
        dictionary.add(v);
        return dictionary.size() - 1;
      });
    }

    String get(int row) {
      int code = codes[row];
      return code == NULL ? null : dictionary.get(code);
    }

    CodeColumn build() {
      return new CodeColumn(dictionary.toArray(new String[0]), Arrays.copyOf(codes, size));
    }
  }
}
