package org.borderwatch.io;

import static org.borderwatch.io.Columns.*;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Every Parquet table borderwatch writes, defined once. The README's table reference is generated
 * from these definitions ({@code SchemaDocs}) and a test keeps the two in step.
 */
public final class Schemas {
  private Schemas() {}

  private static final DataType STRING = DataTypes.StringType;
  private static final DataType INT = DataTypes.IntegerType;
  private static final DataType LONG = DataTypes.LongType;
  private static final DataType DOUBLE = DataTypes.DoubleType;
  private static final DataType BOOLEAN = DataTypes.BooleanType;
  private static final DataType DATE = DataTypes.DateType;
  private static final DataType TIMESTAMP = DataTypes.TimestampType;
  private static final DataType STRINGS = DataTypes.createArrayType(STRING, false);

  private static ColumnSpec required(String name, DataType type, String doc) {
    return new ColumnSpec(name, type, false, doc);
  }

  private static ColumnSpec optional(String name, DataType type, String doc) {
    return new ColumnSpec(name, type, true, doc);
  }

  private static final ColumnSpec PIPELINE = required(PIPELINE_VERSION, STRING, "borderwatch version that wrote the row");
  private static final ColumnSpec OFFSET = optional(INPUT_OFFSET, LONG,
      "0-based byte offset where the record's line starts in the input file (JSON Lines): in the file's bytes "
          + "when uncompressed, in the decompressed bytes for gzip and other codecs read whole; for bzip2, which is "
          + "read split, the position Hadoop's line reader reports: the compressed offset where the split's first "
          + "bzip2 block starts plus the decompressed bytes read since (the true decompressed offset in the first "
          + "split; elsewhere it orders a split's lines but is no byte address and may repeat across splits); null "
          + "for CSV, text files and Parquet");
  private static final ColumnSpec GAZETTEER = optional(GAZETTEER_VERSION, STRING,
      "content hash of the gazetteer folder used (`bundled-…` for the bundled one)");

