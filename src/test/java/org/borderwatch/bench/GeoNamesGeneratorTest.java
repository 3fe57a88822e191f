package org.borderwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesGeneratorTest {
  private static final int PLACES = 20_000;
  private static final Pattern ASCII = Pattern.compile("[\\x20-\\x7e]+");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  @TempDir Path dir;

  private List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
  }

  @Test
  void writesNineteenAndTenColumnRowsThatReferToEachOther() throws IOException {
    GeoNamesGenerator.Written written = new GeoNamesGenerator(1).write(dir, PLACES, 24_000);
    List<String[]> places = rows(dir.resolve(GeoNamesGenerator.PLACES_FILE));
    List<String[]> alternates = rows(dir.resolve(GeoNamesGenerator.ALTERNATE_NAMES_FILE));
    assertThat(places).hasSize(PLACES);
    assertThat(places.stream().filter(c -> c.length != 19)).as("rows without 19 columns").isEmpty();
    assertThat(alternates).hasSize((int) written.alternateNames());
    assertThat(alternates.stream().filter(c -> c.length != 10)).as("rows without 10 columns").isEmpty();
    assertThat(written.alternateNames()).as("about the asked number").isBetween(20_000L, 28_000L);
    Set<String> ids = places.stream().map(c -> c[0]).collect(Collectors.toSet());
    assertThat(ids).as("ids unique").hasSize(PLACES);
    assertThat(alternates.stream().filter(c -> !ids.contains(c[1]))).as("names of unknown ids").isEmpty();
    assertThat(places.stream().filter(c -> Math.abs(Double.parseDouble(c[4])) > 90
        || Math.abs(Double.parseDouble(c[5])) > 180)).as("coordinates out of range").isEmpty();
    assertThat(places.stream().filter(c -> !ASCII.matcher(c[2]).matches())).as("ASCII names that are not").isEmpty();
    assertThat(places.stream().filter(c -> !COUNTRY.matcher(c[8]).matches() || !DIGITS.matcher(c[14]).matches()))
        .as("bad country or population").isEmpty();
  }

  @Test
  void classesCountriesAndScriptsAreMixedAsInGeoNames() throws IOException {
    new GeoNamesGenerator(2).write(dir, PLACES, 24_000);
    List<String[]> places = rows(dir.resolve(GeoNamesGenerator.PLACES_FILE));
    Map<String, Long> byClass = places.stream().collect(Collectors.groupingBy(c -> c[6], Collectors.counting()));
    assertThat(share(byClass, "P")).isBetween(0.35, 0.43);
    assertThat(share(byClass, "P") + share(byClass, "A") + share(byClass, "L") + share(byClass, "H")
        + share(byClass, "S")).as("kept by P,A,L,H,S, as 11 of 12.4 million").isBetween(0.85, 0.91);
    Map<String, Long> byCountry = places.stream().collect(Collectors.groupingBy(c -> c[8], Collectors.counting()));
    assertThat(share(byCountry, "US")).as("the largest country").isBetween(0.12, 0.2);
    assertThat(byCountry).as("countries").hasSizeGreaterThan(200);
    long nonAscii = places.stream().filter(c -> !c[1].equals(c[2])).count();
    assertThat(nonAscii / (double) PLACES).as("names written with diacritics or another script").isBetween(0.08, 0.2);
    double meanLength = places.stream().mapToInt(c -> c[1].length()).average().orElse(0);
    assertThat(meanLength).isBetween(8.0, 20.0);
    assertThat(places.stream().filter(c -> c[14].equals("0")).count() / (double) PLACES).as("no population")
        .isGreaterThan(0.8);
    Map<String, Long> languages = rows(dir.resolve(GeoNamesGenerator.ALTERNATE_NAMES_FILE)).stream()
        .collect(Collectors.groupingBy(c -> c[2], Collectors.counting()));
    assertThat(languages).containsKeys("", "en", "ru", "link", "post", "iata");
  }

  @Test
  void sameSeedSameBytes() throws IOException {
    new GeoNamesGenerator(3).write(dir.resolve("a"), 2_000, 2_400);
    new GeoNamesGenerator(3).write(dir.resolve("b"), 2_000, 2_400);
    new GeoNamesGenerator(4).write(dir.resolve("c"), 2_000, 2_400);
    Function<String, String> read = p -> {
      try {
        return Files.readString(dir.resolve(p), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    for (String file : List.of(GeoNamesGenerator.PLACES_FILE, GeoNamesGenerator.ALTERNATE_NAMES_FILE)) {
      assertThat(read.apply("a/" + file)).isEqualTo(read.apply("b/" + file)).isNotEqualTo(read.apply("c/" + file));
    }
  }

  private static double share(Map<String, Long> counts, String key) {
    return counts.getOrDefault(key, 0L) / (double) counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
