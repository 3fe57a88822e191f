package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {
  @Test
  void ordersEntriesAsTheirKeysOrderManyRepeatsIncluded() {
    Random random = new Random(11);
    for (int size : new int[] {0, 1, 2, 15, 17, 1_000, 50_000}) {
      int[] keys = random.ints(size, 0, Math.max(1, size / 20)).toArray();
      int[] entries = IntStream.range(0, size).toArray();
      IndexSort.sort(entries, (a, b) -> Integer.compare(keys[a], keys[b]));
      int[] sortedKeys = Arrays.stream(entries).map(e -> keys[e]).toArray();
      int[] expected = keys.clone();
      Arrays.sort(expected);
      assertThat(sortedKeys).as("size " + size).containsExactly(expected);
      assertThat(Arrays.stream(entries).sorted().toArray()).as("a permutation").containsExactly(
          IntStream.range(0, size).toArray());
    }
  }

  @Test
  void sortedAndReversedInputsSort() {
    int[] ascending = IntStream.range(0, 10_000).toArray();
    int[] descending = IntStream.range(0, 10_000).map(i -> 9_999 - i).toArray();
    IndexSort.sort(descending, Integer::compare);
    IndexSort.sort(ascending, (a, b) -> Integer.compare(b, a));
    assertThat(descending).containsExactly(IntStream.range(0, 10_000).toArray());
    assertThat(ascending[0]).isEqualTo(9_999);
  }
}
