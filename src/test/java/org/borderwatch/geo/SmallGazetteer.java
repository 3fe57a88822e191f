package org.borderwatch.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gazetteer written row by row into a test's own folder, for the one failure a test is about: places, first- and
 * second-level areas and countries, in the GeoNames file formats.
 */
final class SmallGazetteer {
  private final List<String> places = new ArrayList<>();
  private final List<String> admin1 = new ArrayList<>();
  private final List<String> admin2 = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();

  /** A populated place; {@code admin2} may be empty. */
  SmallGazetteer place(long id, String name, double lat, double lon, String featureCode, String country,
      String admin1Code, String admin2Code, long population) {
    places.add(String.join("\t", Long.toString(id), name, name, "", Double.toString(lat), Double.toString(lon), "P",
        featureCode, country, "", admin1Code, admin2Code, "", "", Long.toString(population), "", "0", "UTC",
        "2024-01-01"));
    return this;
  }

  /** A first-level area, {@code code} like "US.TN". */
  SmallGazetteer admin1(String code, String name, long id) {
    admin1.add(code + "\t" + name + "\t" + name + "\t" + id);
    return this;
  }

  /** A second-level area, {@code code} like "US.TN.079". */
  SmallGazetteer admin2(String code, String name, long id) {
    admin2.add(code + "\t" + name + "\t" + name + "\t" + id);
    return this;
  }

  /** A country and the countries it borders ("IL,EG"). */
  SmallGazetteer country(String iso2, String name, long id, String neighbours) {
    String[] cols = new String[19];
    java.util.Arrays.fill(cols, "");
    cols[0] = iso2;
    cols[1] = iso2 + "X";
    cols[4] = name;
    cols[7] = "1000000";
    cols[16] = Long.toString(id);
    cols[17] = neighbours;
    countries.add(String.join("\t", cols));
    return this;
  }

  GeoNamesKnowledge load(Path dir) {
    try {
      Files.write(dir.resolve("cities.txt"), places);
      Files.write(dir.resolve("admin1CodesASCII.txt"), admin1);
      Files.write(dir.resolve("admin2Codes.txt"), admin2);
      Files.write(dir.resolve("countryInfo.txt"), countries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return GeoNamesKnowledge.load(GazetteerFiles.directory(dir), GazetteerOptions.defaults());
  }

  static ResolvedPlace mention(GeoNamesKnowledge k, String text, String name) {
    return k.parser().parse(text).stream().filter(p -> p.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + name + "' in: " + k.parser().parse(text)));
  }

  /** How often {@code counter} fires while one fresh parser reads {@code text}. */
  static long fired(GeoNamesKnowledge k, String text, String counter) {
    GeoNamesParser parser = k.parser();
    parser.parse(text);
    return parser.passCounts().get(counter);
  }

  static boolean found(GeoNamesKnowledge k, String text, String name) {
    return k.parser().parse(text).stream().anyMatch(p -> p.text().equals(name));
  }
}
