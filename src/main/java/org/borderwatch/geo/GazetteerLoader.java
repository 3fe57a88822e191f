package org.borderwatch.geo;

import org.borderwatch.geo.borders.BorderRegions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.borderwatch.BorderwatchException;

/**
 * Reads GeoNames dump files from a {@link GazetteerFiles} folder into a {@link GeoNamesKnowledge}: every
 * 19-column place table in the folder ({@code allCountries.txt}, {@code cities500.txt}, {@code RU.txt}...),
 * {@code countryInfo.txt}, {@code admin1CodesASCII.txt}, {@code admin2Codes.txt}, {@code alternateNamesV2.txt}
 * and {@code border-regions.tsv} when present. Malformed rows are skipped and counted, never fatal.
 * Countries and admin regions missing from the place tables are added from the code files, placed at the
 * mean position of the places they contain.
 */
public final class GazetteerLoader {
  static final String COUNTRY_INFO = "countryInfo.txt";
  static final String ADMIN1 = "admin1CodesASCII.txt";
  static final String ADMIN2 = "admin2Codes.txt";
  static final String BORDER_REGIONS = "border-regions.tsv";
  private static final List<String> ALTERNATE_NAMES = List.of("alternateNamesV2.txt", "alternateNames.txt");
  private static final Set<String> NOT_PLACE_TABLES = Set.of(COUNTRY_INFO, ADMIN1, ADMIN2, BORDER_REGIONS,
      NameContexts.FILE,
      "alternateNamesV2.txt", "alternateNames.txt", "admin5CodesV2.txt", "featureCodes_en.txt", "hierarchy.txt",
      "iso-languagecodes.txt", "timeZones.txt", "userTags.txt", "readme.txt", "shapes_simplified_low.json");
  private static final Set<String> NON_NAME_LANGUAGES =
      Set.of("link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "fr_1793", "phon", "piny");
  private static final Pattern ADMIN_DESIGNATOR = Pattern.compile(
      "(?i)\\s+(oblast'?|krai|kray|republic|region|province|governorate|county|parish|state|territory|raion|rayon"
          + "|district|municipality|okrug|autonomous okrug)$");
  private static final String COUNTRY_NAMES_RESOURCE = "borderwatch/geo/country-names.tsv";
  private static final String ABBREVIATIONS_RESOURCE = "borderwatch/geo/region-abbreviations.tsv";
  private static final String REGION_NAMES_RESOURCE = "borderwatch/geo/region-names.tsv";
  private static final String WORLD_REGIONS_RESOURCE = "borderwatch/geo/world-regions.tsv";
  private static final int PLACE_COLUMNS = 19;

  private final GazetteerOptions options;
  private final Map<String, Long> malformed = new TreeMap<>();
  private final Gazetteer.Rows rows = new Gazetteer.Rows();
  private final NameIndex.Builder exact = new NameIndex.Builder();
  private final LongIntMap rowOfId = new LongIntMap();
  private final MessageDigest digest;
  private long filtered;

  private GazetteerLoader(GazetteerOptions options) {
    this.options = options;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** Loads the folder; border regions fall back to the bundled list when the folder has none. */
  public static GeoNamesKnowledge load(GazetteerFiles files, GazetteerOptions options) {
    return new GazetteerLoader(options).run(files);
  }

  private GeoNamesKnowledge run(GazetteerFiles files) {
    long start = System.nanoTime();
    List<String> names = files.names();
    if (names.stream().noneMatch(n -> !NOT_PLACE_TABLES.contains(n))) {
      throw new BorderwatchException("gazetteer folder " + files.location() + " has no GeoNames place table "
          + "(a 19-column file such as cities500.txt or allCountries.txt); it holds " + names);
    }
    Map<String, String[]> countryInfo = new TreeMap<>();
    readLines(files, COUNTRY_INFO, 19, cols -> countryInfo.put(cols[0], cols));
    Map<String, String[]> admin1 = new LinkedHashMap<>();
    readLines(files, ADMIN1, 4, cols -> admin1.put(cols[0], cols));
    Map<String, String[]> admin2 = new LinkedHashMap<>();
    if (options.featureClasses().contains("A")) {
      readLines(files, ADMIN2, 4, cols -> admin2.put(cols[0], cols));
    }
    for (String name : names) {
      if (!NOT_PLACE_TABLES.contains(name) && !name.startsWith(".") && isPlaceTable(files, name)) {
        readLines(files, name, PLACE_COLUMNS, this::addPlaceRow);
      }
    }
    // continents, macro-regions and bodies: the place tables rarely hold them, and "Africa" must not fall to Mahdia
    readLines(GazetteerFiles.bundledResource(WORLD_REGIONS_RESOURCE), "", 6, this::addWorldRegion);
    for (String alt : ALTERNATE_NAMES) {
      if (names.contains(alt)) {
        readLines(files, alt, 4, this::addAlternateName);
        break;
      }
    }
    Map<String, String> admin1Names = new HashMap<>();
    admin1.forEach((code, cols) -> admin1Names.put(code, cols[1]));
    Map<String, Integer> admin1Rows = new HashMap<>();
    Map<String, Integer> countryRows = new HashMap<>();
    if (options.featureClasses().contains("A")) {
      addAdminAreas(admin1, "ADM1", admin1Rows);
      addAdminAreas(admin2, "ADM2", new HashMap<>());
    }
    Countries countries = countries(countryInfo);
    if (options.featureClasses().contains("A")) {
      addCountries(countryInfo, countries, countryRows);
    }
    // admin1CodesASCII gives one spelling per region; news also writes "Kyiv", "Odesa", "Zaporizhia". Indexed as
    // region names only, so a bare "Kyiv" stays the city while "Kyiv Oblast" and "X, Kyiv" find the oblast.
    readLines(GazetteerFiles.bundledResource(REGION_NAMES_RESOURCE), "", 2, cols -> {
      Integer row = admin1Rows.get(cols[0]);
      if (row != null) {
        for (String name : cols[1].split("\\|")) {
          indexRegionShortName(name, row);
        }
      }
    });
    BorderRegions borders = borderRegions(files);
    Map<String, Integer> abbreviations = new HashMap<>();
    readLines(GazetteerFiles.bundledResource(ABBREVIATIONS_RESOURCE), "", 2, cols -> {
      Integer row = admin1Rows.get(cols[0]);
      if (row != null) {
        abbreviations.put(cols[1], row);
      }
    });
    NameContexts nameContexts = nameContexts(files, countryRows);
    NameIndex.Built exactIndex = exact.build();
    // the variant index holds each indexed name's variant key: derived from the exact pairs, never held beside them
    Gazetteer gazetteer = new Gazetteer(rows, exactIndex.index(), exactIndex.derive(NameFolding::variantKey),
        admin1Names, admin1Rows, countryRows, abbreviations);
    String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    LoadReport report = new LoadReport(files.location(), version, gazetteer.size(), gazetteer.nameCount(), filtered,
        malformed, (System.nanoTime() - start) / 1_000_000);
    return new GeoNamesKnowledge(gazetteer, countries, borders, nameContexts, options, report);
  }

  private boolean isPlaceTable(GazetteerFiles files, String name) {
    try (BufferedReader reader = reader(files.open(name).orElseThrow())) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          return line.split("\t", -1).length == PLACE_COLUMNS;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.location() + "/" + name, e);
    }
  }

