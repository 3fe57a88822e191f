package org.borderwatch.geo;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The compact, immutable gazetteer index: one row per GeoNames entry in parallel arrays (ids, coordinates as
 * floats, population, interned codes) plus two name indexes (exact folded names, transliteration-variant keys)
 * mapping to row numbers. Built by {@link GazetteerLoader}; serializable for a Spark broadcast.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Marks index keys of admin-region short names ("Belgorod" for "Belgorod Oblast"); folded names never start with it. */
  static final String REGION_KEY_PREFIX = "~";

  private final long[] ids;
  private final PackedStrings names;
  /** Null where the ASCII name equals the name. */
  private final PackedStrings asciiNames;
  /** Class and code joined by a dot: "P.PPLA". */
  private final CodeColumn featureCodes;
  private final CodeColumn countries;
  private final CodeColumn admin1;
  private final CodeColumn admin2;
  private final float[] lat;
  private final float[] lon;
  private final int[] population;
  private final NameIndex exact;
  private final NameIndex variants;
  private final Map<String, String> admin1Names;
  private final Map<String, Integer> admin1Rows;
  private final Map<String, Integer> countryRows;
  private final Map<String, Integer> abbreviations;

  /** Takes the rows' columns over; each is released from {@code rows} as it is frozen, so none is held twice. */
  Gazetteer(Rows rows, NameIndex exact, NameIndex variants, Map<String, String> admin1Names,
      Map<String, Integer> admin1Rows, Map<String, Integer> countryRows, Map<String, Integer> abbreviations) {
    int n = rows.size;
    this.ids = Arrays.copyOf(rows.ids, n);
    rows.ids = null;
    this.lat = Arrays.copyOf(rows.lat, n);
    rows.lat = null;
    this.lon = Arrays.copyOf(rows.lon, n);
    rows.lon = null;
    this.population = Arrays.copyOf(rows.population, n);
    rows.population = null;
    this.names = rows.names.build();
    rows.names = null;
    this.asciiNames = rows.asciiNames.build();
    rows.asciiNames = null;
    this.featureCodes = rows.featureCodes.build();
    this.countries = rows.countries.build();
    this.admin1 = rows.admin1.build();
    this.admin2 = rows.admin2.build();
    this.exact = exact;
    this.variants = variants;
    this.admin1Names = Map.copyOf(admin1Names);
    this.admin1Rows = Map.copyOf(admin1Rows);
    this.countryRows = Map.copyOf(countryRows);
    this.abbreviations = Map.copyOf(abbreviations);
  }

  public int size() {
    return ids.length;
  }

  /** Number of distinct folded names indexed. */
  public int nameCount() {
    return exact.size();
  }

  /** Rows whose name or alternate name folds to {@code foldedName}, most prominent first. */
  public int[] lookup(String foldedName) {
    return byProminence(exact.get(foldedName));
  }

  /** The region a written abbreviation stands for ("W.Va.", "Calif."), matched exactly as written, or -1. */
  public int abbreviationRow(String written) {
    return abbreviations.getOrDefault(written, -1);
  }

  /** Admin regions whose name without its designator ("Oblast", "County") folds to {@code foldedName}. */
  public int[] lookupRegion(String foldedName) {
    return byProminence(exact.get(REGION_KEY_PREFIX + foldedName));
  }

  /**
   * Variant-key hits whose name is within two edits of {@code foldedName}, so "gravoron" finds Grayvoron but
   * "kreminna" not Kerman, most prominent first.
   */
  public int[] lookupCloseVariant(String foldedName) {
    return IntStream.of(lookupVariant(foldedName))
        .filter(r -> NameFolding.editDistance(foldedName, NameFolding.fold(names.get(r))) <= 2
            || NameFolding.editDistance(foldedName, NameFolding.fold(place(r).asciiName())) <= 2)
        .toArray();
  }

  /** Rows whose names share the transliteration-variant key of {@code foldedName}, most prominent first. */
  public int[] lookupVariant(String foldedName) {
    String key = NameFolding.variantKey(foldedName);
    return key.isEmpty() ? new int[0] : byProminence(variants.get(key));
  }

  public Place place(int row) {
    String code = featureCodes.get(row);
    int dot = code.indexOf('.');
    String name = names.get(row);
    String ascii = asciiNames.get(row);
    return new Place(ids[row], name, ascii == null ? name : ascii, code.substring(0, dot), code.substring(dot + 1),
        countries.get(row), admin1.get(row), admin2.get(row), lat[row], lon[row], population[row]);
  }

  public long id(int row) {
    return ids[row];
  }

  public String name(int row) {
    return names.get(row);
  }

  public String featureClass(int row) {
    return featureCodes.get(row).substring(0, 1);
  }

  public String featureCode(int row) {
    return featureCodes.get(row).substring(2);
  }

  public String countryCode(int row) {
    return countries.get(row);
  }

  public String admin1Code(int row) {
    return admin1.get(row);
  }

  /** Full second-level code ({@code US.TN.079}) of a place or of the area itself, or null. */
  public String admin2Code(int row) {
    return admin2.get(row);
  }

  public long population(int row) {
    return population[row];
  }

  public double latitude(int row) {
    return lat[row];
  }

  public double longitude(int row) {
    return lon[row];
  }

  /** Administrative rank: 4 country, 3 first-level region, 2 second-level, 1 capital or seat, 0 other. */
  public int adminRank(int row) {
    String code = featureCodes.get(row);
    if (code.startsWith("A.PCL")) {
      return 4;
    }
    if (code.equals("A.ADM1")) {
      return 3;
    }
    if (code.equals("A.ADM2")) {
      return 2;
    }
    return code.equals("P.PPLC") || code.equals("P.PPLA") ? 1 : 0;
  }

  /**
   * A static prominence score: log population plus a bonus per administrative rank; a continent or macro-region
   * (no country) ranks as a country, so "Africa" is the continent before África, Mexico.
   */
  public double prominence(int row) {
    int rank = countries.get(row) == null ? 4 : adminRank(row);
    return Math.log10(1.0 + population[row]) + 1.5 * rank;
  }

  public String admin1Name(String admin1Code) {
    return admin1Names.get(admin1Code);
  }

  /** Row of the admin1 region with this full code ({@code RU.09}), or -1. */
  public int admin1Row(String admin1Code) {
    return admin1Code == null ? -1 : admin1Rows.getOrDefault(admin1Code, -1);
  }

  /** Row of the country with this ISO alpha-2 code, or -1. */
  public int countryRow(String iso2) {
    return iso2 == null ? -1 : countryRows.getOrDefault(iso2, -1);
  }

  private int[] byProminence(int[] rows) {
    return IntStream.of(rows).boxed()
        .sorted(Comparator.comparingDouble((Integer r) -> -prominence(r)).thenComparingLong(r -> ids[r]))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Growable columns the loader fills before the index is frozen. */
  static final class Rows {
    long[] ids = new long[1024];
    float[] lat = new float[1024];
    float[] lon = new float[1024];
    int[] population = new int[1024];
    PackedStrings.Builder names = new PackedStrings.Builder();
    PackedStrings.Builder asciiNames = new PackedStrings.Builder();
    final CodeColumn.Builder featureCodes = new CodeColumn.Builder();
    final CodeColumn.Builder countries = new CodeColumn.Builder();
    final CodeColumn.Builder admin1 = new CodeColumn.Builder();
    final CodeColumn.Builder admin2 = new CodeColumn.Builder();
    int size;

    int add(Place p) {
      if (size == ids.length) {
        int cap = size + (size >> 1);
        ids = Arrays.copyOf(ids, cap);
        lat = Arrays.copyOf(lat, cap);
        lon = Arrays.copyOf(lon, cap);
        population = Arrays.copyOf(population, cap);
      }
      ids[size] = p.geonameId();
      names.add(p.name());
      asciiNames.add(p.asciiName().equals(p.name()) ? null : p.asciiName());
      featureCodes.add(p.featureClass() + "." + p.featureCode());
      countries.add(p.countryCode());
      admin1.add(p.admin1Code());
      admin2.add(p.admin2Code());
      lat[size] = (float) p.latitude();
      lon[size] = (float) p.longitude();
      population[size] = (int) Math.min(Integer.MAX_VALUE, p.population());
      return size++;
    }
  }
}
