package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.config.BorderwatchConf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LGL: "Glass recycling starts at the Athens center", from a paper in Athens, Georgia, went to the Greek capital, and
 * a local "Mansfield", "Albany" or "Berea" to a namesake abroad: nothing in such an article says which one it is.
 * The paper's other articles do: most of them place things in Georgia.
 */
class LocalPaperMeansItsOwnAthensTest {
  static final String COURIER = "oconee-courier.example";
  static final String WIRE = "wire.example";
  static final List<String> COURIER_ARTICLES = List.of(
      "In Watkinsville, the council approved a new fire station on Tuesday.",
      "A family from Bogart opened a bakery on the square this week.",
      "Winterville police asked drivers to slow down near the school.");
  static final String OPEN = "Glass recycling begins on Friday at the Athens centre, the works director said.";

  private static GeoNamesKnowledge knowledge;

  @BeforeAll
  static void gazetteer(@TempDir Path dir) {
    knowledge = gazetteer().load(dir);
  }

  static SmallGazetteer gazetteer() {
    return new SmallGazetteer()
        .place(1, "Athens", 37.98, 23.73, "PPLC", "GR", "ESYE31", "", 664_046)
        .place(2, "Athens", 33.96, -83.38, "PPLA2", "US", "GA", "059", 127_315)
        .place(3, "Watkinsville", 33.86, -83.41, "PPLA2", "US", "GA", "219", 14_000)
        .place(4, "Bogart", 33.95, -83.53, "PPL", "US", "GA", "219", 6_000)
        .place(5, "Winterville", 33.97, -83.28, "PPL", "US", "GA", "059", 7_000)
        .place(6, "Piraeus", 37.94, 23.65, "PPLA3", "GR", "ESYE31", "", 163_000)
        .admin1("US.GA", "Georgia", 101).admin1("GR.ESYE31", "Attica", 102)
        .country("US", "United States", 6252001, "CA,MX").country("GR", "Greece", 390903, "AL,BG,MK,TR");
  }

  private static HomeRegions learnt(List<String> courierArticles) {
    GeoNamesParser parser = knowledge.parser();
    HomeRegions.Tally tally = new HomeRegions.Tally();
    courierArticles.forEach(text -> tally.add(COURIER, HomeRegions.sureRegions(parser.parse(text))));
    tally.add(WIRE, HomeRegions.sureRegions(parser.parse("Ships waited outside Piraeus on Monday.")));
    return tally.homes(HomeRegions.Settings.from(BorderwatchConf.empty()));
  }

  private static ResolvedPlace athens(String text, String home) {
    return knowledge.parser().parse(text, home).stream().filter(p -> p.text().equals("Athens")).findFirst()
        .orElseThrow();
  }

  @Test
  void athensInThePaperOfItsNeighboursIsAthensGeorgia() {
    HomeRegions homes = learnt(COURIER_ARTICLES);
    assertThat(homes.homeOf(COURIER)).isEqualTo("US.GA");
    assertThat(homes.homeOf(WIRE)).as("one article makes no home").isNull();
    ResolvedPlace athens = athens(OPEN, homes.homeOf(COURIER));
    assertThat(athens.geonameId()).isEqualTo(2L);
    assertThat(athens.confidence()).as("a guess from the source, not from the article").isLessThan(0.6);
  }

  @Test
  void withoutAHomeAthensIsTheCapital() {
    assertThat(athens(OPEN, null).geonameId()).isEqualTo(1L);
  }

  @Test
  void theArticlesOwnPlacesBeatItsSourcesHome() {
    String aboutGreece = "Glass recycling begins on Friday in Athens, and the port of Piraeus follows next month.";
    assertThat(athens(aboutGreece, "US.GA").geonameId()).isEqualTo(1L);
  }

  @Test
  void twoArticlesMakeNoHome() {
    assertThat(learnt(COURIER_ARTICLES.subList(0, 2)).homeOf(COURIER)).isNull();
  }

  @Test
  void aSourceSpreadOverRegionsHasNone() {
    HomeRegions.Settings settings = HomeRegions.Settings.from(BorderwatchConf.empty());
    assertThat(settings.home(7, Map.of("US.GA", 3L, "GR.ESYE31", 2L, "US.TN", 2L))).isNull();
    assertThat(settings.home(6, Map.of("US.GA", 3L, "GR.ESYE31", 2L, "US.TN", 1L))).isEqualTo("US.GA");
    assertThat(HomeRegions.Settings.from(BorderwatchConf.empty()
        .with("borderwatch.geo.home-region-min-articles", "0")).enabled()).isFalse();
  }

  @Test
  void onlyPlacesResolvedForSureTeachAHome() {
    assertThat(HomeRegions.sureRegions(knowledge.parser().parse(COURIER_ARTICLES.get(0)))).isEqualTo(Set.of("US.GA"));
    assertThat(HomeRegions.sureRegions(knowledge.parser().parse(OPEN))).as("a guess teaches nothing").isEmpty();
  }

  @Test
  void aRecordWithoutASourceSharesTheHomeOfItsUrlsHost() {
    assertThat(HomeRegions.sourceKey(null, "https://www.oconee-courier.example/news/1")).isEqualTo(
        "www.oconee-courier.example");
    assertThat(HomeRegions.sourceKey("Oconee Courier", "https://www.oconee-courier.example/news/1")).isEqualTo(
        "Oconee Courier");
    assertThat(HomeRegions.sourceKey(" ", null)).isNull();
    assertThat(HomeRegions.sourceKey(null, "page 3 of the print edition")).isNull();
  }
}