  private void addPlaceRow(String[] c) {
    if (c.length != PLACE_COLUMNS) {
      throw new IllegalArgumentException("expected " + PLACE_COLUMNS + " columns, got " + c.length);
    }
    long id = Long.parseLong(c[0]);
    double lat = Double.parseDouble(c[4]);
    double lon = Double.parseDouble(c[5]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || c[6].length() != 1 || c[8].isEmpty() || c[1].isEmpty()) {
      throw new IllegalArgumentException("coordinates, feature class, country or name out of range");
    }
    long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
    if (!options.featureClasses().contains(c[6]) || (c[6].equals("P") && population < options.minPopulation())
        || rowOfId.containsKey(id)) {
      filtered++;
      return;
    }
    // GeoNames writes admin1 "00" for places (and countries) outside any first-level region
    String admin1 = c[10].isEmpty() || c[10].equals("00") ? null : c[8] + "." + c[10];
    String admin2 = admin1 == null || c[11].isEmpty() ? null : admin1 + "." + c[11];
    int row = rows.add(new Place(id, c[1], c[2].isEmpty() ? c[1] : c[2], c[6], c[7], c[8], admin1, admin2, lat, lon,
        population));
    rowOfId.put(id, row);
    indexName(c[1], row);
    indexName(c[2], row);
    for (String alt : c[3].split(",")) {
      if (NameFolding.isLatinOrCyrillic(alt) && !isCode(alt)) {
        indexName(alt, row);
      }
    }
  }

  /** A row of {@code world-regions.tsv}: id, class.code, name, other names, latitude, longitude. */
  private void addWorldRegion(String[] c) {
    long id = Long.parseLong(c[0]);
    if (rowOfId.containsKey(id)) {
      return;
    }
    String[] code = c[1].split("\\.");
    int row = rows.add(new Place(id, c[2], c[2], code[0], code[1], null, null, null, Double.parseDouble(c[4]),
        Double.parseDouble(c[5]), 0));
    rowOfId.put(id, row);
    indexName(c[2], row);
    for (String alt : c[3].split("\\|")) {
      indexName(alt, row);
    }
  }

