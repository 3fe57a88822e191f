package org.borderwatch.eval;

import java.io.Serializable;

/**
 * The columns of one {@code claims} row that the evaluation looks at. Coordinates are WGS84
 * degrees, null when the place was not resolved to a point.
 */
public record ClaimSummary(String claimId, String articleId, String eventType, String subEventType,
    String locationName, String admin1Code, String admin1Name, String countryCode, Double latitude, Double longitude,
    Integer geoPrecision, String actorText, String actorCountry, String attribution, String modality,
    String crossBorderKind, double confidence) implements Serializable {

  public boolean hasPoint() {
    return latitude != null && longitude != null;
  }

  /** A short description for the list of misses: "Shelling/artillery/missile attack at Avdiivka (Donetsk Oblast), actor RU". */
  public String describe() {
    String place = locationName == null ? "no place" : locationName + (admin1Name == null ? "" : " (" + admin1Name + ")");
    return subEventType + " at " + place + ", actor " + (actorCountry == null ? "?" : actorCountry);
  }
}
