package org.borderwatch.eval;

/**
 * A hand-coded claim of the sample gold file ({@code gold.jsonl}: one line per article,
 * {@code {"article": "s01", "claims": [...]}}), keyed by the article's input id.
 */
public record SampleGoldClaim(String article, String actor, String actorSide, String location, String admin1Code,
    String country, String eventType, String subEventType, String attribution, String modality,
    String crossBorderKind) {

  public String describe() {
    return article + ": " + actor + " / " + subEventType + " at " + location + " (" + (admin1Code == null ? country
        : admin1Code) + ")";
  }
}
