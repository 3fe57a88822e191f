package org.borderwatch.aggregate;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The fields of one {@code claims} row that clustering and incident building read. Immutable;
 * nullable fields mirror the optional columns of the claims table.
 */
public record ClaimRecord(
    String claimId,
    String articleId,
    String source,
    Instant publishedAt,
    String actorText,
    String actorId,
    String actorCountry,
    String eventType,
    String subEventType,
    Long locationId,
    String locationName,
    String admin1Code,
    String admin1Name,
    String countryCode,
    Double latitude,
    Double longitude,
    Integer geoPrecision,
    String claimantText,
    String claimantId,
    String claimantCountry,
    String attribution,
    String modality,
    LocalDate eventDate,
    boolean crossBorder,
    String crossBorderKind,
    String crossBorderBasis,
    String gazetteerVersion) implements Serializable {

  /** Finest geo precision that still counts as a point place (1 town, 2 near/part of a region). */
  public static final int POINT_PRECISION = 2;

  /** A claim placed at a town or a named spot with coordinates, as opposed to a region or a country. */
  public boolean isPoint() {
    return geoPrecision != null && geoPrecision <= POINT_PRECISION && (locationId != null || hasCoordinates());
  }

  public boolean hasCoordinates() {
    return latitude != null && longitude != null;
  }

  /** Who acted, as an identity to compare across claims: the dictionary id, else the folded text. */
  public String actorIdentity() {
    if (actorId != null) {
      return actorId;
    }
    return actorText == null ? null : actorText.trim().toLowerCase(Locale.ROOT);
  }

  /** Who says so, as the incident lists it: the claimant as written, else the publisher. */
  public String claimantLabel() {
    if (claimantText != null && !claimantText.isBlank()) {
      return claimantText.trim();
    }
    return source != null && !source.isBlank() ? source.trim() : "(unattributed)";
  }

  /** Place name folded for comparing unresolved places. */
  public String foldedLocationName() {
    return locationName == null ? null : locationName.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Why the claim cannot be clustered, or null when it can. The claims schema declares these
   * columns required, but a table written by another tool may still hold nulls.
   */
  public String problem() {
    if (claimId == null) {
      return "MISSING_CLAIM_ID";
    }
    if (eventDate == null) {
      return "MISSING_EVENT_DATE";
    }
    if (eventType == null) {
      return "MISSING_EVENT_TYPE";
    }
    if (publishedAt == null) {
      return "MISSING_PUBLISHED_AT";
    }
    return null;
  }
}
