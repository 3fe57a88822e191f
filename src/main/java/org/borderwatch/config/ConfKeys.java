package org.borderwatch.config;

/**
 * Configuration keys ({@code --conf key=value} or a {@code --conf-file}) and their defaults. Dots
 * separate hierarchy, hyphens join words inside one concept.
 */
public final class ConfKeys {
  private ConfKeys() {}

  /** Records whose text is longer (in characters, after normalisation) are rejected as TEXT_TOO_LONG. */
  public static final String INGEST_MAX_TEXT_CHARS = "borderwatch.ingest.max-text-chars";
  public static final int INGEST_MAX_TEXT_CHARS_DEFAULT = 200_000;

  /** Texts shorter than this after normalisation are rejected as TEXT_TOO_SHORT. */
  public static final String INGEST_MIN_TEXT_CHARS = "borderwatch.ingest.min-text-chars";
  public static final int INGEST_MIN_TEXT_CHARS_DEFAULT = 20;

  /** Raw input kept in a reject row is cut to this many characters. */
  public static final String REJECTS_MAX_RAW_CHARS = "borderwatch.rejects.max-raw-chars";
  public static final int REJECTS_MAX_RAW_CHARS_DEFAULT = 2_000;

  /** Date used for records without a publication date and for run ids (ISO date); default: today (UTC). */
  public static final String RUN_DATE = "borderwatch.run-date";

  /** Number of partitions for the stages after ingest; 0 means Spark's default parallelism. */
  public static final String PARTITIONS = "borderwatch.partitions";
  public static final int PARTITIONS_DEFAULT = 0;

  /** Parquet compression codec: zstd or snappy. */
  public static final String PARQUET_COMPRESSION = "borderwatch.parquet.compression";
  public static final String PARQUET_COMPRESSION_DEFAULT = "zstd";

  /** Prefix of the input column mapping: {@code borderwatch.input.column.text=body}. */
  public static final String INPUT_COLUMN_PREFIX = "borderwatch.input.column.";

  /**
   * Claims join an incident when their event date is at most this many days from the incident's
   * seed (its earliest claim), so an incident spans at most this window; 1 absorbs "overnight"
   * reports dated either side of midnight (IncidentClustererTest#overnightReportsDatedEitherSideOfMidnight).
   */
  public static final String AGGREGATE_WINDOW_DAYS = "borderwatch.aggregate.window-days";
  public static final int AGGREGATE_WINDOW_DAYS_DEFAULT = 1;

  /** Points (geo precision 1–2) this close, in km, count as the same place; 10 km covers a village and its outskirts. */
  public static final String AGGREGATE_DISTANCE_KM = "borderwatch.aggregate.distance-km";
  public static final double AGGREGATE_DISTANCE_KM_DEFAULT = 10.0;

  /**
   * Pairs of different ACLED event types that may describe one incident when reported for the same
   * place and day, {@code TypeA|TypeB} separated by commas; same-type claims are always compatible.
   */
  public static final String AGGREGATE_COMPATIBLE_TYPES = "borderwatch.aggregate.compatible-types";
  public static final String AGGREGATE_COMPATIBLE_TYPES_DEFAULT =
      "Battles|Explosions/Remote violence,Explosions/Remote violence|Strategic developments";
}
