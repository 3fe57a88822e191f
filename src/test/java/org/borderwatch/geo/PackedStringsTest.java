package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackedStringsTest {
  @Test
  void readsBackAnyScriptAndNullAndGrows() {
    PackedStrings.Builder builder = new PackedStrings.Builder();
    String[] values = {"Sant Julià de Lòria", null, "Белгород", "", "北京", "Łódź"};
    for (int i = 0; i < 3_000; i++) {
      builder.add(values[i % values.length]);
    }
    PackedStrings strings = builder.build();
    assertThat(strings.size()).isEqualTo(3_000);
    for (int i = 0; i < 3_000; i++) {
      String v = values[i % values.length];
      assertThat(strings.get(i)).isEqualTo(v == null || v.isEmpty() ? null : v);
    }
    assertThat(strings.compare(2, "Белгород".getBytes(StandardCharsets.UTF_8))).isZero();
    assertThat(strings.compare(0, "T".getBytes(StandardCharsets.UTF_8))).isNegative();
  }
}
