package org.borderwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic GeoNames dump of a given size: {@code allCountries.txt} (19 columns) and
 * {@code alternateNamesV2.txt} (10 columns), so the gazetteer can be loaded at full scale without downloading
 * GeoNames. Shares follow the real dump roughly: feature classes (P 39%, S 21%, H 19%, T 11%, L 4%, A 4%, few
 * R, V, U), a few large countries holding most rows, most populated places with population 0, about one
 * alternate name per place on average but concentrated on a minority of places, and the alternate names' mix
 * of languages, scripts, links, postcodes and airport codes. Names are syllables, about one in eight with Latin
 * diacritics, and some places carry a Cyrillic, Greek, Arabic or Chinese name. The same seed writes the same
 * bytes.
 */
public final class GeoNamesGenerator {
  public static final String PLACES_FILE = "allCountries.txt";
  public static final String ALTERNATE_NAMES_FILE = "alternateNamesV2.txt";

  private static final String[] ONSETS = {"b", "k", "d", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
      "kr", "st", "tr", "sh", "ch", "kh", "h", "f", "j", "w"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ay", "ou", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "m", "v", "t"};
  /** Latin letters with diacritics and the ASCII letter GeoNames writes in {@code asciiname}. */
  private static final String[][] DIACRITICS = {{"a", "á"}, {"a", "ä"}, {"a", "ą"}, {"c", "č"}, {"c", "ç"},
      {"e", "é"}, {"e", "è"}, {"e", "ě"}, {"i", "í"}, {"l", "ł"}, {"n", "ñ"}, {"o", "ö"}, {"o", "ó"}, {"r", "ř"},
      {"s", "š"}, {"s", "ş"}, {"u", "ü"}, {"u", "ú"}, {"z", "ž"}, {"g", "ğ"}};
  private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
  private static final String[] CYRILLIC = {"а", "б", "к", "д", "е", "ф", "г", "х", "и", "й", "к", "л", "м", "н",
      "о", "п", "к", "р", "с", "т", "у", "в", "в", "кс", "ы", "з"};
  private static final String[] OTHER_SCRIPTS = {"αβγδεζηθικλμνξοπρστυφχψω", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
      "北京上海广州深圳天津重庆南西东山河湖州城市县村镇"};

  /** Feature class, its share of the dump in per mille, and its codes with their shares within the class. */
  private static final Object[][] CLASSES = {
      {"P", 390, new String[] {"PPL", "PPLX", "PPLA4", "PPLA3", "PPLA2", "PPLQ", "PPLL", "PPLA", "PPLC"},
          new int[] {9000, 400, 200, 150, 100, 100, 40, 9, 1}},
      {"S", 210, new String[] {"SCH", "CH", "HTL", "FRM", "BLDG", "CMTY", "RSTN", "HSP", "PO", "MUS", "AIRP", "MNMT"},
          new int[] {25, 20, 15, 10, 8, 8, 3, 3, 3, 2, 2, 1}},
      {"H", 190, new String[] {"STM", "LK", "RSV", "SPNG", "WLL", "PND", "BAY", "STMI", "CNL"},
          new int[] {55, 15, 8, 5, 4, 4, 3, 3, 3}},
      {"T", 110, new String[] {"MT", "HLL", "ISL", "PK", "VAL", "MTS", "CAPE", "PASS"},
          new int[] {35, 25, 10, 8, 8, 5, 5, 4}},
      {"L", 44, new String[] {"LCTY", "AREA", "PRK", "RESF", "RGN", "CST", "PRT"}, new int[] {30, 25, 20, 8, 5, 5, 2}},
      {"A", 42, new String[] {"ADM4", "ADM3", "ADMD", "ADM2", "ADM5", "ADM1", "PCLI"},
          new int[] {3000, 3000, 1500, 1200, 500, 30, 1}},
      {"R", 7, new String[] {"RD", "RR", "TNL"}, new int[] {6, 3, 1}},
      {"V", 6, new String[] {"FRST", "GRSLD", "SCRB"}, new int[] {7, 2, 1}},
      {"U", 1, new String[] {"SMU", "RDGU"}, new int[] {1, 1}}};
  /** Countries with most rows in the real dump, their per-mille share and a rough centre. */
  private static final Object[][] BIG_COUNTRIES = {{"US", 180, 39.0, -97.0}, {"CN", 70, 33.0, 105.0},
      {"IN", 55, 22.0, 79.0}, {"MX", 40, 23.0, -102.0}, {"CA", 35, 56.0, -100.0}, {"RU", 35, 58.0, 60.0},
      {"ID", 30, -2.0, 118.0}, {"NO", 25, 62.0, 10.0}, {"IR", 25, 32.0, 53.0}, {"DE", 25, 51.0, 10.0},
      {"BR", 25, -10.0, -52.0}, {"FR", 20, 46.0, 2.0}, {"AU", 20, -25.0, 134.0}, {"PK", 20, 30.0, 70.0},
      {"UA", 15, 49.0, 32.0}, {"PL", 15, 52.0, 19.0}, {"TR", 15, 39.0, 35.0}, {"JP", 15, 36.0, 138.0},
      {"AF", 12, 33.0, 65.0}, {"PH", 12, 12.0, 122.0}};
  private static final String[] LANGUAGES = {"", "", "", "en", "en", "ru", "ru", "uk", "de", "fr", "es", "it", "pl",
      "nl", "pt", "tr", "el", "ar", "fa", "zh", "ja", "link", "link", "link", "post", "post", "wkdt", "iata",
      "icao", "abbr"};
  private static final String[] TIME_ZONES = {"America/Chicago", "Asia/Shanghai", "Asia/Kolkata", "Europe/Moscow",
      "Europe/Berlin", "Europe/Kyiv", "Asia/Tehran", "America/Sao_Paulo", "Australia/Sydney", "Asia/Jakarta"};

  private final SplittableRandom random;
  private final String[] smallCountries;
  private long alternateNameId = 1;

  public GeoNamesGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    List<String> others = new ArrayList<>();
    for (String iso : Locale.getISOCountries()) {
      if (bigCountry(iso) < 0) {
        others.add(iso);
      }
    }
    this.smallCountries = others.toArray(new String[0]);
  }

