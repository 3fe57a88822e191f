package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Extraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.BoundaryOptions;
import org.borderwatch.geo.borders.BoundaryView;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims in Crimea: the gazetteer codes Simferopol and Sevastopol UA, and their border distance follows the view,
 * over the bundled boundaries: de jure, Ukraine's land borders (hundreds of km away); de facto, the line Natural
 * Earth draws at the Perekop isthmus.
 */
class CrimeaBorderDistanceTest {
  private static final String TEXT = "A drone struck an oil depot in Sevastopol on Monday, the city's Russian-installed "
      + "governor said. Russian forces shelled Simferopol on Monday, Ukrainian officials said.";
  @TempDir static Path gazetteer;
  private static GeoNamesKnowledge knowledge;

  @BeforeAll
  static void writeGazetteer() throws IOException {
    for (String file : List.of("countryInfo.txt", "admin1CodesASCII.txt")) {
      try (InputStream in = CrimeaBorderDistanceTest.class.getClassLoader()
          .getResourceAsStream("borderwatch/gazetteer/" + file)) {
        Files.copy(in, gazetteer.resolve(file));
      }
    }
    // two populated places of the project's own, coordinates rounded to 0.01°
    Files.writeString(gazetteer.resolve("cities.txt"), String.join("\n",
        row(693805, "Simferopol", 44.95, 34.10, "11", 340000),
        row(694423, "Sevastopol", 44.60, 33.52, "20", 480000)) + "\n");
    knowledge = GeoNamesKnowledge.load(gazetteer, GazetteerOptions.defaults());
  }

  private static String row(long id, String name, double lat, double lon, String admin1, long population) {
    return String.join("\t", Long.toString(id), name, name, "", Double.toString(lat), Double.toString(lon), "P",
        "PPLA", "UA", "", admin1, "", "", "", Long.toString(population), "", "0", "Europe/Simferopol", "2024-10-01");
  }

  private static Claim claimAt(BoundaryView view, String place) {
    GeoNamesKnowledge geo = knowledge.withBoundaries(Boundaries.bundled(view), view.key(), BoundaryOptions.defaults());
    Extraction e = new ArticleExtractor(ExtractionRules.bundled(), geo)
        .extract("crimea", TEXT, LocalDate.of(2024, 3, 12), new RuleSentenceSplitter().split(TEXT));
    List<Claim> at = e.claims().stream().filter(c -> c.place() != null && c.place().text().equals(place)).toList();
    assertThat(at).as("claims at %s", place).isNotEmpty();
    return at.get(0);
  }

  @Test
  void crimeanClaimsAreUkrainesAndMeasuredToItsLandBordersDeJure() {
    for (String place : List.of("Simferopol", "Sevastopol")) {
      Claim c = claimAt(BoundaryView.DE_JURE, place);
      assertThat(c.place().countryCode()).as("%s country", place).isEqualTo("UA");
      assertThat(c.borderDistanceKm()).as("%s: no border anywhere near, de jure", place).isGreaterThan(300);
    }
  }

  @Test
  void deFactoTheyAreMeasuredToTheLineAtTheIsthmus() {
    for (String place : List.of("Simferopol", "Sevastopol")) {
      Claim c = claimAt(BoundaryView.DE_FACTO, place);
      assertThat(c.place().countryCode()).as("%s country, whatever the view", place).isEqualTo("UA");
      assertThat(c.borderDistanceKm()).as("%s: to the Perekop line, de facto", place)
          .isBetween(80.0, 200.0)
          .isCloseTo(Boundaries.bundled(BoundaryView.DE_FACTO).borderDistanceKm("UA", "RU",
              c.place().latitude(), c.place().longitude()).orElseThrow(), within(1e-9));
    }
  }
}
