package org.borderwatch.geo;

import java.io.Serializable;
import java.util.List;

/**
 * A place mention in an article and what it resolved to. Offsets are UTF-16 code unit offsets into
 * the article text, end exclusive, covering the place name only ("Kozinka" in "the village of
 * Kozinka"). {@code place} is null when the gazetteer lacks the name; the mention is then kept at
 * the finest level the text gives (admin1 or country fields set, {@code geoPrecision} 3 or 4), or
 * with every location field null when the text gives none — never dropped.
 *
 * @param geoPrecision 1 town, 2 near/part of a region, 3 region, 4 country or wider (continent, macro-region)
 * @param role what the name does here: only {@link PlaceRole#PLACE} is where an event may happen
 */
public record ResolvedPlace(String text, int begin, int end, Place place, String name, String featureCode,
    String countryCode, String admin1Code, String admin1Name, Double latitude, Double longitude, int geoPrecision,
    double confidence, List<Candidate> candidates, PlaceRole role) implements Serializable {

  /** An older construction: a mention in the role of a place. */
  public ResolvedPlace(String text, int begin, int end, Place place, String name, String featureCode,
      String countryCode, String admin1Code, String admin1Name, Double latitude, Double longitude, int geoPrecision,
      double confidence, List<Candidate> candidates) {
    this(text, begin, end, place, name, featureCode, countryCode, admin1Code, admin1Name, latitude, longitude,
        geoPrecision, confidence, candidates, PlaceRole.PLACE);
  }

  /** Located somewhere: in a country, or at an entity wider than one (a continent, "the Middle East"). */
  public boolean isResolved() {
    return countryCode != null || place != null;
  }

  /** The same mention in another role. */
  public ResolvedPlace withRole(PlaceRole newRole) {
    return new ResolvedPlace(text, begin, end, place, name, featureCode, countryCode, admin1Code, admin1Name,
        latitude, longitude, geoPrecision, confidence, candidates, newRole);
  }

  /** The same mention found in a part of a text that starts {@code offset} characters into the whole. */
  public ResolvedPlace shifted(int offset) {
    return new ResolvedPlace(text, begin + offset, end + offset, place, name, featureCode, countryCode, admin1Code,
        admin1Name, latitude, longitude, geoPrecision, confidence, candidates, role);
  }

  public Long geonameId() {
    return place == null ? null : place.geonameId();
  }
}
