package org.borderwatch.geo;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A list of strings as one UTF-8 byte blob and the offset of each entry: about one byte a character instead of
 * a String object's 40-odd bytes of headers, which at ten million gazetteer rows is the difference between
 * fitting an executor's heap and not. A null is stored as the empty entry, so both read back as null.
 */
final class PackedStrings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] bytes;
  private final int[] start;

  private PackedStrings(byte[] bytes, int[] start) {
    this.bytes = bytes;
    this.start = start;
  }

  int size() {
    return start.length - 1;
  }

  /** Entry {@code i}, or null when it was null or empty. */
  String get(int i) {
    int from = start[i];
    int length = start[i + 1] - from;
    return length == 0 ? null : new String(bytes, from, length, StandardCharsets.UTF_8);
  }

  /** Compares entry {@code i} with {@code probe} byte by byte, unsigned: the order of folded ASCII keys. */
  int compare(int i, byte[] probe) {
    return Arrays.compareUnsigned(bytes, start[i], start[i + 1], probe, 0, probe.length);
  }

  /** Appends entries; grows by half, not double, so that a large blob's growth costs less transient heap. */
  static final class Builder {
    private byte[] bytes = new byte[1 << 12];
    private int[] start = new int[1 << 10];
    private int size;

    int size() {
      return size;
    }

    void add(String s) {
      add(s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8));
    }

    void add(byte[] entry) {
      int end = start[size];
      if ((long) end + entry.length > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("more than 2 GB of names in one column");
      }
      if (end + entry.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16,
            Math.max(end + entry.length, bytes.length + (long) (bytes.length >> 1))));
      }
      System.arraycopy(entry, 0, bytes, end, entry.length);
      if (size + 2 > start.length) {
        start = Arrays.copyOf(start, start.length + (start.length >> 1));
      }
      start[++size] = end + entry.length;
    }

    /** Entry {@code i} against entry {@code j}, unsigned byte order. */
    int compare(int i, int j) {
      return Arrays.compareUnsigned(bytes, start[i], start[i + 1], bytes, start[j], start[j + 1]);
    }

    boolean equal(int i, int j) {
      return Arrays.equals(bytes, start[i], start[i + 1], bytes, start[j], start[j + 1]);
    }

    boolean equal(int i, byte[] probe) {
      return Arrays.equals(bytes, start[i], start[i + 1], probe, 0, probe.length);
    }

    /** Appends entry {@code i} of {@code other}. */
    void addFrom(Builder other, int i) {
      add(Arrays.copyOfRange(other.bytes, other.start[i], other.start[i + 1]));
    }

    PackedStrings build() {
      return new PackedStrings(Arrays.copyOf(bytes, start[size]), Arrays.copyOf(start, size + 1));
    }
  }
}
