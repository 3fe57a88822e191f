package org.borderwatch.geo;

import java.util.Arrays;

/**
 * GeoNames id to row while loading: open addressing over two primitive arrays, 16 to 24 bytes an id where a
 * {@code HashMap<Long, Integer>} costs about 80, which at ten million ids decides whether the build fits the heap.
 */
final class LongIntMap {
  private static final int ABSENT = -1;
  private long[] keys = new long[1 << 12];
  private int[] values = new int[1 << 12];
  private int size;

  LongIntMap() {
    Arrays.fill(values, ABSENT);
  }

  /** The row of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == ABSENT) {
        return ABSENT;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  boolean containsKey(long key) {
    return get(key) != ABSENT;
  }

  /** Maps {@code key} to {@code value}, which must not be negative. */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative row " + value);
    }
    if (4L * (size + 1) > 3L * keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == ABSENT) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, ABSENT);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != ABSENT) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }
}
