package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.mention;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * News: "In Wave of Strikes, Missiles Hit …" put the strikes in Wavre, Belgium, and "Kyiv Downs 35 Drones" put them
 * in Downs, Jamaica: a capitalised English word taken for a town of 30,000 abroad. A bare word that only its
 * capital marks as a name, in a headline or at a sentence's start, whose every candidate is a town below 100,000 (or
 * a district) outside the story's countries and their neighbours is no place; a seat, a town in a neighbour of the
 * story's country, a word capitalised mid-sentence, or a story that places itself nowhere keeps it.
 */
class AWordInAHeadlineIsNoTownAbroadTest {
  @TempDir static Path dir;
  private static GeoNamesKnowledge k;

  @BeforeAll
  static void gazetteer() {
    k = new SmallGazetteer()
        .place(1, "Kyiv", 50.45, 30.52, "PPLC", "UA", "12", "", 2_900_000)
        .place(2, "Odesa", 46.48, 30.72, "PPLA", "UA", "17", "", 1_000_000)
        .place(3, "Wave", 50.72, 4.60, "PPL", "BE", "WAL", "", 34_000)
        .place(4, "Soledar", 48.68, 38.09, "PPL", "UA", "05", "", 10_000)
        .place(5, "Tongres", 50.78, 5.46, "PPLA2", "BE", "WAL", "", 30_000)
        .admin1("UA.12", "Kyiv City", 101).admin1("UA.17", "Odesa", 102).admin1("UA.05", "Donetsk", 103)
        .admin1("BE.WAL", "Wallonia", 104)
        .country("UA", "Ukraine", 690791, "RU,PL").country("RU", "Russia", 2017370, "UA")
        .country("BE", "Belgium", 2802361, "FR,NL")
        .load(dir);
  }

  @Test
  void aHeadlineWordIsNoTownAbroad() {
    assertThat(mention(k, "In Wave of Strikes, Missiles Hit Kyiv and Odesa", "Wave").place()).isNull();
  }

  @Test
  void aTownOfTheStorysNeighbourASeatOrAStoryPlacedNowhereKeepsIt() {
    assertThat(mention(k, "Soledar: Russian Forces Shell the Town Again", "Soledar").countryCode())
        .as("Russia borders Ukraine").isEqualTo("UA");
    assertThat(mention(k, "Tongres: Voters Queue as Missiles Hit Kyiv", "Tongres").countryCode()).as("a seat")
        .isEqualTo("BE");
    assertThat(mention(k, "Thousands rallied in Wave on Monday.", "Wave").countryCode()).as("no story country")
        .isEqualTo("BE");
    String midSentence = "Missiles hit Kyiv and Odesa overnight, and a drone later hit Wave, officials said.";
    assertThat(mention(k, midSentence, "Wave").countryCode())
        .as("capitalised mid-sentence, where a capital marks a name").isEqualTo("BE");
  }
}
