package org.borderwatch.extract.model;

import java.io.Serializable;
import java.util.List;
import org.borderwatch.geo.Candidate;

/**
 * One row of {@code mentions}: an actor, place, date, claim trigger or quote source as written, with
 * what it resolved to. Offsets are UTF-16 code units into the article text, end exclusive.
 */
public record Mention(int sentenceIndex, int begin, int end, String text, Kind kind, String resolvedId,
    String resolvedName, String featureCode, String countryCode, String admin1Code, String admin1Name,
    Double latitude, Double longitude, Integer geoPrecision, Double confidence, List<Candidate> candidates)
    implements Serializable {

  public enum Kind { ACTOR, LOCATION, DATE, CLAIM_TRIGGER, QUOTE_SOURCE }

  public static Mention of(int sentenceIndex, int begin, int end, String text, Kind kind, String resolvedId,
      String resolvedName) {
    return new Mention(sentenceIndex, begin, end, text, kind, resolvedId, resolvedName, null, null, null, null,
        null, null, null, null, List.of());
  }
}
