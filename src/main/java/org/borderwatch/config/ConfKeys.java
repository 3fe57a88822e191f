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

  /** Texts shorter than this after normalisation are rejected as EMPTY_TEXT. */
  public static final String INGEST_MIN_TEXT_CHARS = "borderwatch.ingest.min-text-chars";
  public static final int INGEST_MIN_TEXT_CHARS_DEFAULT = 20;

  /** Raw input kept in a reject row is cut to this many characters. */
  public static final String REJECTS_MAX_RAW_CHARS = "borderwatch.rejects.max-raw-chars";
  public static final int REJECTS_MAX_RAW_CHARS_DEFAULT = 2_000;

  /** Date used for records without a publication date (ISO date); default: today (UTC). Set it for runs that must be reproducible to the byte. */
  public static final String RUN_DATE = "borderwatch.run-date";

  /**
   * Partitions the aggregate stage clusters claims in; 0 lets adaptive query execution size them by the claims'
   * bytes.
   */
  public static final String PARTITIONS = "borderwatch.partitions";
  public static final int PARTITIONS_DEFAULT = 0;

  /** Parquet compression codec: zstd or snappy. */
  public static final String PARQUET_COMPRESSION = "borderwatch.parquet.compression";
  public static final String PARQUET_COMPRESSION_DEFAULT = "zstd";

  /** Prefix of the input column mapping: {@code borderwatch.input.column.text=body}. */
  public static final String INPUT_COLUMN_PREFIX = "borderwatch.input.column.";

  /** eval: a claim's place within this many kilometres of the gold point counts as the event's place. */
  public static final String EVAL_WITHIN_KM = "borderwatch.eval.within-km";
  public static final double EVAL_WITHIN_KM_DEFAULT = 25.0;

  /** eval: how many of the worst-missed gold events the report lists. */
  public static final String EVAL_WORST_MISSES = "borderwatch.eval.worst-misses";
  public static final int EVAL_WORST_MISSES_DEFAULT = 20;

  /** eval: claims per gold item brought to the driver (best first); the count of all of them is kept. */
  public static final String EVAL_MAX_CLAIMS_PER_ITEM = "borderwatch.eval.max-claims-per-item";
  public static final int EVAL_MAX_CLAIMS_PER_ITEM_DEFAULT = 50;
  /** GeoNames feature classes kept from the gazetteer files, comma-separated (P populated places, A admin areas). */
  public static final String GEO_FEATURE_CLASSES = "borderwatch.geo.feature-classes";
  public static final String GEO_FEATURE_CLASSES_DEFAULT = "P,A";

  /**
   * Serialized geographic knowledge above this many MB goes to executors as a file under the output root's
   * {@code _state/geo-knowledge} instead of a Spark broadcast, which would hold it twice on each executor.
   */
  public static final String GEO_BROADCAST_MAX_MB = "borderwatch.geo.broadcast-max-mb";
  public static final int GEO_BROADCAST_MAX_MB_DEFAULT = 256;

  /** Populated places below this population are not loaded (admin areas and countries are always kept). */
  public static final String GEO_MIN_POPULATION = "borderwatch.geo.min-population";
  public static final long GEO_MIN_POPULATION_DEFAULT = 0;

  /** Most prominent gazetteer entries considered per name; the rest are never candidates. */
  public static final String GEO_MAX_CANDIDATES = "borderwatch.geo.max-candidates";
  public static final int GEO_MAX_CANDIDATES_DEFAULT = 20;

  /**
   * A capitalised word with no locative cue ("in", "near", "village of") or designator ("Oblast") counts as a
   * place only if some candidate is a country, admin area, capital, or has at least this population
   * (GeoEvaluationTest: bare common words such as "Police" or "March" otherwise become places).
   */
  public static final String GEO_BARE_NAME_MIN_POPULATION = "borderwatch.geo.bare-name-min-population";
  public static final long GEO_BARE_NAME_MIN_POPULATION_DEFAULT = 5_000;

  /**
   * An all-capitals name of two or three letters ("EU", "US", "UK") is a country, a world region, an institution or
   * a place at least this populous, never a small namesake (EuIsNotAPlaceTest: "EU" is not Eu in France).
   */
  public static final String GEO_ACRONYM_MIN_POPULATION = "borderwatch.geo.acronym-min-population";
  public static final long GEO_ACRONYM_MIN_POPULATION_DEFAULT = 1_000_000;

  /**
   * A candidate outside the article's focus country still wins when it is this many times more populous than
   * the best candidate inside it ("Paris" in a story about Texas stays in France).
   */
  public static final String GEO_FOCUS_OVERRIDE_RATIO = "borderwatch.geo.focus-override-ratio";
  public static final double GEO_FOCUS_OVERRIDE_RATIO_DEFAULT = 200.0;

  /**
   * A source whose articles place things in one first-level region has that region as its home, and a name nothing
   * else in its article settles goes to its namesake there; a home needs this many of the source's articles placing
   * something for sure (0: no homes). Three, as one or two articles of a source are often about one story.
   */
  public static final String GEO_HOME_REGION_MIN_ARTICLES = "borderwatch.geo.home-region-min-articles";
  public static final int GEO_HOME_REGION_MIN_ARTICLES_DEFAULT = 3;

  /**
   * The share of a source's articles placing something for sure that must place something in its home region. Half:
   * a local paper's articles are mostly about its region, a wire's spread over many.
   */
  public static final String GEO_HOME_REGION_MIN_SHARE = "borderwatch.geo.home-region-min-share";
  public static final double GEO_HOME_REGION_MIN_SHARE_DEFAULT = 0.5;

  /**
   * Whose lines border distances are measured to: {@code de-jure} (territory as the gazetteer codes it, Crimea in
   * Ukraine: the areas of {@code borderwatch.geo.de-jure-areas} are moved first) or {@code de-facto} (the polygons'
   * own lines, lines of control included).
   */
  public static final String GEO_BOUNDARIES_VIEW = "borderwatch.geo.boundaries-view";
  public static final String GEO_BOUNDARIES_VIEW_DEFAULT = "de-jure";

  /** TSV of the areas the de-jure view moves between countries (docs/geo.md); empty means the bundled file. */
  public static final String GEO_DE_JURE_AREAS = "borderwatch.geo.de-jure-areas";
  public static final String GEO_DE_JURE_AREAS_DEFAULT = "";

  /**
   * With boundaries, an event other than fighting or fire (an arrest, a raid's aftermath), or the defending side's,
   * at a town-level place this many km from the border with the other party is a border-area incident (basis
   * DISTANCE): the reach of artillery and rocket launchers firing across the border (Grad about 20 km,
   * extended-range shells and Uragan 35–40 km), which takes in the border cities such fire reaches (Belgorod 36 km,
   * Kharkiv 33 km, Sumy 27 km); also the reach of an interception counted as AIRSPACE. Region-level places are near
   * no border (docs/extract.md).
   */
  public static final String CROSSBORDER_BORDER_AREA_KM = "borderwatch.crossborder.border-area-km";
  public static final double CROSSBORDER_BORDER_AREA_KM_DEFAULT = 40.0;

  /**
   * With boundaries, ground fighting or a move onto territory by a party acting outside its side counts as an
   * incursion (basis DISTANCE) when its town-level place lies within this many km of that party's border: raids and
   * the first days of an offensive across a border take the villages next to it (Kozinka 1 km, Vovchansk 5 km,
   * Sudzha 10 km, Lyubechane 22 km), while fighting farther in is a front line inside the country
   * (CrossBorderTest#occupationZoneClashFarFromTheBorderIsNoIncursion).
   */
  public static final String CROSSBORDER_INCURSION_KM = "borderwatch.crossborder.incursion-km";
  public static final double CROSSBORDER_INCURSION_KM_DEFAULT = 25.0;

  /**
   * With boundaries, shelling or an air strike by a party acting outside its side counts as cross-border fire
   * (basis DISTANCE, inferred, lower confidence) when its town-level place lies within this many km of that party's
   * border: the reach of tube artillery, mortars and Grad rockets fired from across it (about 20–25 km); fire that
   * lands farther in is as likely from forces already inside the country and counts only when the text says it came
   * across or names where it came from (CrossBorderTest#shellingDeepInsideTheCountryIsNoCrossBorderFire).
   */
  public static final String CROSSBORDER_FIRE_KM = "borderwatch.crossborder.fire-km";
  public static final double CROSSBORDER_FIRE_KM_DEFAULT = 25.0;

  /**
   * How the extract stage splits sentences: {@code sparknlp} (Spark NLP SentenceDetector with custom bounds as a
   * DataFrame transform: the fastest Spark NLP option in ExtractBenchmark, docs/extract.md), {@code sparknlp-light}
   * (the same through a LightPipeline per partition) or {@code rules} (plain Java, no Spark NLP).
   */
  public static final String EXTRACT_SENTENCES = "borderwatch.extract.sentences";
  public static final String EXTRACT_SENTENCES_DEFAULT = "sparknlp";

  /**
   * How precisely a claim must say where: {@code region} (a town or region, the default), {@code country} (also a
   * country or wider area) or {@code any} (also no place). Claims that say less make no row; their mentions stay.
   */
  public static final String EXTRACT_CLAIM_PLACE = "borderwatch.extract.claim-place";
  public static final String EXTRACT_CLAIM_PLACE_DEFAULT = "region";

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
