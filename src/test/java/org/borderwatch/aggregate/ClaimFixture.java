package org.borderwatch.aggregate;

import static org.borderwatch.io.Columns.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.borderwatch.aggregate.spark.ClaimRows;
import org.borderwatch.io.Schemas;

/** Builds one {@code claims} row in code, with plausible defaults, as the extract stage would write it. */
public final class ClaimFixture {
  /**
   * A place as the gazetteer resolves it. Coordinates are the villages' real ones, rounded; {@code borderKm} is the
   * distance the bundled boundaries give from there to the country's land border, rounded (null for a region).
   */
  public record Place(String name, Long id, String admin1, String admin1Name, String country, Double lat, Double lon,
      int precision, Double borderKm) {}

  public static final Place KOZINKA = new Place("Kozinka", 563514L, "RU.09", "Belgorod Oblast", "RU", 50.545, 35.676, 1, 14.2);
  public static final Place GRAIVORON = new Place("Graivoron", 558236L, "RU.09", "Belgorod Oblast", "RU", 50.486, 35.667, 2, 9.7);
  public static final Place GORA_PODOL = new Place("Gora-Podol", 561133L, "RU.09", "Belgorod Oblast", "RU", 50.521, 35.640, 1, 10.6);
  public static final Place BELGOROD = new Place("Belgorod", 578072L, "RU.09", "Belgorod Oblast", "RU", 50.610, 36.580, 1, 36.0);
  public static final Place SHEBEKINO = new Place("Shebekino", 496381L, "RU.09", "Belgorod Oblast", "RU", 50.410, 36.900, 1, 7.9);
  public static final Place BELGOROD_OBLAST = new Place("Belgorod Oblast", 578071L, "RU.09", "Belgorod Oblast", "RU", null, null, 3, null);
  public static final Place KHOTIN = new Place("Khotin", 706000L, "UA.21", "Sumy Oblast", "UA", 51.060, 34.690, 1, 11.9);
  public static final Place SUMY = new Place("Sumy", 692194L, "UA.21", "Sumy Oblast", "UA", 50.910, 34.800, 1, 28.5);
  public static final Place SUMY_OBLAST = new Place("Sumy Oblast", null, "UA.21", "Sumy Oblast", "UA", null, null, 3, null);

  private final Map<String, Object> values = new HashMap<>();

  private ClaimFixture(String claimId) {
    values.put(CLAIM_ID, claimId);
    values.put(SENTENCE_INDEX, 0);
    values.put(EVIDENCE, "evidence of " + claimId);
    values.put(EVIDENCE_BEGIN, 0);
    values.put(EVIDENCE_END, 12);
    values.put(ACTOR_TYPE, "STATE_FORCE");
    values.put(PREDICATE, "attacked");
    values.put(ATTRIBUTION, "MEDIA_REPORT");
    values.put(MODALITY, "ASSERTED");
    values.put(TIME_PRECISION, 1);
    values.put(CROSS_BORDER, false);
    values.put(CONFIDENCE, 0.9);
    values.put(EXTRACTOR_VERSION, "fixture");
    values.put(RUN_ID, "fixture-run");
    values.put(PIPELINE_VERSION, "fixture");
    values.put(GAZETTEER_VERSION, "bundled-test");
    event("Battles", "Armed clash");
    article("art-" + claimId, "Meduza", LocalDate.of(2024, 3, 12));
    on(LocalDate.of(2024, 3, 12));
  }

  public static ClaimFixture claim(String claimId) {
    return new ClaimFixture(claimId);
  }

  public ClaimFixture article(String articleId, String source, LocalDate published) {
    values.put(ARTICLE_ID, articleId);
    values.put(SOURCE, source);
    values.put(URL, "https://example.org/" + articleId);
    values.put(PUBLISHED_AT, Timestamp.valueOf(published.atTime(9, 30)));
    values.put(PUBLISHED_DATE, Date.valueOf(published));
    return this;
  }

  public ClaimFixture on(LocalDate eventDate) {
    values.put(EVENT_DATE, Date.valueOf(eventDate));
    return this;
  }

  public ClaimFixture at(Place p) {
    values.put(LOCATION_TEXT, p.name());
    values.put(LOCATION_ID, p.id());
    values.put(LOCATION_NAME, p.name());
    values.put(ADMIN1_CODE, p.admin1());
    values.put(ADMIN1_NAME, p.admin1Name());
    values.put(COUNTRY_CODE, p.country());
    values.put(LATITUDE, p.lat());
    values.put(LONGITUDE, p.lon());
    values.put(GEO_PRECISION, p.precision());
    values.put(BORDER_DISTANCE_KM, p.borderKm());
    return this;
  }

  public ClaimFixture actor(String text, String id, String side) {
    values.put(ACTOR_TEXT, text);
    values.put(ACTOR_ID, id);
    values.put(ACTOR_COUNTRY, side);
    values.put(ACTOR_NATIONALITY, side);
    return this;
  }

  public ClaimFixture claimant(String text, String id, String side, String attribution) {
    values.put(CLAIMANT_TEXT, text);
    values.put(CLAIMANT_ID, id);
    values.put(CLAIMANT_COUNTRY, side);
    values.put(CLAIMANT_TYPE, "OFFICIAL");
    values.put(ATTRIBUTION, attribution);
    return this;
  }

  public ClaimFixture event(String type, String subType) {
    values.put(EVENT_TYPE, type);
    values.put(SUB_EVENT_TYPE, subType);
    return this;
  }

  public ClaimFixture modality(String modality) {
    values.put(MODALITY, modality);
    return this;
  }

  /** Cross-border without a basis, as a claims table written before bases existed has it. */
  public ClaimFixture crossBorder(String kind) {
    return crossBorder(kind, null);
  }

  public ClaimFixture crossBorder(String kind, String basis) {
    values.put(CROSS_BORDER, true);
    values.put(CROSS_BORDER_KIND, kind);
    values.put(CROSS_BORDER_BASIS, basis);
    return this;
  }

  /** Sets any column, including to null (for claims another tool wrote badly). */
  public ClaimFixture set(String column, Object value) {
    values.put(column, value);
    return this;
  }

  public Row row() {
    return RowFactory.create(Arrays.stream(Schemas.CLAIMS.columnNames()).map(values::get).toArray());
  }

  public ClaimRecord record() {
    return new ClaimRows(Schemas.CLAIMS.struct()).record(row());
  }

  /** The claims schema with every column nullable, so fixtures can hold the nulls a foreign writer might leave. */
  public static StructType lenientSchema() {
    return new StructType(Arrays.stream(Schemas.CLAIMS.struct().fields())
        .map(f -> new StructField(f.name(), f.dataType(), true, f.metadata())).toArray(StructField[]::new));
  }
}
