package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NameIndexTest {
  private static final String[] WORDS = {"kharkiv", "kharkov", "lviv", "lvov", "odesa", "odessa", "bakhmut", "sumy",
      "kyiv", "kiev", "~kyiv", "dnipro", "a", "ab", "abc", "zz", "novo sel"};

  @Test
  void holdsEveryPairOnceWithPostingsAscending() {
    Random random = new Random(5);
    NameIndex.Builder builder = new NameIndex.Builder();
    Map<String, TreeSet<Integer>> expected = new TreeMap<>();
    for (int i = 0; i < 20_000; i++) {
      String key = WORDS[random.nextInt(WORDS.length)] + (random.nextInt(4) == 0 ? " " + random.nextInt(300) : "");
      int row = random.nextInt(2_000);
      builder.add(key, row);
      expected.computeIfAbsent(key, k -> new TreeSet<>()).add(row);
    }
    builder.add("", 7);
    NameIndex index = builder.build().index();
    assertThat(index.size()).isEqualTo(expected.size());
    expected.forEach((key, rows) ->
        assertThat(index.get(key)).as(key).containsExactly(rows.stream().mapToInt(Integer::intValue).toArray()));
    assertThat(index.get("")).isEmpty();
    assertThat(index.get("kharki")).as("a prefix is not a key").isEmpty();
    assertThat(index.get("zzz")).isEmpty();
  }

  @Test
  void derivedIndexHoldsOnlyTheDerivablePairsUnderTheirDerivedKeys() {
    NameIndex.Builder builder = new NameIndex.Builder();
    builder.addDerivable("kharkiv", 1);
    builder.addDerivable("kharkov", 2);
    builder.add("kharkiv", 3);
    builder.add("kharkov", 3);
    builder.addDerivable("kharkov", 3);
    builder.add("~kharkiv", 4);
    builder.addDerivable("sumy", 5);
    NameIndex.Built built = builder.build();
    assertThat(built.index().get("kharkov")).containsExactly(2, 3);
    NameIndex derived = built.derive(NameFolding::variantKey);
    assertThat(derived.get(NameFolding.variantKey("kharkiv"))).as("row 3 derivable once as kharkov")
        .containsExactly(1, 2, 3);
    assertThat(derived.size()).as("a short variant key is no key").isEqualTo(1);
  }
}