  /** What was written: rows of each file. */
  public record Written(long places, long alternateNames) {}

  /**
   * Writes {@code places} rows of {@link #PLACES_FILE} and alternate names until {@link #ALTERNATE_NAMES_FILE}
   * holds about {@code alternateNames} rows, into {@code dir}.
   */
  public Written write(Path dir, long places, long alternateNames) throws IOException {
    Files.createDirectories(dir);
    double alternatesPerPlace = places == 0 ? 0 : (double) alternateNames / places;
    try (Writer main = writer(dir.resolve(PLACES_FILE)); Writer alt = writer(dir.resolve(ALTERNATE_NAMES_FILE))) {
      for (long i = 0; i < places; i++) {
        writePlace(main, alt, 1_000_000 + i * 7 + random.nextInt(7), alternatesPerPlace);
      }
    }
    return new Written(places, alternateNameId - 1);
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
  }

  private void writePlace(Writer main, Writer alt, long id, double alternatesPerPlace) throws IOException {
    Object[] cls = pick(CLASSES);
    String featureClass = (String) cls[0];
    String featureCode = pickCode((String[]) cls[2], (int[]) cls[3]);
    int big = random.nextInt(1000) < 609 ? pickBigCountry() : -1;
    String country = big >= 0 ? (String) BIG_COUNTRIES[big][0] : smallCountries[random.nextInt(smallCountries.length)];
    double lat = big >= 0 ? (double) BIG_COUNTRIES[big][2] + gaussian(6) : random.nextDouble(-60, 70);
    double lon = big >= 0 ? (double) BIG_COUNTRIES[big][3] + gaussian(12) : random.nextDouble(-180, 180);
    String ascii = baseName(featureClass);
    String name = random.nextInt(8) == 0 ? withDiacritics(ascii) : ascii;
    if (random.nextInt(100) == 0) {
      name = otherScript(ascii);
    }
    long population = population(featureClass, featureCode);
    List<String[]> alternates = alternates(ascii, population, alternatesPerPlace);
    StringBuilder row = new StringBuilder(160);
    row.append(id).append('\t').append(name).append('\t').append(ascii).append('\t');
    boolean first = true;
    for (String[] a : alternates) {
      if (!a[0].equals("link") && !a[0].equals("post") && !a[0].equals("wkdt")) {
        row.append(first ? "" : ",").append(a[1]);
        first = false;
      }
    }
    int admin1 = 1 + random.nextInt(big >= 0 ? 40 : 12);
    row.append('\t').append(coordinate(Math.max(-89.9, Math.min(89.9, lat)))).append('\t')
        .append(coordinate(Math.max(-179.9, Math.min(179.9, lon)))).append('\t').append(featureClass).append('\t')
        .append(featureCode).append('\t').append(country).append('\t').append('\t')
        .append(random.nextInt(20) == 0 ? "00" : twoDigits(admin1)).append('\t')
        .append(random.nextInt(5) == 0 ? "" : Integer.toString(1 + random.nextInt(60))).append('\t')
        .append(random.nextInt(3) == 0 ? "" : Integer.toString(10_000 + random.nextInt(90_000))).append('\t')
        .append('\t').append(population).append('\t')
        .append(random.nextInt(10) == 0 ? Integer.toString(random.nextInt(2500)) : "").append('\t')
        .append(random.nextInt(3000)).append('\t').append(TIME_ZONES[random.nextInt(TIME_ZONES.length)]).append('\t')
        .append("20").append(10 + random.nextInt(15)).append('-').append(twoDigits(1 + random.nextInt(12))).append('-')
        .append(twoDigits(1 + random.nextInt(28)))
        .append('\n');
    main.write(row.toString());
    for (String[] a : alternates) {
      alt.write(alternateNameId++ + "\t" + id + "\t" + a[0] + "\t" + a[1] + "\t" + (random.nextInt(20) == 0 ? "1" : "")
          + "\t" + (random.nextInt(50) == 0 ? "1" : "") + "\t\t" + (random.nextInt(100) == 0 ? "1" : "") + "\t\t\n");
    }
  }

