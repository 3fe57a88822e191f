package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void agreesWithAHashMapThroughGrowth() {
    Random random = new Random(3);
    LongIntMap map = new LongIntMap();
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      long key = random.nextInt(60_000) * 1_000_003L;
      map.put(key, i);
      expected.put(key, i);
    }
    expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
    assertThat(map.get(7)).isEqualTo(-1);
    assertThat(map.containsKey(0)).isEqualTo(expected.containsKey(0L));
    assertThatThrownBy(() -> map.put(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
