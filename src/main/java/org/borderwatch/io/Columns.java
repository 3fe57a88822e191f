package org.borderwatch.io;

/** Column names of every output table; code refers to these constants, never to retyped literals. */
public final class Columns {
  private Columns() {}

  // shared
  public static final String ARTICLE_ID = "article_id";
  public static final String RUN_ID = "run_id";
  public static final String PIPELINE_VERSION = "pipeline_version";
  public static final String GAZETTEER_VERSION = "gazetteer_version";
  public static final String PUBLISHED_AT = "published_at";
  public static final String PUBLISHED_DATE = "published_date";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String CONFIDENCE = "confidence";
  public static final String COUNTRY_CODE = "country_code";
  public static final String ADMIN1_CODE = "admin1_code";
  public static final String ADMIN1_NAME = "admin1_name";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String GEO_PRECISION = "geo_precision";

  // articles
  public static final String INPUT_ID = "input_id";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED_INFERRED = "published_inferred";
  public static final String LANGUAGE = "language";
  public static final String N_CHARS = "n_chars";
  public static final String CONTENT_HASH = "content_hash";
  public static final String DUPLICATES = "duplicates";
  public static final String INPUT_FILE = "input_file";
  public static final String INPUT_LINE = "input_line";
  /** Byte offset of the record's line in its input file, in {@code articles} and {@code rejects} alike. */
  public static final String INPUT_OFFSET = "input_offset";
  public static final String INGEST_RUN_ID = "ingest_run_id";

  // rejects
  public static final String STAGE = "stage";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String LINE = "line";
  public static final String RAW = "raw";

  // mentions
  public static final String BEGIN = "begin";
  public static final String END = "end";
  public static final String KIND = "kind";
  public static final String RESOLVED_ID = "resolved_id";
  public static final String RESOLVED_NAME = "resolved_name";
  public static final String FEATURE_CODE = "feature_code";
  public static final String CANDIDATES = "candidates";

  // claims
  public static final String CLAIM_ID = "claim_id";
  public static final String EVIDENCE = "evidence";
  public static final String EVIDENCE_BEGIN = "evidence_begin";
  public static final String EVIDENCE_END = "evidence_end";
  public static final String ACTOR_TEXT = "actor_text";
  public static final String ACTOR_ID = "actor_id";
  public static final String ACTOR_TYPE = "actor_type";
  public static final String ACTOR_COUNTRY = "actor_country";
  public static final String ACTOR_NATIONALITY = "actor_nationality";
  public static final String PREDICATE = "predicate";
  public static final String EVENT_TYPE = "event_type";
  public static final String SUB_EVENT_TYPE = "sub_event_type";
  public static final String LOCATION_TEXT = "location_text";
  public static final String LOCATION_ID = "location_id";
  public static final String LOCATION_NAME = "location_name";
  public static final String ORIGIN_COUNTRY = "origin_country";
  public static final String CLAIMANT_TEXT = "claimant_text";
  public static final String CLAIMANT_ID = "claimant_id";
  public static final String CLAIMANT_TYPE = "claimant_type";
  public static final String CLAIMANT_COUNTRY = "claimant_country";
  public static final String ATTRIBUTION = "attribution";
  public static final String MODALITY = "modality";
  public static final String EVENT_DATE = "event_date";
  public static final String TIME_PRECISION = "time_precision";
  public static final String CROSS_BORDER = "cross_border";
  public static final String CROSS_BORDER_KIND = "cross_border_kind";
  public static final String CROSS_BORDER_BASIS = "cross_border_basis";
  public static final String BORDER_DISTANCE_KM = "border_distance_km";
  public static final String DISTANCE_BAND = "distance_band";
  public static final String EXTRACTOR_VERSION = "extractor_version";

  // incidents
  public static final String INCIDENT_ID = "incident_id";
  public static final String ACTORS = "actors";
  public static final String ACTOR_COUNTRIES = "actor_countries";
  public static final String CLAIMANTS = "claimants";
  public static final String N_CLAIMS = "n_claims";
  public static final String N_ARTICLES = "n_articles";
  public static final String N_SOURCES = "n_sources";
  public static final String FIRST_REPORTED_AT = "first_reported_at";
  public static final String CONTESTED = "contested";
  public static final String CONTESTED_REASON = "contested_reason";
  public static final String CLAIM_IDS = "claim_ids";

  // stats_*
  public static final String YEAR = "year";
  public static final String ISO_YEAR = "iso_year";
  public static final String ISO_WEEK = "iso_week";
  public static final String WEEK_START = "week_start";
  public static final String MONTH = "month";
  public static final String LOCATION_COUNTRY = "location_country";
  public static final String N_INCIDENTS = "n_incidents";
  public static final String N_CONTESTED = "n_contested";
  public static final String N_CROSS_BORDER = "n_cross_border";
  public static final String CLAIMANT = "claimant";
  public static final String N_SELF_CLAIMS = "n_self_claims";
  public static final String N_ADVERSARY_CLAIMS = "n_adversary_claims";
  public static final String N_THIRD_PARTY_CLAIMS = "n_third_party_claims";
  public static final String N_MEDIA_REPORTS = "n_media_reports";
  public static final String CONTESTED_SHARE = "contested_share";
  public static final String RANK = "rank";
  public static final String FIRST_EVENT_DATE = "first_event_date";
  public static final String LAST_EVENT_DATE = "last_event_date";
  public static final String STRICT_VIEW = "strict_view";
}
