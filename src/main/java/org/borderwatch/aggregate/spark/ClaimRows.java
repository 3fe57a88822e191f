package org.borderwatch.aggregate.spark;

import static org.borderwatch.io.Columns.*;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.borderwatch.aggregate.ClaimRecord;

/** Reads {@link ClaimRecord}s from rows of any schema holding the claims columns, by name. */
public final class ClaimRows implements Serializable {
  private final int claimId, articleId, source, publishedAt, actorText, actorId, actorCountry, eventType,
      subEventType, locationId, locationName, admin1Code, admin1Name, countryCode, latitude, longitude,
      geoPrecision, claimantText, claimantId, claimantCountry, attribution, modality, eventDate, crossBorder,
      crossBorderKind, crossBorderBasis, gazetteerVersion;

  public ClaimRows(StructType schema) {
    claimId = schema.fieldIndex(CLAIM_ID);
    articleId = schema.fieldIndex(ARTICLE_ID);
    source = schema.fieldIndex(SOURCE);
    publishedAt = schema.fieldIndex(PUBLISHED_AT);
    actorText = schema.fieldIndex(ACTOR_TEXT);
    actorId = schema.fieldIndex(ACTOR_ID);
    actorCountry = schema.fieldIndex(ACTOR_COUNTRY);
    eventType = schema.fieldIndex(EVENT_TYPE);
    subEventType = schema.fieldIndex(SUB_EVENT_TYPE);
    locationId = schema.fieldIndex(LOCATION_ID);
    locationName = schema.fieldIndex(LOCATION_NAME);
    admin1Code = schema.fieldIndex(ADMIN1_CODE);
    admin1Name = schema.fieldIndex(ADMIN1_NAME);
    countryCode = schema.fieldIndex(COUNTRY_CODE);
    latitude = schema.fieldIndex(LATITUDE);
    longitude = schema.fieldIndex(LONGITUDE);
    geoPrecision = schema.fieldIndex(GEO_PRECISION);
    claimantText = schema.fieldIndex(CLAIMANT_TEXT);
    claimantId = schema.fieldIndex(CLAIMANT_ID);
    claimantCountry = schema.fieldIndex(CLAIMANT_COUNTRY);
    attribution = schema.fieldIndex(ATTRIBUTION);
    modality = schema.fieldIndex(MODALITY);
    eventDate = schema.fieldIndex(EVENT_DATE);
    crossBorder = schema.fieldIndex(CROSS_BORDER);
    crossBorderKind = schema.fieldIndex(CROSS_BORDER_KIND);
    crossBorderBasis = schema.fieldIndex(CROSS_BORDER_BASIS);
    gazetteerVersion = schema.fieldIndex(GAZETTEER_VERSION);
  }

  public ClaimRecord record(Row r) {
    Timestamp published = r.isNullAt(publishedAt) ? null : r.getTimestamp(publishedAt);
    Date date = r.isNullAt(eventDate) ? null : r.getDate(eventDate);
    return new ClaimRecord(
        r.getString(claimId), r.getString(articleId), r.getString(source),
        published == null ? null : published.toInstant(),
        r.getString(actorText), r.getString(actorId), r.getString(actorCountry),
        r.getString(eventType), r.getString(subEventType),
        r.isNullAt(locationId) ? null : r.getLong(locationId),
        r.getString(locationName), r.getString(admin1Code), r.getString(admin1Name), r.getString(countryCode),
        r.isNullAt(latitude) ? null : r.getDouble(latitude),
        r.isNullAt(longitude) ? null : r.getDouble(longitude),
        r.isNullAt(geoPrecision) ? null : r.getInt(geoPrecision),
        r.getString(claimantText), r.getString(claimantId), r.getString(claimantCountry),
        r.getString(attribution), r.getString(modality),
        date == null ? null : date.toLocalDate(),
        !r.isNullAt(crossBorder) && r.getBoolean(crossBorder),
        r.getString(crossBorderKind), r.getString(crossBorderBasis), r.getString(gazetteerVersion));
  }
}
