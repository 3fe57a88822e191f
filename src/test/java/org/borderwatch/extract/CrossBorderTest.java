package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import org.borderwatch.extract.model.Claim.CrossBorderKind;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Cross-border kind and basis of claims (DESIGN.md §7) through the plain extractor with the bundled gazetteer and
 * boundaries: each basis and each kind, and events that are not cross-border however near a border region they are.
 * Sentences are the project's own.
 */
class CrossBorderTest {
  private static final GeoNamesKnowledge GEO = GeoNamesKnowledge.bundled();
  private static final ExtractionRules RULES = ExtractionRules.bundled();
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 20);

  private static List<Claim> claims(GeoKnowledge geo, String text) {
    return new ArticleExtractor(RULES, geo).extract("t", text, PUBLISHED, new RuleSentenceSplitter().split(text))
        .claims();
  }

  /** The claim whose trigger is {@code predicate}. */
  private static Claim claim(GeoKnowledge geo, String text, String predicate) {
    List<Claim> all = claims(geo, text);
    return all.stream().filter(c -> c.predicate().equalsIgnoreCase(predicate)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim '" + predicate + "' in " + all));
  }

  private static Claim claim(String text, String predicate) {
    return claim(GEO, text, predicate);
  }

  private static void assertCrossing(Claim c, CrossBorderKind kind, CrossBorderBasis basis) {
    assertThat(c.crossBorderKind()).as("kind of %s", c).isEqualTo(kind);
    assertThat(c.crossBorderBasis()).as("basis of %s", c.evidence()).isEqualTo(basis);
  }

  @Test
  void forcesSaidToHaveCrossedMakeAStatedIncursionFarFromTheBorder() {
    // Lgov lies about 70 km inside Russia: only the words say the fighters came across
    Claim c = claim("Ukrainian troops crossed into the Kursk region and attacked Russian positions near Lgov on Monday.",
        "attacked");
    assertCrossing(c, CrossBorderKind.INCURSION, CrossBorderBasis.STATED);
  }

  @Test
  void shellingSaidToComeFromAcrossTheBorderIsStatedFire() {
    // Sumy is 27 km from the border, beyond the fire distance
    Claim c = claim("Russian forces shelled Sumy from across the border overnight, the regional administration said.",
        "shelled");
    assertCrossing(c, CrossBorderKind.CROSS_BORDER_FIRE, CrossBorderBasis.STATED);
  }

  @Test
  void missilesFiredFromANamedThirdStateAreFireByOrigin() {
    Claim c = claim("Russian forces fired missiles at Dnipro from Belarus early on Sunday, Ukraine's air force said.",
        "fired");
    assertThat(c.originCountry()).isEqualTo("BY");
    assertCrossing(c, CrossBorderKind.CROSS_BORDER_FIRE, CrossBorderBasis.ORIGIN);
  }

  @Test
  void dronesFromANamedStateAreAirDroneByOrigin() {
    Claim c = claim("Russian drones struck Zaporizhzhia from Belarusian territory overnight, officials said.",
        "struck");
    assertCrossing(c, CrossBorderKind.AIR_DRONE, CrossBorderBasis.ORIGIN);
  }

  @Test
  void aDroneComingDownInAThirdStateIsAirDroneByAirspace() {
    Claim c = claim("Russian drones struck a field near Sulina overnight after they violated the country's airspace.",
        "struck");
    assertThat(c.place().countryCode()).as("%s", c).isEqualTo("RO");
    assertCrossing(c, CrossBorderKind.AIR_DRONE, CrossBorderBasis.AIRSPACE);
  }

  @Test
  void aDroneBroughtDownOverTheBorderAreaIsAirDroneByAirspace() {
    Claim c = claim("Ukrainian forces shelled Shebekino on Monday. Local air defence shot down a drone over Belgorod, "
        + "the governor said.", "shot down");
    assertCrossing(c, CrossBorderKind.AIR_DRONE, CrossBorderBasis.AIRSPACE);
  }

  @Test
  void groundFightingNextToTheBorderIsAnIncursionByDistance() {
    Claim c = claim("Russian troops attacked Ukrainian positions near Vovchansk on Friday, the general staff said.",
        "attacked");
    assertCrossing(c, CrossBorderKind.INCURSION, CrossBorderBasis.DISTANCE);
  }

  @Test
  void shellingWithinArtilleryRangeOfTheBorderIsInferredFireWithLowerConfidence() {
    String text = "Russian artillery shelled Bilopillia on Tuesday, the regional administration said.";
    Claim near = claim(text, "shelled");
    assertCrossing(near, CrossBorderKind.CROSS_BORDER_FIRE, CrossBorderBasis.DISTANCE);
    Claim stated = claim(text.replace("shelled Bilopillia", "shelled Bilopillia from across the border"), "shelled");
    assertThat(near.confidence()).as("inferred fire is less sure than stated fire").isLessThan(stated.confidence());
  }

  @Test
  void aDroneStrikeNextToTheBorderIsAirDroneByDistance() {
    Claim c = claim("A Russian drone dropped explosives on Velyka Pysarivka on Tuesday, officials said.", "dropped explosives");
    assertCrossing(c, CrossBorderKind.AIR_DRONE, CrossBorderBasis.DISTANCE);
  }

  @Test
  void theDefendersFightingNextToTheBorderIsABorderAreaIncident() {
    Claim c = claim("Russian border guards repelled Ukrainian saboteurs near Tyotkino on Sunday, the FSB said.",
        "repelled");
    assertThat(c.resolvedActor().side()).isEqualTo("RU");
    assertCrossing(c, CrossBorderKind.BORDER_AREA, CrossBorderBasis.DISTANCE);
  }

  @Test
  void shellingDeepInsideTheCountryIsNoCrossBorderFire() {
    // Dnipro is far more than 100 km from Russia; the old rule flagged every airborne attack by a foreign side
    Claim shelling = claim("Russian forces shelled Dnipro overnight, the regional governor said.", "shelled");
    Claim missiles = claim("Russian missiles struck Dnipro overnight, the regional governor said.", "struck");
    assertThat(shelling.crossBorderKind()).as("shelling 100 km inside").isNull();
    assertThat(missiles.crossBorderKind()).as("missiles 100 km inside, no origin named").isNull();
    assertThat(missiles.crossBorderBasis()).isNull();
  }

  @Test
  void occupationZoneClashFarFromTheBorderIsNoIncursion() {
    Claim c = claim("Russian troops attacked Ukrainian positions near Kherson on Friday, the general staff said.",
        "attacked");
    assertThat(c.crossBorderKind()).as("a front line inside the country is no border").isNull();
  }

  @Test
  void civiliansActingInTheirOwnBorderTownAreNoCrossBorderIncident() {
    // protests, rallies and evacuations a few km from Russia, in articles that name the Russian forces nearby
    for (String text : List.of(
        "Residents protested in Vovchansk against the Russian occupation of the town on Sunday.",
        "Hundreds of people rallied in Bilopillia against Russian troops on Sunday, local media reported.",
        "Russian troops entered the district last week. On Sunday villagers protested in Velyka Pysarivka.")) {
      List<Claim> all = claims(GEO, text);
      assertThat(all).as("claims of %s", text).isNotEmpty();
      assertThat(all).as("civilians are no party acting across a border: %s", text)
          .allSatisfy(c -> assertThat(c.crossBorderKind()).as("%s", c).isNull());
    }
  }

  @Test
  void theArmedPartiesAroundCiviliansInABorderTownStayCrossBorder() {
    assertThat(claim("Russian troops fired on protesters in Vovchansk on Sunday, officials said.", "fired on")
        .crossBorderKind()).as("foreign forces acting 5 km inside").isNotNull();
    assertCrossing(claim("Ukrainian border guards detained Russian saboteurs near Vovchansk on Sunday.", "detained"),
        CrossBorderKind.BORDER_AREA, CrossBorderBasis.DISTANCE);
  }

  @Test
  void anInterceptionOverGroundHeldByTheOtherSidesLocalForcesIsNoAirspaceCrossing() {
    // Luhansk lies near the Russian border, but the Luhansk militia fighting for Russia's side there came across no
    // border, and neither need what it launched
    for (String text : List.of(
        "Ukrainian air defence shot down a rocket over the trenches of the Luhansk militia outside Luhansk.",
        "Near Luhansk, Ukrainian forces shot down a drone of the LPR militia on Saturday, the general staff said.")) {
      assertThat(claim(text, "shot down").crossBorderKind()).as("%s", text).isNull();
    }
  }

  @Test
  void anInterceptionOfForeignForcesOverTheBorderAreaStaysAirDrone() {
    assertCrossing(claim("Ukrainian air defence shot down a Russian drone over Kharkiv on Wednesday.", "shot down"),
        CrossBorderKind.AIR_DRONE, CrossBorderBasis.AIRSPACE);
    Claim fromRussia = claim("Luhansk People's Militia fighters held the town. Ukrainian air defence shot down a "
        + "missile fired from Russian territory near Luhansk.", "shot down");
    assertCrossing(fromRussia, CrossBorderKind.AIR_DRONE, CrossBorderBasis.ORIGIN);
  }

  @Test
  void theDefendersFightingAgainstAForceSaidToHaveCrossedIsABorderAreaIncident() {
    // the defenders are on their own soil: the incursion is the crossing side's claim
    for (String text : List.of(
        "Russian border guards repelled Ukrainian saboteurs who crossed the border near Tyotkino, the FSB said.",
        "Russian troops repelled a Ukrainian attempt to cross the border near Kozinka on Sunday, the ministry said.")) {
      assertCrossing(claim(text, "repelled"), CrossBorderKind.BORDER_AREA, CrossBorderBasis.STATED);
    }
    assertCrossing(claim("Ukrainian saboteurs crossed the border and attacked Russian positions near Tyotkino.",
        "crossed the border"), CrossBorderKind.INCURSION, CrossBorderBasis.STATED);
  }

  @Test
  void aClashToldAsFiringNearTheBorderIsCrossBorderFire() {
    for (String text : List.of(
        "Azerbaijani troops opened fire on Armenian positions near Sotk on Friday, Armenia's defence ministry said.",
        "Armenia said Azerbaijani soldiers opened fire at Armenian servicemen doing engineering work near Tegh.")) {
      assertCrossing(claim(text, "opened fire"), CrossBorderKind.CROSS_BORDER_FIRE, CrossBorderBasis.DISTANCE);
    }
    assertCrossing(claim("Azerbaijani troops opened fire on Armenian positions near Sotk from across the border.",
        "opened fire"), CrossBorderKind.CROSS_BORDER_FIRE, CrossBorderBasis.STATED);
    assertCrossing(claim("Azerbaijani troops attacked Armenian positions near Sotk on Friday, Armenia said.",
        "attacked"), CrossBorderKind.INCURSION, CrossBorderBasis.DISTANCE);
    // firing at civilians is done on the spot: the crossing the sentence states is an incursion
    Claim onTheSpot = claim("Saboteurs crossed into Russia's Bryansk region and opened fire on a car in Lyubechane, "
        + "killing two civilians, the governor said.", "opened fire");
    assertCrossing(onTheSpot, CrossBorderKind.INCURSION, CrossBorderBasis.STATED);
  }

  @Test
  void anInterceptionWithNoNamedInterceptorIsTheDefendersOverItsBorderArea() {
    assertCrossing(claim("Ukrainian forces fired rockets at Belgorod on Saturday. Most of the rockets were "
        + "intercepted, the ministry said.", "intercepted"), CrossBorderKind.AIR_DRONE, CrossBorderBasis.AIRSPACE);
    // Kursk lies about 90 km from Ukraine
    assertThat(claim("Ukrainian forces fired rockets at Kursk on Saturday. Most of the rockets were intercepted, "
        + "the ministry said.", "intercepted").crossBorderKind()).as("far from the border").isNull();
  }

  @Test
  void withoutBoundariesTheBorderRegionListDecidesAndTheManifestSaysSo() {
    GeoKnowledge regions = GEO.withoutBoundaries();
    Claim c = claim(regions, "Russian forces shelled Sumy overnight, the regional administration said.", "shelled");
    assertCrossing(c, CrossBorderKind.CROSS_BORDER_FIRE, CrossBorderBasis.DISTANCE);
    assertThat(claim("Russian forces shelled Sumy overnight, the regional administration said.", "shelled")
        .crossBorderKind()).as("with boundaries: 27 km is beyond the fire distance").isNull();
    assertThat(regions.borderAreaBasis()).contains("admin1 border regions").contains("no boundaries");
    assertThat(GEO.borderAreaBasis()).contains("distance to the border");
  }
  @Test
  void anOriginToldForAStrikeAFewSentencesOnIsTheStrikes() {
    String origin = " \"They were S-300 missiles fired from the territory of the Belgorod region,\" the governor said.";
    String near = "Several missiles struck Kharkiv overnight, the mayor said. Rescue workers searched the rubble." + origin;
    Claim strike = claims(GEO, near).get(0);
    assertThat(strike.predicate()).isEqualTo("struck");
    assertThat(strike.crossBorderBasis()).isEqualTo(CrossBorderBasis.ORIGIN);
    assertThat(strike.crossBorderKind()).isEqualTo(CrossBorderKind.CROSS_BORDER_FIRE);
    assertThat(strike.originCountry()).isEqualTo("RU");
    String far = "Several missiles struck Kharkiv overnight, the mayor said. Rescue workers searched the rubble on Monday."
        + " Schools stayed shut. Power was cut in two districts. The city council met in the afternoon." + origin;
    assertThat(claims(GEO, far).get(0).crossBorderBasis()).as("five sentences on, it may be another strike").isNull();
  }
}
