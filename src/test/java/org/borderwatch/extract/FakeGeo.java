package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoParser;
import org.borderwatch.geo.Place;
import org.borderwatch.geo.ResolvedPlace;

/**
 * A dictionary stand-in for the geography module: a handful of places around the Russia–Ukraine
 * and Israel–Lebanon borders, countries with demonyms, neighbours and border regions.
 */
public class FakeGeo implements GeoKnowledge {
  public static final long KOZINKA = 1001;
  public static final long GORA_PODOL = 1002;
  public static final long GRAIVORON = 1003;
  public static final long BELGOROD = 1004;
  public static final long AVDIIVKA = 1005;
  public static final long KHARKIV = 1006;
  public static final long SHEBEKINO = 1007;
  public static final long METULA = 1008;

  private record Entry(String name, Place place, int precision, String admin1Name) implements java.io.Serializable {}

  private final Map<String, Entry> names = new LinkedHashMap<>();
  private final Map<String, String> countries = new LinkedHashMap<>();

  public FakeGeo() {
    town("Kozinka", KOZINKA, "RU", "RU.09", 50.63, 35.78);
    town("Gora-Podol", GORA_PODOL, "RU", "RU.09", 50.52, 35.67);
    town("Graivoron", GRAIVORON, "RU", "RU.09", 50.48, 35.68);
    town("Gravoron", GRAIVORON, "RU", "RU.09", 50.48, 35.68);
    town("Belgorod", BELGOROD, "RU", "RU.09", 50.61, 36.58);
    town("Shebekino", SHEBEKINO, "RU", "RU.09", 50.41, 36.89);
    town("Avdiivka", AVDIIVKA, "UA", "UA.05", 48.14, 37.75);
    town("Kharkiv", KHARKIV, "UA", "UA.07", 49.98, 36.25);
    town("Metula", METULA, "IL", "IL.03", 33.28, 35.58);
    region("Belgorod Oblast", "RU", "RU.09");
    region("Belgorod region", "RU", "RU.09");
    region("Graivoron district", "RU", "RU.09");
    region("Donetsk", "UA", "UA.05");
    region("Donetsk region", "UA", "UA.05");
    region("Kharkiv region", "UA", "UA.07");
    country("Russia", "RU", "Russian");
    country("Ukraine", "UA", "Ukrainian");
    country("Belarus", "BY", "Belarusian");
    country("Israel", "IL", "Israeli");
    country("Lebanon", "LB", "Lebanese");
  }

  private void town(String name, long id, String cc, String admin1, double lat, double lon) {
    names.put(name, new Entry(name, new Place(id, name, name, "P", "PPL", cc, admin1, null, lat, lon, 1000), 1,
        nameOfAdmin1(admin1)));
  }

  private void region(String name, String cc, String admin1) {
    names.put(name, new Entry(name, null, 3, nameOfAdmin1(admin1)));
    regionCodes.put(name, new String[] {cc, admin1});
  }

  private final Map<String, String[]> regionCodes = new LinkedHashMap<>();

  private void country(String name, String iso, String demonym) {
    countries.put(name.toLowerCase(Locale.ROOT), iso);
    countries.put(demonym.toLowerCase(Locale.ROOT), iso);
    names.put(name, new Entry(name, null, 4, null));
    regionCodes.put(name, new String[] {iso, null});
  }

  private static String nameOfAdmin1(String code) {
    return switch (code) {
      case "RU.09" -> "Belgorod Oblast";
      case "UA.05" -> "Donetsk";
      case "UA.07" -> "Kharkiv";
      case "IL.03" -> "Northern District";
      default -> null;
    };
  }

  @Override
  public String version() {
    return "fake-1";
  }

  @Override
  public GeoParser parser() {
    List<String> ordered = new ArrayList<>(names.keySet());
    ordered.sort(Comparator.comparingInt(String::length).reversed());
    Pattern p = Pattern.compile("\\b(" + String.join("|", ordered.stream().map(Pattern::quote).toList()) + ")\\b");
    return text -> {
      List<ResolvedPlace> out = new ArrayList<>();
      if (text == null) {
        return out;
      }
      Matcher m = p.matcher(text);
      while (m.find()) {
        Entry e = names.get(m.group(1));
        if (e.place() != null) {
          Place pl = e.place();
          out.add(new ResolvedPlace(m.group(1), m.start(), m.end(), pl, pl.name(), pl.featureCode(), pl.countryCode(),
              pl.admin1Code(), e.admin1Name(), pl.latitude(), pl.longitude(), 1, 0.9, List.of()));
        } else {
          String[] codes = regionCodes.get(e.name());
          out.add(new ResolvedPlace(m.group(1), m.start(), m.end(), null, e.name(), codes[1] == null ? "PCLI" : "ADM1",
              codes[0], codes[1], e.admin1Name(), null, null, e.precision(), 0.8, List.of()));
        }
      }
      return out;
    };
  }

  @Override
  public Optional<String> countryOf(String nameOrDemonym) {
    return Optional.ofNullable(countries.get(nameOrDemonym.toLowerCase(Locale.ROOT)));
  }

  @Override
  public Optional<String> countryName(String iso2) {
    return names.values().stream().filter(e -> e.precision() == 4 && regionCodes.get(e.name())[0].equals(iso2))
        .map(Entry::name).findFirst();
  }

  @Override
  public Optional<String> admin1Name(String admin1Code) {
    return Optional.ofNullable(nameOfAdmin1(admin1Code));
  }

  @Override
  public boolean neighbours(String a, String b) {
    Set<String> pair = Set.of(a, b);
    return pair.equals(Set.of("RU", "UA")) || pair.equals(Set.of("UA", "BY")) || pair.equals(Set.of("IL", "LB"))
        || pair.equals(Set.of("RU", "BY"));
  }

  @Override
  public boolean isBorderRegion(String admin1Code, String other) {
    return switch (admin1Code) {
      case "RU.09" -> other.equals("UA");
      case "UA.07", "UA.05" -> other.equals("RU");
      case "IL.03" -> other.equals("LB");
      default -> false;
    };
  }

  @Override
  public OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude) {
    return OptionalDouble.empty();
  }

  @Override
  public OptionalDouble borderDistanceKm(String iso2, String otherIso2, double latitude, double longitude) {
    return OptionalDouble.empty();
  }

  @Override
  public org.borderwatch.geo.borders.CrossBorderDistances crossBorderDistances() {
    return org.borderwatch.geo.borders.CrossBorderDistances.defaults();
  }

  /** No boundaries: border areas come from the border regions above. */
  @Override
  public boolean hasBoundaries() {
    return false;
  }

  @Override
  public boolean sharesBoundary(String a, String b) {
    return false;
  }
}