  /**
   * The folder's {@code name-contexts.tsv}, else the bundled one; institutions resolved to the row of the country
   * (ISO code) or entity (GeoNames id) they stand for, and skipped when it is not loaded.
   */
  private NameContexts nameContexts(GazetteerFiles files, Map<String, Integer> countryRows) {
    GazetteerFiles source = files.names().contains(NameContexts.FILE) ? files
        : GazetteerFiles.bundledResource(NameContexts.BUNDLED);
    String name = source == files ? NameContexts.FILE : "";
    List<String> never = new java.util.ArrayList<>();
    Map<String, Integer> institutions = new HashMap<>();
    Map<String, Set<String>> words = new HashMap<>();
    readLines(source, name, 2, cols -> {
      switch (cols[0]) {
        case "never" -> never.add(cols[1]);
        case "institution" -> {
          int row = cols[2].chars().allMatch(Character::isDigit) ? rowOfId.get(Long.parseLong(cols[2]))
              : countryRows.getOrDefault(cols[2], -1);
          if (row >= 0) {
            institutions.put(cols[1], row);
          }
        }
        case "organisation-head", "nationality-head", "speech-verb", "state-verb", "state-act" ->
            words.computeIfAbsent(cols[0], k -> new HashSet<>()).add(cols[1]);
        default -> throw new IllegalArgumentException("unknown kind " + cols[0]);
      }
    });
    // "The Globe and Mail" before "Globe and Mail"
    never.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return new NameContexts(never, institutions, words.getOrDefault("organisation-head", Set.of()),
        words.getOrDefault("nationality-head", Set.of()), words.getOrDefault("speech-verb", Set.of()),
        words.getOrDefault("state-verb", Set.of()), words.getOrDefault("state-act", Set.of()));
  }

  private void addAlternateName(String[] c) {
    int row = rowOfId.get(Long.parseLong(c[1]));
    if (row >= 0 && !NON_NAME_LANGUAGES.contains(c[2]) && NameFolding.isLatinOrCyrillic(c[3]) && !isCode(c[3])) {
      indexName(c[3], row);
    }
  }

  /** Airport and postal codes ride along in alternate names; "USA" stays, "HRK" and "SFO" go. */
  private static boolean isCode(String name) {
    return name.length() <= 3 && name.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }

  private void indexName(String name, int row) {
    String key = NameFolding.fold(name);
    if (key.length() < 2) {
      return;
    }
    exact.addDerivable(key, row);
  }

  /** Short region names ("Belgorod" for "Belgorod Oblast") live under a marked key, see {@link Gazetteer}. */
  private void indexRegionShortName(String name, int row) {
    String shortName = ADMIN_DESIGNATOR.matcher(name).replaceFirst("");
    String key = NameFolding.fold(shortName);
    if (key.length() >= 2) {
      exact.add(Gazetteer.REGION_KEY_PREFIX + key, row);
    }
  }

  private void addAdminAreas(Map<String, String[]> codes, String featureCode, Map<String, Integer> rowByCode) {
    Map<String, double[]> centres = memberCentres(featureCode.equals("ADM1") ? 1 : 2);
    codes.forEach((code, cols) -> {
      long id;
      try {
        id = Long.parseLong(cols[3]);
      } catch (NumberFormatException e) {
        countMalformed(featureCode.equals("ADM1") ? ADMIN1 : ADMIN2);
        return;
      }
      int row = rowOfId.get(id);
      if (row < 0) {
        String[] parts = code.split("\\.");
        double[] centre = centres.getOrDefault(code, new double[] {Double.NaN, Double.NaN, 0});
        String admin1 = parts.length > 1 ? parts[0] + "." + parts[1] : null;
        row = rows.add(new Place(id, cols[1], cols[2].isEmpty() ? cols[1] : cols[2], "A", featureCode, parts[0],
            admin1, featureCode.equals("ADM2") ? code : null, centre[0], centre[1], (long) centre[2]));
        rowOfId.put(id, row);
        indexName(cols[1], row);
        indexName(cols[2], row);
      }
      indexRegionShortName(cols[1], row);
      indexRegionShortName(cols[2], row);
      rowByCode.put(code, row);
    });
  }

