package org.borderwatch.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Precision, recall and F1 from counts: {@code matched} of {@code extracted} claims against {@code gold} claims. */
public record Score(long gold, long extracted, long matched) {

  public double precision() {
    return Figures.share(matched, extracted);
  }

  public double recall() {
    return Figures.share(matched, gold);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", gold);
    m.put("extracted", extracted);
    m.put("matched", matched);
    m.put("precision", Figures.round(precision()));
    m.put("recall", Figures.round(recall()));
    m.put("f1", Figures.round(f1()));
    return m;
  }
}
