package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regressions, each named after the failure it guards against. */
class GeoParserTest {
  private final GeoNamesParser parser = TestPlaces.knowledge().parser();

  private ResolvedPlace place(String text, String name) {
    return parser.parse(text).stream().filter(p -> p.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + name + "' in: " + parser.parse(text)));
  }

  private Long resolve(String name, String... context) {
    String text = "Officials in " + name + " met counterparts from " + String.join(" and ", context) + ".";
    return place(text, name).geonameId();
  }

  @Test
  void residentsOfBelgorodKeepTheTownAfterAnUnknownCapitalisedWord() {
    assertThat(place("Residents of Belgorod and Boston were calm.", "Belgorod").geonameId())
        .as("the unknown run 'Residents of Belgorod' must not swallow the town").isEqualTo(BELGOROD);
  }

  @Test
  void aTownBeforeOnAndAWeekdayIsStillATown() {
    assertThat(place("Russian forces shelled Belgorod on Sunday.", "Belgorod").geonameId())
        .as("'on Sunday' is not part of the name").isEqualTo(BELGOROD);
  }

  @Test
  void moscowRussiaIsNotMoscowIdaho() {
    assertThat(place("Talks were held in Moscow, Russia on Monday.", "Moscow").geonameId())
        .as("country beside it").isEqualTo(MOSCOW_RU);
    assertThat(place("The council of Moscow, Idaho voted on Monday.", "Moscow").geonameId())
        .as("state beside it").isEqualTo(MOSCOW_ID);
    assertThat(place("Russian officials in Moscow denied the report.", "Moscow").geonameId())
        .as("bare name, story about Russia").isEqualTo(MOSCOW_RU);
  }

  @Test
  void springfieldResolvesThreeWaysFromContext() {
    assertThat(resolve("Springfield", "Boston", "Worcester")).as("Massachusetts context").isEqualTo(SPRINGFIELD_MA);
    assertThat(resolve("Springfield", "Chicago")).as("Illinois context").isEqualTo(SPRINGFIELD_IL);
    assertThat(resolve("Springfield", "Kansas City")).as("Missouri context").isEqualTo(SPRINGFIELD_MO);
  }

  @Test
  void ambiguousNameWithoutContextGoesToTheMostProminentWithLowConfidence() {
    ResolvedPlace p = place("A man was arrested in Springfield.", "Springfield");
    assertThat(p.geonameId()).as("the state capital outranks a slightly larger namesake").isEqualTo(SPRINGFIELD_IL);
    assertThat(p.confidence()).as("a guess").isLessThan(0.7);
    assertThat(p.candidates()).as("all three considered").extracting(Candidate::geonameId)
        .containsExactlyInAnyOrder(SPRINGFIELD_IL, SPRINGFIELD_MA, SPRINGFIELD_MO);
  }

  @Test
  void southOfKrasnohorivkaDonetskOblastResolvesNearTheTown() {
    String text = "Fighting continued south of Krasnohorivka, Donetsk Oblast, the general staff said.";
    List<ResolvedPlace> places = parser.parse(text);
    assertThat(places).extracting(ResolvedPlace::text).containsExactly("Krasnohorivka", "Donetsk Oblast");
    ResolvedPlace town = places.get(0);
    assertThat(town.geonameId()).isEqualTo(KRASNOHORIVKA);
    assertThat(town.geoPrecision()).as("'south of' is near the town").isEqualTo(2);
    assertThat(town.admin1Code()).isEqualTo("UA.05");
    assertThat(places.get(1).geonameId()).isEqualTo(DONETSK_OBLAST);
    assertThat(places.get(1).geoPrecision()).isEqualTo(3);
  }

  @Test
  void unknownVillageIsKeptAtItsRegion() {
    String text = "Fighters entered the village of Kozinka in the Belgorod region overnight.";
    ResolvedPlace village = place(text, "Kozinka");
    assertThat(village.place()).as("not in the gazetteer").isNull();
    assertThat(village.name()).isEqualTo("Kozinka");
    assertThat(village.admin1Code()).isEqualTo("RU.09");
    assertThat(village.admin1Name()).isEqualTo("Belgorod Oblast");
    assertThat(village.countryCode()).isEqualTo("RU");
    assertThat(village.geoPrecision()).as("region level").isEqualTo(3);
    assertThat(text.substring(village.begin(), village.end())).isEqualTo("Kozinka");
  }

  @Test
  void villagesOfXAndYAfterTheRegionAreBothKept() {
    String text = "The groups said they entered Russia's Belgorod region and liberated the villages of Kozinka "
        + "and Gora-Podol.";
    assertThat(place(text, "Kozinka").admin1Code()).isEqualTo("RU.09");
    assertThat(place(text, "Gora-Podol").admin1Code()).as("second of 'the villages of X and Y'").isEqualTo("RU.09");
    assertThat(place(text, "Belgorod").geonameId()).as("'the X region' is the oblast").isEqualTo(BELGOROD_OBLAST);
  }

  @Test
  void regionWrittenWithoutOblastQualifiesThePlaceBesideIt() {
    assertThat(place("Shelling hit Dmytrivka, Kyiv, on Monday.", "Dmytrivka").geonameId())
        .as("'Kyiv' after the comma is the oblast GeoNames spells Kiev, not the larger namesake elsewhere")
        .isEqualTo(DMYTRIVKA_KYIV);
    ResolvedPlace unknown = place("Troops clashed near Lypove, Kyiv, on Monday.", "Lypove");
    assertThat(unknown.admin1Code()).as("unknown village kept in the oblast").isEqualTo("UA.13");
    assertThat(unknown.geoPrecision()).isEqualTo(3);
    assertThat(place("Shelling was reported in the Odesa region.", "Odesa").admin1Code())
        .as("current romanisation of a region GeoNames spells Odessa").isEqualTo("UA.17");
    assertThat(place("A drone struck Kyiv overnight.", "Kyiv").geonameId())
        .as("bare, the capital rather than the oblast named after it").isEqualTo(KYIV);
  }

  @Test
  void unknownNameStartingWithAKnownOneIsKeptWholeAtItsRegion() {
    List<ResolvedPlace> places = parser.parse("Troops shelled Kharkiv Druhyi, Donetsk Oblast, and Grad Lypove, Kyiv.");
    assertThat(places).extracting(ResolvedPlace::text).as("whole names, not the city inside the first")
        .contains("Kharkiv Druhyi", "Grad Lypove").doesNotContain("Kharkiv");
    assertThat(place("Troops shelled Kharkiv Druhyi, Donetsk Oblast.", "Kharkiv Druhyi").admin1Code())
        .isEqualTo("UA.05");
    assertThat(place("Troops shelled with Grad Lypove, Kyiv.", "Grad Lypove").admin1Code())
        .as("no cue, but a region follows").isEqualTo("UA.13");
    assertThat(parser.parse("Meanwhile, Kyiv was calm.")).extracting(ResolvedPlace::text)
        .as("a sentence-opening word before a region is not a place").containsExactly("Kyiv");
  }

  @Test
  void unknownPlaceBesideACountryIsKeptAtCountryLevel() {
    ResolvedPlace p = place("Shelling was reported near Zelene, Ukraine.", "Zelene");
    assertThat(p.countryCode()).isEqualTo("UA");
    assertThat(p.admin1Code()).isNull();
    assertThat(p.geoPrecision()).isEqualTo(4);
  }

  @Test
  void demonymIsNotAPlace() {
    List<ResolvedPlace> places = parser.parse("Russian troops and Ukrainian drones were seen, Russians said.");
    assertThat(places).as("demonyms only").isEmpty();
  }

  @Test
  void transliterationVariantsResolveToTheSamePlace() {
    assertThat(place("A sabotage group entered the Graivoron district.", "Graivoron").geonameId())
        .as("Graivoron").isEqualTo(GRAYVORON);
    assertThat(place("Shelling hit Gravoron in the Belgorod region.", "Gravoron").geonameId())
        .as("Gravoron").isEqualTo(GRAYVORON);
    assertThat(place("Missiles struck Kharkov overnight.", "Kharkov").geonameId()).as("Kharkov").isEqualTo(KHARKIV);
    assertThat(place("Missiles struck Kiev overnight.", "Kiev").geonameId()).as("Kiev").isEqualTo(KYIV);
    assertThat(place("Missiles struck Lwow overnight.", "Lwow").geonameId()).as("-ow spelling").isEqualTo(LVIV);
    assertThat(place("Взрывы прогремели в Белгород ночью.", "Белгород").geonameId()).as("Cyrillic")
        .isEqualTo(BELGOROD);
  }

  @Test
  void districtResolvesToItsTownAtPrecisionTwo() {
    ResolvedPlace p = place("A sabotage group entered the Graivoron district.", "Graivoron");
    assertThat(p.geoPrecision()).isEqualTo(2);
    assertThat(p.admin1Code()).isEqualTo("RU.09");
  }

  @Test
  void countryNamesResolveToCountries() {
    ResolvedPlace p = place("A drone flew from Ukraine into Russia.", "Ukraine");
    assertThat(p.geonameId()).isEqualTo(UKRAINE);
    assertThat(p.geoPrecision()).isEqualTo(4);
    assertThat(place("A drone flew from Ukraine into Russia.", "Russia").geonameId()).isEqualTo(RUSSIA);
  }

  @Test
  void offsetsCoverThePlaceNameOnlyInUtf16Units() {
    String text = "😀 Drones hit the Belgorod region and Kyiv's suburbs.";
    for (ResolvedPlace p : parser.parse(text)) {
      assertThat(text.substring(p.begin(), p.end())).as("offsets of " + p).isEqualTo(p.text());
    }
    assertThat(parser.parse(text)).extracting(ResolvedPlace::text).containsExactly("Belgorod", "Kyiv");
  }

  @Test
  void commonCapitalisedWordsAreNotPlaces() {
    assertThat(parser.parse("In March the Police said Monday that General Moscowitz would speak."))
        .as("no place in this sentence").isEmpty();
    assertThat(parser.parse(null)).isEmpty();
    assertThat(parser.parse("  ")).isEmpty();
  }

  @Test
  void passesDescribeThemselvesAndCountWhatTheyDecide() {
    PlaceResolver resolver = new PlaceResolver(TestPlaces.knowledge().gazetteer(), TestPlaces.knowledge().countries(),
        GazetteerOptions.defaults());
    assertThat(resolver.chain()).allSatisfy(p -> assertThat(p.describe()).as(p.name()).isNotBlank());
    GeoNamesParser fresh = TestPlaces.knowledge().parser();
    fresh.parse("Talks were held in Moscow, Russia. Officials in Springfield met others.");
    Map<String, Long> counts = fresh.passCounts();
    assertThat(counts).containsEntry("QualifierPass", 2L).containsEntry("ProminencePass", 1L);
  }

  @Test
  void aModelDesignationAndItsMakerAreNoPlace() {
    for (String text : List.of("Russian forces shot down a Mil-8 helicopter near Sumy.",
        "Russian forces shot down Mil Mi-8 helicopters near Sumy.")) {
      assertThat(parser.parse(text)).as(text).extracting(ResolvedPlace::text).containsExactly("Sumy");
    }
  }

  @Test
  void aVillageDesignatorBetweenAPlaceAndItsRegionKeepsTheRegionAsQualifier() {
    ResolvedPlace unknown = place("Russian forces shelled Zelenyi Hai village, Kiev region.", "Zelenyi Hai");
    assertThat(unknown.geonameId()).as("not in the gazetteer").isNull();
    assertThat(unknown.admin1Code()).as("kept in the region named after it").isEqualTo("UA.13");
    assertThat(place("Russian forces shelled Dmytrivka village, Kiev region.", "Dmytrivka").geonameId())
        .as("the Kyiv-region Dmytrivka, not the larger one near Odesa").isEqualTo(DMYTRIVKA_KYIV);
  }

  @Test
  void aTownJustAcrossTheBoundaryOfTheNamedRegionIsThatTown() {
    ResolvedPlace across = place("Ukrainian forces shelled Vuhlehirsk, Luhansk Oblast.", "Vuhlehirsk");
    assertThat(across.geonameId()).as("the country's only Vuhlehirsk, 70 km from Luhansk").isEqualTo(VUHLEHIRSK);
    assertThat(across.confidence()).as("the text placed it elsewhere").isLessThan(0.7);
    ResolvedPlace far = place("Russian forces shelled Krasnohorivka, Kharkiv Oblast.", "Krasnohorivka");
    assertThat(far.geonameId()).as("the only Krasnohorivka is far from Kharkiv Oblast").isNull();
    assertThat(far.admin1Code()).as("kept at the named region").isEqualTo("UA.07");
  }

  @Test
  void aNameMatchedOnlyAsASpellingVariantDoesNotPullAnotherIntoItsRegion() {
    assertThat(place("Ukrainian forces fired in the direction of Donetsk - Kirovskyi.", "Donetsk").geonameId())
        .as("not the small Donetsk in Rostov Oblast beside a Kirovskiy").isEqualTo(DONETSK);
  }
}