  /** A candidate place considered while resolving a mention, kept for explanation. */
  public static final DataType CANDIDATE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("geonameid", LONG, false),
      DataTypes.createStructField("name", STRING, true),
      DataTypes.createStructField("feature_code", STRING, true),
      DataTypes.createStructField("country_code", STRING, true),
      DataTypes.createStructField("admin1_code", STRING, true),
      DataTypes.createStructField("score", DOUBLE, false)));

  public static final TableSchema ARTICLES = new TableSchema("articles",
      "one row per distinct article after normalisation and exact de-duplication",
      List.of(
          required(ARTICLE_ID, STRING, "stable id: SHA-256 (hex, 32 chars) of the canonical URL, or of the normalised text when there is no URL"),
          optional(INPUT_ID, STRING, "the record's own id as given in the input, if any"),
          optional(URL, STRING, "article URL as given"),
          optional(SOURCE, STRING, "publisher"),
          optional(TITLE, STRING, "headline"),
          required(TEXT, STRING, "normalised body text (Unicode NFC, HTML stripped, whitespace collapsed); all offsets in other tables index into it"),
          required(PUBLISHED_AT, TIMESTAMP, "publication time (UTC); midnight when only a date was given"),
          required(PUBLISHED_DATE, DATE, "publication date; partition column"),
          required(PUBLISHED_INFERRED, BOOLEAN, "true when the record had no publication date and the run date was used"),
          optional(LANGUAGE, STRING, "language code as given, or detected (`en`, `ru`, `uk`, …)"),
          required(N_CHARS, INT, "length of `text` in UTF-16 code units"),
          required(CONTENT_HASH, STRING, "SHA-256 (hex) of the normalised text"),
          required(DUPLICATES, INT, "number of exact duplicate records collapsed into this row (0 when unique)"),
          optional(INPUT_FILE, STRING, "file the kept record came from"),
          OFFSET,
          optional(INPUT_LINE, LONG, "1-based line (JSON Lines read whole: gzip and other unsplittable codecs; text) or "
              + "record start line (CSV) or row (Parquet) of the kept record; null for JSON Lines read split across "
              + "tasks (uncompressed, bzip2), where `input_offset` locates it"),
          required(INGEST_RUN_ID, STRING, "run that ingested the article"),
          PIPELINE),
      List.of(PUBLISHED_DATE));

  public static final TableSchema REJECTS = new TableSchema("rejects",
      "every input record or article a stage could not use, with the reason; nothing is dropped silently",
      List.of(
          required(RUN_ID, STRING, "run that rejected the record"),
          required(STAGE, STRING, "stage that rejected it: `ingest`, `extract`; partition column"),
          required(REASON, STRING, "reason code, e.g. `MALFORMED_JSON`, `MISSING_TEXT`, `BAD_DATE` (see README)"),
          optional(DETAIL, STRING, "human-readable detail: parser message, offending value"),
          optional(INPUT_FILE, STRING, "input file"),
          OFFSET,
          optional(LINE, LONG, "1-based line or record number in the input file, as `articles.input_line`: null for "
              + "JSON Lines read split across tasks"),
          optional(ARTICLE_ID, STRING, "article id when the record got that far"),
          optional(RAW, STRING, "the raw record, truncated to `borderwatch.rejects.max-raw-chars`"),
          PIPELINE),
      List.of(STAGE));

  public static final TableSchema MENTIONS = new TableSchema("mentions",
      "every actor, place, date, claim trigger and quote source found in the text, resolved where possible",
      List.of(
          required(ARTICLE_ID, STRING, "article the mention is in"),
          required(PUBLISHED_DATE, DATE, "article publication date; partition column"),
          required(SENTENCE_INDEX, INT, "0-based sentence number in the article"),
          required(BEGIN, INT, "start offset in `articles.text` (UTF-16 code units, 0-based)"),
          required(END, INT, "end offset in `articles.text`, exclusive"),
          required("text", STRING, "the mention as written"),
          required(KIND, STRING, "ACTOR, LOCATION, DATE, CLAIM_TRIGGER or QUOTE_SOURCE"),
          optional(RESOLVED_ID, STRING, "GeoNames id (places), actor id (actors), ISO date (dates), sub-event type (triggers)"),
          optional(RESOLVED_NAME, STRING, "canonical name of what the mention resolved to"),
          optional(FEATURE_CODE, STRING, "GeoNames feature code of the resolved place (PPL, ADM1, PCLI, …)"),
          optional(COUNTRY_CODE, STRING, "ISO 3166-1 alpha-2 country of the place"),
          optional(ADMIN1_CODE, STRING, "GeoNames admin1 code of the place (`RU.09`)"),
          optional(ADMIN1_NAME, STRING, "admin1 name"),
          optional(LATITUDE, DOUBLE, "WGS84 latitude"),
          optional(LONGITUDE, DOUBLE, "WGS84 longitude"),
          optional(GEO_PRECISION, INT, "1 town, 2 near/part of a region, 3 region, 4 country"),
          optional(CONFIDENCE, DOUBLE, "0–1 confidence in the resolution"),
          optional(CANDIDATES, DataTypes.createArrayType(CANDIDATE, false), "places considered, best first, with scores"),
          required(RUN_ID, STRING, "run that wrote the row"),
          PIPELINE, GAZETTEER),
      List.of(PUBLISHED_DATE));

  public static final TableSchema CLAIMS = new TableSchema("claims",
      "actor–location–claim tuples: one row per (actor, event, location, claimant) found in an article",
      List.of(
          required(CLAIM_ID, STRING, "stable id of the claim (hash of article, evidence span, actor, event, location, claimant)"),
          required(ARTICLE_ID, STRING, "article it was found in"),
          optional(SOURCE, STRING, "publisher"),
          optional(URL, STRING, "article URL"),
          required(PUBLISHED_AT, TIMESTAMP, "article publication time"),
          required(PUBLISHED_DATE, DATE, "article publication date; partition column"),
          required(SENTENCE_INDEX, INT, "0-based sentence of the evidence"),
          required(EVIDENCE, STRING, "the evidence sentence"),
          required(EVIDENCE_BEGIN, INT, "start offset of the evidence in `articles.text`"),
          required(EVIDENCE_END, INT, "end offset of the evidence, exclusive"),
          optional(ACTOR_TEXT, STRING, "acting party as written"),
          optional(ACTOR_ID, STRING, "actor dictionary id, or a generic id such as `generic:RU:STATE_FORCE`"),
          required(ACTOR_TYPE, STRING, "STATE_FORCE, NONSTATE_ARMED, GOVERNMENT, OFFICIAL, CIVILIANS, MEDIA or UNKNOWN"),
          optional(ACTOR_COUNTRY, STRING, "ISO country whose side the actor acts for"),
          optional(ACTOR_NATIONALITY, STRING, "ISO country of the actor's members when it differs from the side they fight for, else equal to actor_country"),
          required(PREDICATE, STRING, "trigger word or phrase as written"),
          required(EVENT_TYPE, STRING, "ACLED event type"),
          required(SUB_EVENT_TYPE, STRING, "ACLED sub-event type"),
          optional(LOCATION_TEXT, STRING, "place as written"),
          optional(LOCATION_ID, LONG, "GeoNames id of the place, when resolved to a gazetteer entry"),
          optional(LOCATION_NAME, STRING, "canonical name of the place (or the written name when the gazetteer lacks it)"),
          optional(ADMIN1_CODE, STRING, "GeoNames admin1 code"),
          optional(ADMIN1_NAME, STRING, "admin1 name"),
          optional(COUNTRY_CODE, STRING, "ISO 3166-1 alpha-2 country of the place"),
          optional(LATITUDE, DOUBLE, "WGS84 latitude"),
          optional(LONGITUDE, DOUBLE, "WGS84 longitude"),
          optional(GEO_PRECISION, INT, "1 town, 2 near/part of a region, 3 region, 4 country"),
          optional(ORIGIN_COUNTRY, STRING, "country fire or strikes came from (`fired from Belarus` → BY)"),
          optional(CLAIMANT_TEXT, STRING, "who says so, as written; null for the publication's own voice"),
          optional(CLAIMANT_ID, STRING, "actor dictionary id of the claimant"),
          optional(CLAIMANT_TYPE, STRING, "actor type of the claimant"),
          optional(CLAIMANT_COUNTRY, STRING, "side of the claimant"),
          required(ATTRIBUTION, STRING, "SELF_CLAIM, ADVERSARY_CLAIM, THIRD_PARTY or MEDIA_REPORT"),
          required(MODALITY, STRING, "ASSERTED, CLAIMED, DENIED, UNCONFIRMED or THREATENED"),
          required(EVENT_DATE, DATE, "date of the event, resolved against the publication date"),
          required(TIME_PRECISION, INT, "1 day, 2 week, 3 month"),
          required(CROSS_BORDER, BOOLEAN, "true when the actor acts on the territory of a state other than its own side, across or at their border"),
          optional(CROSS_BORDER_KIND, STRING, "INCURSION, CROSS_BORDER_FIRE, AIR_DRONE or BORDER_AREA"),
          optional(CROSS_BORDER_BASIS, STRING, "STATED (the text says the border was crossed), ORIGIN (an origin in another state is named), AIRSPACE (something airborne came into another state's airspace) or DISTANCE (only the place's distance to the crossing party's border: inferred); null when not cross-border. Strict view: STATED, ORIGIN and AIRSPACE; the broad view adds DISTANCE"),
          optional(BORDER_DISTANCE_KM, DOUBLE, "distance from the place to the nearest land border of its country (gazetteer's country; bundled or --boundaries polygons, borderwatch.geo.boundaries-view)"),
          required(CONFIDENCE, DOUBLE, "0–1: higher when actor, place and claimant are explicit and resolved"),
          required(EXTRACTOR_VERSION, STRING, "version of the extraction rules and dictionaries"),
          required(RUN_ID, STRING, "run that wrote the row"),
          PIPELINE, GAZETTEER),
      List.of(PUBLISHED_DATE));

  public static final TableSchema INCIDENTS = new TableSchema("incidents",
      "claims clustered across articles into incidents; contradictions are kept, not merged",
      List.of(
          required(INCIDENT_ID, STRING, "stable id: hash of the incident's seed claim id (its earliest claim by event date, then claim id)"),
          required(EVENT_DATE, DATE, "earliest event date of its claims; partition column"),
          optional(LOCATION_ID, LONG, "GeoNames id of the place"),
          optional(LOCATION_NAME, STRING, "place name"),
          optional(ADMIN1_CODE, STRING, "admin1 code"),
          optional(ADMIN1_NAME, STRING, "admin1 name"),
          optional(COUNTRY_CODE, STRING, "country of the place"),
          optional(LATITUDE, DOUBLE, "latitude"),
          optional(LONGITUDE, DOUBLE, "longitude"),
          optional(GEO_PRECISION, INT, "finest geo precision among its claims (the place fields come from that claim)"),
          required(EVENT_TYPE, STRING, "ACLED event type (most frequent among its claims)"),
          required(SUB_EVENT_TYPE, STRING, "ACLED sub-event type (most frequent among its claims)"),
          required(ACTORS, STRINGS, "distinct actors named by its claims, as written, sorted"),
          required(ACTOR_COUNTRIES, STRINGS, "distinct sides of those actors"),
          required(CLAIMANTS, STRINGS, "distinct claimants as written (the publisher for a media report), sorted"),
          required(N_CLAIMS, INT, "number of claims"),
          required(N_ARTICLES, INT, "number of distinct articles"),
          required(N_SOURCES, INT, "number of distinct publishers"),
          required(FIRST_REPORTED_AT, TIMESTAMP, "earliest publication time among its articles"),
          required(CONTESTED, BOOLEAN, "claimants of opposing sides disagree about who acted or what happened"),
          optional(CONTESTED_REASON, STRING, "why it is contested: WHO_ACTED, MUTUAL_BLAME, DENIAL or WHAT_HAPPENED (null when not)"),
          required(CROSS_BORDER, BOOLEAN, "any of its claims is cross-border"),
          optional(CROSS_BORDER_KIND, STRING, "most frequent cross-border kind among its claims"),
          optional(CROSS_BORDER_BASIS, STRING, "strongest basis among its cross-border claims (STATED, ORIGIN, AIRSPACE, "
              + "DISTANCE, in that order)"),
          required(CLAIM_IDS, STRINGS, "ids of its claims, sorted"),
          required(RUN_ID, STRING, "run that wrote the row"),
          PIPELINE, GAZETTEER),
      List.of(EVENT_DATE));

  /** Upper limits (km, exclusive) of the border-distance bands of the stats tables; beyond the last, one open band. */
  public static final List<Double> DISTANCE_BAND_LIMITS_KM = List.of(5.0, 25.0, 100.0);

  /** Label of distance band {@code i} of {@link #DISTANCE_BAND_LIMITS_KM}: "0-5", "5-25", "25-100", ">100". */
  public static String distanceBand(int i) {
    List<Double> limits = DISTANCE_BAND_LIMITS_KM;
    return i == limits.size() ? ">" + km(limits.get(i - 1))
        : (i == 0 ? "0" : km(limits.get(i - 1))) + "-" + km(limits.get(i));
  }

  private static String km(double limit) {
    return Long.toString(Math.round(limit));
  }

  private static final ColumnSpec STATS_RUN = required(RUN_ID, STRING, "run that wrote the row");
  private static final ColumnSpec STATS_YEAR = required(YEAR, INT, "calendar year of the event date; partition column");
  private static final ColumnSpec STATS_KIND = optional(CROSS_BORDER_KIND, STRING,
      "INCURSION, CROSS_BORDER_FIRE, AIR_DRONE or BORDER_AREA");
  private static final ColumnSpec STATS_BASIS = optional(CROSS_BORDER_BASIS, STRING,
      "the incident's basis: STATED, ORIGIN, AIRSPACE (strict view) or DISTANCE (inferred; the broad view adds it)");
  private static final ColumnSpec STATS_DISTANCE_BAND = optional(DISTANCE_BAND, STRING,
      "distance to the border, the smallest among the incident's claims: 0-5, 5-25, 25-100 or >100 km; null without one");

  /** Location and actor dimensions shared by the daily and weekly cross-border tables. */
  private static List<ColumnSpec> crossBorderDimensions() {
    return List.of(
        optional(COUNTRY_CODE, STRING, "country of the incident's place"),
        optional(ADMIN1_CODE, STRING, "admin1 code of the place"),
        optional(ADMIN1_NAME, STRING, "admin1 name"),
        optional(ACTOR_COUNTRY, STRING, "side of an acting party (an incident with actors of two sides counts once under each)"),
        STATS_KIND, STATS_BASIS, STATS_DISTANCE_BAND,
        required(EVENT_TYPE, STRING, "ACLED event type"),
        required(N_INCIDENTS, LONG, "cross-border incidents"),
        required(N_CONTESTED, LONG, "of which contested"),
        required(N_CLAIMS, LONG, "claims in those incidents"));
  }

  private static List<ColumnSpec> concat(List<ColumnSpec> head, List<ColumnSpec> middle, ColumnSpec... tail) {
    List<ColumnSpec> all = new java.util.ArrayList<>(head);
    all.addAll(middle);
    all.addAll(List.of(tail));
    return all;
  }

  public static final TableSchema STATS_CROSS_BORDER_DAILY = new TableSchema("stats_cross_border_daily",
      "cross-border incidents per day by location country, admin1, actor side, kind and event type",
      concat(List.of(STATS_YEAR, required(EVENT_DATE, DATE, "incident event date")), crossBorderDimensions(),
          STATS_RUN, PIPELINE),
      List.of(YEAR));

  public static final TableSchema STATS_CROSS_BORDER_WEEKLY = new TableSchema("stats_cross_border_weekly",
      "cross-border incidents per ISO week by location country, admin1, actor side, kind and event type",
      concat(List.of(
          required(ISO_YEAR, INT, "ISO week-based year; partition column"),
          required(ISO_WEEK, INT, "ISO week number (1–53)"),
          required(WEEK_START, DATE, "Monday of the ISO week")), crossBorderDimensions(), STATS_RUN, PIPELINE),
      List.of(ISO_YEAR));

  public static final TableSchema STATS_COUNTRY_PAIRS_MONTHLY = new TableSchema("stats_country_pairs_monthly",
      "incidents per month by actor side → location country (all incidents, cross-border counted apart)",
      List.of(
          STATS_YEAR,
          required(MONTH, DATE, "first day of the month"),
          optional(ACTOR_COUNTRY, STRING, "side of an acting party; null when no actor side is known"),
          optional(LOCATION_COUNTRY, STRING, "country of the incident's place"),
          required(N_INCIDENTS, LONG, "incidents"),
          required(N_CROSS_BORDER, LONG, "of which cross-border"),
          required(N_CONTESTED, LONG, "of which contested"),
          required(N_CLAIMS, LONG, "claims in those incidents"),
          STATS_RUN, PIPELINE),
      List.of(YEAR));

  public static final TableSchema STATS_CLAIMANTS = new TableSchema("stats_claimants",
      "claims per claimant and year: self-claims vs adversary claims, and how often its incidents are contested",
      List.of(
          STATS_YEAR,
          required(CLAIMANT, STRING, "claimant as written (alphabetically first spelling); the publisher for media reports"),
          optional(CLAIMANT_ID, STRING, "actor dictionary id of the claimant, when known"),
          optional(CLAIMANT_COUNTRY, STRING, "side of the claimant"),
          required(N_CLAIMS, LONG, "claims made"),
          required(N_SELF_CLAIMS, LONG, "of which SELF_CLAIM"),
          required(N_ADVERSARY_CLAIMS, LONG, "of which ADVERSARY_CLAIM"),
          required(N_THIRD_PARTY_CLAIMS, LONG, "of which THIRD_PARTY"),
          required(N_MEDIA_REPORTS, LONG, "of which MEDIA_REPORT"),
          required(N_INCIDENTS, LONG, "distinct incidents its claims belong to"),
          required(N_CONTESTED, LONG, "of which contested"),
          required(CONTESTED_SHARE, DOUBLE, "n_contested / n_incidents"),
          STATS_RUN, PIPELINE),
      List.of(YEAR));

  public static final TableSchema STATS_BORDER_REGIONS = new TableSchema("stats_border_regions",
      "admin1 regions with at least one cross-border incident, ranked over the whole period (one small file, not partitioned)",
      List.of(
          required(RANK, INT, "1 = most cross-border incidents (ties: more incidents, then country and admin1 code)"),
          required(COUNTRY_CODE, STRING, "country"),
          optional(ADMIN1_CODE, STRING, "admin1 code"),
          optional(ADMIN1_NAME, STRING, "admin1 name"),
          required(N_CROSS_BORDER, LONG, "cross-border incidents"),
          required(N_INCIDENTS, LONG, "all incidents in the region"),
          required(N_CONTESTED, LONG, "contested incidents in the region"),
          required(N_CLAIMS, LONG, "claims in the region's incidents"),
          required(FIRST_EVENT_DATE, DATE, "earliest incident date"),
          required(LAST_EVENT_DATE, DATE, "latest incident date"),
          STATS_RUN, PIPELINE),
      List.of());

  public static final TableSchema STATS_CROSS_BORDER_BASES = new TableSchema("stats_cross_border_bases",
      "cross-border incidents over the whole period by location country, kind, basis and distance band, each incident "
          + "counted once: the strict view is the rows with `strict_view`, the broad view all rows (one small file, not "
          + "partitioned)",
      List.of(
          optional(COUNTRY_CODE, STRING, "country of the incident's place"),
          STATS_KIND, STATS_BASIS,
          required(STRICT_VIEW, BOOLEAN, "true when the basis is what the text says (STATED, ORIGIN, AIRSPACE); false "
              + "for DISTANCE, inferred, which only the broad view counts, and for claims written without a basis"),
          STATS_DISTANCE_BAND,
          required(N_INCIDENTS, LONG, "cross-border incidents"),
          required(N_CONTESTED, LONG, "of which contested"),
          required(N_CLAIMS, LONG, "claims in those incidents"),
          STATS_RUN, PIPELINE),
      List.of());

  /** Statistics tables written by the aggregate stage. */
  public static List<TableSchema> statsTables() {
    return List.of(STATS_CROSS_BORDER_DAILY, STATS_CROSS_BORDER_WEEKLY, STATS_COUNTRY_PAIRS_MONTHLY, STATS_CLAIMANTS,
        STATS_BORDER_REGIONS, STATS_CROSS_BORDER_BASES);
  }

  /** Bookkeeping for incremental runs: input files already ingested. Not a user-facing table. */
  public static final TableSchema INGESTED_FILES = new TableSchema("_state/ingested_files",
      "input files already ingested into this output root, so an incremental run reads only new ones",
      List.of(
          required("file", STRING, "qualified file path"),
          required("size", LONG, "file length in bytes when ingested"),
          required("modified", LONG, "file modification time (epoch ms) when ingested"),
          required(RUN_ID, STRING, "run that ingested it")),
      List.of());

  /** Bookkeeping for incremental runs: articles the last ingest added or replaced. Not a user-facing table. */
  public static final TableSchema CHANGED_ARTICLES = new TableSchema("_state/changed_articles",
      "articles the last ingest added or replaced, which the next stages process in an incremental run",
      List.of(required(ARTICLE_ID, STRING, "article added or replaced"), required(RUN_ID, STRING, "ingest run")),
      List.of());


  /** Every table borderwatch writes, in stage order. */
  public static List<TableSchema> allTables() {
    List<TableSchema> all = new java.util.ArrayList<>(List.of(ARTICLES, REJECTS, MENTIONS, CLAIMS, INCIDENTS));
    all.addAll(statsTables());
    return List.copyOf(all);
  }
}