  /** Mean position and total population of the loaded places per admin1 (level 1) or admin2 (level 2) code. */
  private Map<String, double[]> memberCentres(int level) {
    Map<String, double[]> sums = new HashMap<>();
    for (int r = 0; r < rows.size; r++) {
      String code = level == 1 ? rows.admin1.get(r) : rows.admin2.get(r);
      if (code != null && rows.featureCodes.get(r).startsWith("P.")) {
        double[] s = sums.computeIfAbsent(code, k -> new double[4]);
        s[0] += rows.lat[r];
        s[1] += rows.lon[r];
        s[2] += rows.population[r];
        s[3]++;
      }
    }
    Map<String, double[]> centres = new HashMap<>();
    sums.forEach((code, s) -> centres.put(code, new double[] {s[0] / s[3], s[1] / s[3], s[2]}));
    return centres;
  }

  private void addCountries(Map<String, String[]> countryInfo, Countries countries, Map<String, Integer> rowByCode) {
    Map<String, double[]> sums = new HashMap<>();
    for (int r = 0; r < rows.size; r++) {
      String country = rows.countries.get(r);
      if (country != null && rows.featureCodes.get(r).startsWith("P.")) {
        double[] s = sums.computeIfAbsent(country, k -> new double[3]);
        s[0] += rows.lat[r];
        s[1] += rows.lon[r];
        s[2]++;
      }
    }
    countryInfo.forEach((iso, cols) -> {
      long id;
      try {
        id = Long.parseLong(cols[16]);
      } catch (NumberFormatException e) {
        countMalformed(COUNTRY_INFO);
        return;
      }
      int row = rowOfId.get(id);
      if (row < 0) {
        double[] s = sums.getOrDefault(iso, new double[] {Double.NaN, Double.NaN, 1});
        long population = cols[7].isEmpty() ? 0 : parseLongOrZero(cols[7]);
        row = rows.add(new Place(id, cols[4], cols[4], "A", "PCLI", iso, null, null, s[0] / s[2], s[1] / s[2],
            population));
        rowOfId.put(id, row);
      }
      int countryRow = row;
      rowByCode.put(iso, countryRow);
      countries.namesByKey().forEach((key, code) -> {
        if (code.equals(iso) && !countries.demonymKeys().contains(key)) {
          exact.add(key, countryRow);
        }
      });
    });
  }

  private static long parseLongOrZero(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private Countries countries(Map<String, String[]> countryInfo) {
    Map<String, String> names = new TreeMap<>();
    Map<String, Set<String>> neighbours = new TreeMap<>();
    Map<String, String> byKey = new HashMap<>();
    Set<String> demonyms = new HashSet<>();
    for (String iso : Locale.getISOCountries()) {
      String english = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
      names.put(iso, english);
      byKey.put(NameFolding.fold(english), iso);
    }
    countryInfo.forEach((iso, cols) -> {
      names.put(iso, cols[4]);
      byKey.put(NameFolding.fold(cols[4]), iso);
      Set<String> adjacent = new TreeSet<>();
      for (String n : cols[17].split(",")) {
        if (!n.isBlank()) {
          adjacent.add(n.trim());
        }
      }
      neighbours.put(iso, adjacent);
    });
    try (InputStream in = GazetteerLoader.class.getClassLoader().getResourceAsStream(COUNTRY_NAMES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + COUNTRY_NAMES_RESOURCE);
      }
      BufferedReader reader = reader(in);
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String key = NameFolding.fold(cols[2]);
        byKey.put(key, cols[0]);
        if (cols[1].equals("demonym")) {
          demonyms.add(key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COUNTRY_NAMES_RESOURCE, e);
    }
    return new Countries(names, neighbours, byKey, demonyms);
  }

  private BorderRegions borderRegions(GazetteerFiles files) {
    Set<String> pairs = new HashSet<>();
    GazetteerFiles source = files.names().contains(BORDER_REGIONS) ? files : GazetteerFiles.bundled();
    readLines(source, BORDER_REGIONS, 2, cols -> pairs.add(BorderRegions.key(cols[0].trim(), cols[1].trim())));
    return new BorderRegions(pairs);
  }

  /** Feeds each data line's columns to {@code sink}; a row it cannot use is counted as malformed and skipped. */
  private void readLines(GazetteerFiles files, String name, int minColumns, Consumer<String[]> sink) {
    Optional<InputStream> opened;
    try {
      opened = files.open(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + files.location() + "/" + name, e);
    }
    if (opened.isEmpty()) {
      return;
    }
    try (BufferedReader reader = reader(new DigestInputStream(opened.get(), digest))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < minColumns) {
          countMalformed(name);
          continue;
        }
        try {
          sink.accept(cols);
        } catch (RuntimeException e) {
          countMalformed(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.location() + "/" + name, e);
    }
  }

  private void countMalformed(String file) {
    malformed.merge(file, 1L, Long::sum);
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
