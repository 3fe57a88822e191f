package org.borderwatch.geo;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable map from ASCII keys to sorted int postings, stored as a few flat arrays (one byte blob of
 * sorted keys, offsets, postings) rather than a hash map of objects: a million keys cost tens of megabytes
 * and serialize as five arrays.
 */
final class NameIndex implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int[] NONE = new int[0];

  private final byte[] keyBytes;
  private final int[] keyStart;
  private final int[] postingStart;
  private final int[] postings;

  private NameIndex(byte[] keyBytes, int[] keyStart, int[] postingStart, int[] postings) {
    this.keyBytes = keyBytes;
    this.keyStart = keyStart;
    this.postingStart = postingStart;
    this.postings = postings;
  }

  int size() {
    return keyStart.length - 1;
  }

  /** Postings of {@code key}, ascending; empty when absent. */
  int[] get(String key) {
    byte[] probe = key.getBytes(StandardCharsets.US_ASCII);
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = compare(mid, probe);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        return Arrays.copyOfRange(postings, postingStart[mid], postingStart[mid + 1]);
      }
    }
    return NONE;
  }

  private int compare(int keyIndex, byte[] probe) {
    return Arrays.compareUnsigned(keyBytes, keyStart[keyIndex], keyStart[keyIndex + 1], probe, 0, probe.length);
  }

  /** Collects (key, posting) pairs, then sorts and packs them once. */
  static final class Builder {
    private final List<String> keys = new ArrayList<>();
    private int[] values = new int[1024];

    void add(String key, int posting) {
      if (key.isEmpty()) {
        return;
      }
      if (keys.size() == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[keys.size()] = posting;
      keys.add(key);
    }

    NameIndex build() {
      int n = keys.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> {
        int c = keys.get(a).compareTo(keys.get(b));
        return c != 0 ? c : Integer.compare(values[a], values[b]);
      });
      ByteBlob blob = new ByteBlob();
      int[] keyStart = new int[n + 1];
      int[] postingStart = new int[n + 1];
      int[] postings = new int[n];
      int distinct = 0;
      int posted = 0;
      String last = null;
      for (int i = 0; i < n; i++) {
        String key = keys.get(order[i]);
        int value = values[order[i]];
        if (!key.equals(last)) {
          keyStart[distinct] = blob.size();
          postingStart[distinct] = posted;
          blob.append(key.getBytes(StandardCharsets.US_ASCII));
          distinct++;
          last = key;
        } else if (postings[posted - 1] == value) {
          continue;
        }
        postings[posted++] = value;
      }
      keyStart[distinct] = blob.size();
      postingStart[distinct] = posted;
      return new NameIndex(blob.toArray(), Arrays.copyOf(keyStart, distinct + 1),
          Arrays.copyOf(postingStart, distinct + 1), Arrays.copyOf(postings, posted));
    }
  }

  private static final class ByteBlob {
    private byte[] bytes = new byte[4096];
    private int size;

    void append(byte[] more) {
      if (size + more.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
      }
      System.arraycopy(more, 0, bytes, size, more.length);
      size += more.length;
    }

    int size() {
      return size;
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }
  }
}
