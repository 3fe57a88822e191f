package org.borderwatch.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of claims against the sample gold: {@code claim} (article, place and event
 * type agree), then the same match also requiring attribution, modality or cross-border kind; the gold
 * claims no extracted claim matched and the extracted claims that matched no gold claim.
 */
public record SampleReport(Map<String, Score> scores, List<String> unmatchedGold, List<String> unmatchedClaims) {
  public SampleReport {
    scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    unmatchedGold = List.copyOf(unmatchedGold);
    unmatchedClaims = List.copyOf(unmatchedClaims);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold_format", "sample");
    Map<String, Object> s = new LinkedHashMap<>();
    scores.forEach((k, v) -> s.put(k, v.toMap()));
    m.put("scores", s);
    m.put("unmatched_gold", unmatchedGold);
    m.put("unmatched_claims", unmatchedClaims);
    return m;
  }
}
