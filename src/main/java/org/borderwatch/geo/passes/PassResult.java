package org.borderwatch.geo.passes;

import java.util.Map;
import java.util.TreeMap;

/** What a pass decided (mention index → decision); every other mention stays open for the next pass. */
public record PassResult(Map<Integer, Decision> decided) {
  public PassResult {
    decided = Map.copyOf(decided);
  }

  public static PassResult none() {
    return new PassResult(Map.of());
  }

  /** Collects decisions in mention order. */
  public static final class Builder {
    private final Map<Integer, Decision> decided = new TreeMap<>();

    public Builder decide(int mention, int row, double confidence) {
      decided.put(mention, new Decision(row, confidence));
      return this;
    }

    public PassResult build() {
      return new PassResult(decided);
    }
  }
}