  /** Most places have none; populous ones have dozens, as capitals have in every language. */
  private List<String[]> alternates(String ascii, long population, double perPlace) {
    int count;
    if (population > 100_000) {
      count = 20 + random.nextInt(80);
    } else if (random.nextDouble() < 0.32) {
      // the floor of an exponential falls half a name short of its mean
      count = 1 + (int) (-Math.log(1 - random.nextDouble()) * (perPlace / 0.32 - 0.5));
    } else {
      count = 0;
    }
    List<String[]> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
      out.add(new String[] {language, alternateName(language, ascii)});
    }
    return out;
  }

  private String alternateName(String language, String ascii) {
    return switch (language) {
      case "link" -> "https://en.wikipedia.org/wiki/" + capitalise(ascii).replace(' ', '_');
      case "post" -> Integer.toString(10_000 + random.nextInt(90_000));
      case "wkdt" -> "Q" + (1 + random.nextInt(99_999_999));
      case "iata", "icao" -> code(language.equals("iata") ? 3 : 4);
      case "abbr" -> code(2 + random.nextInt(3));
      case "ru", "uk" -> cyrillic(ascii);
      case "el", "ar", "fa", "zh", "ja" -> otherScript(ascii);
      case "" -> random.nextBoolean() ? ascii : baseName("P");
      default -> random.nextInt(3) == 0 ? withDiacritics(ascii) : variant(ascii);
    };
  }

  private String baseName(String featureClass) {
    String word = word();
    int shape = random.nextInt(100);
    if (shape < 12) {
      word = word + " " + word();
    }
    return switch (featureClass) {
      case "H" -> shape < 60 ? word + (random.nextBoolean() ? " Creek" : " River") : "Lake " + word;
      case "S" -> word + (shape < 40 ? " School" : shape < 70 ? " Church" : " Hotel");
      case "T" -> shape < 50 ? "Mount " + word : word + " Hill";
      case "L" -> word + (shape < 50 ? " Park" : " Forest");
      default -> shape < 95 ? word : random.nextBoolean() ? "San " + word : "Novo" + word.toLowerCase(Locale.ROOT);
    };
  }

  private String word() {
    int syllables = 2 + Math.min(random.nextInt(4), random.nextInt(4));
    StringBuilder w = new StringBuilder(12);
    for (int s = 0; s < syllables; s++) {
      w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    w.append(CODAS[random.nextInt(CODAS.length)]);
    return capitalise(w.toString());
  }

  private String withDiacritics(String ascii) {
    StringBuilder out = new StringBuilder(ascii);
    int changes = 1 + random.nextInt(2);
    for (int k = 0; k < changes; k++) {
      String[] d = DIACRITICS[random.nextInt(DIACRITICS.length)];
      int at = out.indexOf(d[0], 1);
      if (at > 0) {
        out.replace(at, at + 1, d[1]);
      }
    }
    return out.toString();
  }

  /** A spelling variant as another language writes it ("Brakov" / "Brakow"). */
  private String variant(String ascii) {
    return ascii.replace("v", "w").replace("sh", "sch").replace("ay", "ai");
  }

  private static String cyrillic(String ascii) {
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      int letter = LATIN.indexOf(c);
      String mapped = letter >= 0 ? CYRILLIC[letter] : String.valueOf(c);
      out.append(i == 0 ? mapped.toUpperCase(Locale.ROOT) : mapped);
    }
    return out.toString();
  }

  private String otherScript(String ascii) {
    String script = OTHER_SCRIPTS[random.nextInt(OTHER_SCRIPTS.length)];
    int length = Math.max(2, Math.min(ascii.length() / 2, 8));
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(script.charAt(random.nextInt(script.length())));
    }
    return out.toString();
  }

  private String code(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('A' + random.nextInt(26)));
    }
    return out.toString();
  }

  private long population(String featureClass, String featureCode) {
    if (featureCode.equals("PPLC") || featureCode.equals("PCLI")) {
      return 200_000 + random.nextInt(20_000_000);
    }
    boolean populated = featureClass.equals("P") ? random.nextInt(100) < 15
        : featureClass.equals("A") && random.nextInt(100) < 30;
    return populated ? (long) Math.exp(7.3 + 1.6 * random.nextGaussian()) : 0;
  }

  private Object[] pick(Object[][] weighted) {
    int r = random.nextInt(1000);
    for (Object[] w : weighted) {
      r -= (int) w[1];
      if (r < 0) {
        return w;
      }
    }
    return weighted[0];
  }

  private int pickBigCountry() {
    int total = 0;
    for (Object[] c : BIG_COUNTRIES) {
      total += (int) c[1];
    }
    int r = random.nextInt(total);
    for (int i = 0; i < BIG_COUNTRIES.length; i++) {
      r -= (int) BIG_COUNTRIES[i][1];
      if (r < 0) {
        return i;
      }
    }
    return 0;
  }

  private String pickCode(String[] codes, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < codes.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return codes[i];
      }
    }
    return codes[0];
  }

  private static int bigCountry(String iso) {
    for (int i = 0; i < BIG_COUNTRIES.length; i++) {
      if (BIG_COUNTRIES[i][0].equals(iso)) {
        return i;
      }
    }
    return -1;
  }

  private double gaussian(double sd) {
    return random.nextGaussian() * sd;
  }

  /** Five decimals as GeoNames writes them; String.format would dominate the generator's time. */
  private static String coordinate(double v) {
    long scaled = Math.round(Math.abs(v) * 100_000);
    String fraction = Long.toString(100_000 + scaled % 100_000).substring(1);
    return (v < 0 && scaled > 0 ? "-" : "") + scaled / 100_000 + "." + fraction;
  }

  private static String twoDigits(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
