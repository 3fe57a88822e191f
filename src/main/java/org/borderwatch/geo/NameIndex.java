package org.borderwatch.geo;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * An immutable map from ASCII keys to sorted int postings, stored as a few flat arrays (the sorted keys as one
 * byte blob, posting offsets, postings) rather than a hash map of objects: a million keys cost tens of megabytes
 * and serialize as a handful of arrays.
 */
final class NameIndex implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final int[] NONE = new int[0];

  private final PackedStrings keys;
  private final int[] postingStart;
  private final int[] postings;

  private NameIndex(PackedStrings keys, int[] postingStart, int[] postings) {
    this.keys = keys;
    this.postingStart = postingStart;
    this.postings = postings;
  }

  int size() {
    return keys.size();
  }

  /** Postings of {@code key}, ascending; empty when absent. */
  int[] get(String key) {
    int k = find(key.getBytes(StandardCharsets.US_ASCII));
    return k < 0 ? NONE : Arrays.copyOfRange(postings, postingStart[k], postingStart[k + 1]);
  }

  private int find(byte[] probe) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = keys.compare(mid, probe);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The index and which of its (key, posting) pairs were added as derivable. */
  static final class Built {
    private final NameIndex index;
    private final long[] derivable;

    private Built(NameIndex index, long[] derivable) {
      this.index = index;
      this.derivable = derivable;
    }

    NameIndex index() {
      return index;
    }

    /**
     * A second index holding, for every derivable pair (key, posting), the pair ({@code keyOf(key)}, posting):
     * built from the first index's distinct pairs, so the loader never holds both indexes' raw pairs at once.
     */
    NameIndex derive(UnaryOperator<String> keyOf) {
      Builder derived = new Builder();
      for (int k = 0; k < index.size(); k++) {
        String derivedKey = null;
        for (int p = index.postingStart[k]; p < index.postingStart[k + 1]; p++) {
          if ((derivable[p >>> 6] & (1L << p)) != 0) {
            derivedKey = derivedKey != null ? derivedKey : keyOf.apply(index.keys.get(k));
            derived.add(derivedKey, index.postings[p]);
          }
        }
      }
      return derived.build().index();
    }
  }

  /**
   * Collects (key, posting) pairs, then sorts and packs them once; builds once. Keys are packed bytes and the
   * sort is over entry numbers, so tens of millions of pairs cost tens of bytes each, not a String apiece.
   */
  static final class Builder {
    /** How far back {@link #add} looks for the same pair: a row's names are added together. */
    private static final int RECENT = 8;

    private PackedStrings.Builder keys = new PackedStrings.Builder();
    /** Posting shifted left by one, low bit set when the pair is derivable. */
    private int[] values = new int[1024];

    void add(String key, int posting) {
      add(key, posting, 0);
    }

    /** Adds a pair that also feeds {@link Built#derive}. */
    void addDerivable(String key, int posting) {
      add(key, posting, 1);
    }

    /** {@code derivable} is the low bit of the stored value: 1 or 0. */
    private void add(String key, int posting, int derivable) {
      if (key == null || key.isEmpty()) {
        return;
      }
      if (posting < 0 || posting > Integer.MAX_VALUE >> 1) {
        throw new IllegalArgumentException("posting out of range: " + posting);
      }
      byte[] bytes = key.getBytes(StandardCharsets.US_ASCII);
      int n = keys.size();
      // a name, its ASCII form and alternate spellings mostly fold alike: drop the repeat where it is cheap to see
      for (int i = n - 1; i >= 0 && i >= n - RECENT && values[i] >>> 1 == posting; i--) {
        if (keys.equal(i, bytes)) {
          values[i] |= derivable;
          return;
        }
      }
      if (n == values.length) {
        values = Arrays.copyOf(values, n + (n >> 1));
      }
      values[n] = posting << 1 | derivable;
      keys.add(bytes);
    }

    Built build() {
      PackedStrings.Builder raw = keys;
      int[] rawValues = values;
      keys = null;
      values = null;
      int n = raw.size();
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      IndexSort.sort(order, (a, b) -> {
        int c = raw.compare(a, b);
        return c != 0 ? c : Integer.compare(rawValues[a], rawValues[b]);
      });
      // postings are written over the order array behind the read position, which has passed them
      PackedStrings.Builder distinct = new PackedStrings.Builder();
      int[] postingStart = new int[1024];
      long[] derivable = new long[(n >>> 6) + 1];
      int posted = 0;
      int last = -1;
      for (int i = 0; i < n; i++) {
        int entry = order[i];
        int value = rawValues[entry];
        if (last < 0 || !raw.equal(entry, last)) {
          if (distinct.size() + 2 > postingStart.length) {
            postingStart = Arrays.copyOf(postingStart, postingStart.length + (postingStart.length >> 1));
          }
          postingStart[distinct.size()] = posted;
          distinct.addFrom(raw, entry);
          last = entry;
        } else if (order[posted - 1] == value >>> 1) {
          derivable[(posted - 1) >>> 6] |= (long) (value & 1) << (posted - 1);
          continue;
        }
        order[posted] = value >>> 1;
        derivable[posted >>> 6] |= (long) (value & 1) << posted;
        posted++;
      }
      postingStart[distinct.size()] = posted;
      NameIndex index = new NameIndex(distinct.build(), Arrays.copyOf(postingStart, distinct.size() + 1),
          Arrays.copyOf(order, posted));
      return new Built(index, derivable);
    }
  }
}
