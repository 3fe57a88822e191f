package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Extraction;
import org.borderwatch.extract.model.Mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.model.Claim.Attribution;
import org.borderwatch.extract.model.Claim.CrossBorderKind;
import org.borderwatch.extract.model.Claim.Modality;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The extractor over the bundled gazetteer: places resolve, or fail to, as they would in a run. */
class ArticleExtractorTest {
  private static final GeoKnowledge GEO = GeoNamesKnowledge.bundled();
  private static final ExtractionRules RULES = ExtractionRules.bundled();
  private static final LocalDate TUESDAY = LocalDate.of(2023, 5, 23);

  static Extraction extract(String text) {
    return new ArticleExtractor(RULES, GEO).extract("a1", text, TUESDAY, new RuleSentenceSplitter().split(text));
  }

  private static List<Claim> at(Extraction e, String location) {
    return e.claims().stream().filter(c -> c.place() != null && c.place().text().equals(location)).toList();
  }

  private static Claim only(Extraction e, String location) {
    List<Claim> claims = at(e, location);
    assertThat(claims).as("claims at " + location).hasSize(1);
    return claims.get(0);
  }

  /** The one claim whose place resolved to {@code geonameId}; for a name that also names its region or district. */
  private static Claim only(Extraction e, long geonameId) {
    List<Claim> claims = e.claims().stream()
        .filter(c -> c.place() != null && Long.valueOf(geonameId).equals(c.place().geonameId())).toList();
    assertThat(claims).as("claims at geonameid " + geonameId).hasSize(1);
    return claims.get(0);
  }

  @Test
  void aSpeakerThatNamesItselfBesideTheActorClaimsForItself() {
    String beside = "\u201cThe Brigade and the RVC liberated Kozinka in the Belgorod region this morning. Onwards!\u201d "
        + "Brigade wrote.";
    Claim own = extract(beside).claims().get(0);
    assertThat(own.claimant().text()).isEqualTo("Brigade");
    assertThat(own.attribution()).isEqualTo(Attribution.SELF_CLAIM);
    String apart = "\u201cThe RVC liberated Kozinka in the Belgorod region this morning. Onwards!\u201d Brigade wrote.";
    assertThat(extract(apart).claims().get(0).attribution()).as("a speaker not named in the deed")
        .isEqualTo(Attribution.THIRD_PARTY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "### Russian shelling of Kharkiv and the assault on Vovchansk in May 2023",
      "| 20 May | Russian troops shelled Vovchansk overnight |",
      "Russian shelling of Sumy"})
  void aHeadingOrATableRowInsideAnArticleMakesNoClaim(String label) {
    String text = "Russian forces shelled Kharkiv on Monday, the governor said.\n\n" + label + "\n\nOfficials counted the damage.";
    assertThat(extract(text).claims()).as(label).isNotEmpty().allSatisfy(c -> assertThat(c.sentenceIndex()).isZero());
  }

  @Test
  void borderRaidSelfClaimOfLiberationIsTwoClaimsAcrossTheBorder() {
    Extraction e = extract(Articles.BORDER_RAID);
    for (String village : List.of("Kozinka", "Gora-Podol")) {
      Claim c = only(e, village);
      assertThat(c.resolvedActor().id()).as("actor at " + village).isEqualTo("rvc");
      assertThat(c.resolvedActor().side()).as("side").isEqualTo("UA");
      assertThat(c.resolvedActor().nationality()).as("nationality").isEqualTo("RU");
      assertThat(c.subEventType()).as("sub-event").isEqualTo("Non-state actor overtakes territory");
      assertThat(c.attribution()).as("attribution").isEqualTo(Attribution.SELF_CLAIM);
      assertThat(c.crossBorderKind()).as("kind").isEqualTo(CrossBorderKind.INCURSION);
      assertThat(c.eventDate()).as("Monday before a Tuesday publication").isEqualTo(LocalDate.of(2023, 5, 22));
      assertThat(c.place().geonameId()).as("resolved")
          .isEqualTo(village.equals("Kozinka") ? BundledPlaces.KOZINKA : BundledPlaces.GORA_PODOL);
    }
  }

  @Test
  void governorsAccountIsAnAdversaryClaimAboutAUkrainianSabotageGroup() {
    Claim c = only(extract(Articles.BORDER_RAID), "Graivoron");
    assertThat(c.place().geonameId()).as("the district, not the town").isEqualTo(BundledPlaces.GRAIVORON_DISTRICT);
    assertThat(c.actor().text()).as("actor as written").isEqualTo("sabotage group of the Ukrainian Armed Forces");
    assertThat(c.resolvedActor().side()).as("side").isEqualTo("UA");
    assertThat(c.claimant().actor().id()).as("claimant").isEqualTo("ru-belgorod-governor");
    assertThat(c.attribution()).as("attribution").isEqualTo(Attribution.ADVERSARY_CLAIM);
    assertThat(c.modality()).as("modality").isEqualTo(Modality.ASSERTED);
    assertThat(c.eventType()).as("event type").isEqualTo("Battles");
  }

  @Test
  void passiveAgentIsTheActorAndLocalAirDefenceTakesThePlacesSide() {
    // "Belgorod region" earlier in the article names the oblast; "over Belgorod" is the city
    Claim c = only(extract(Articles.BORDER_RAID), BundledPlaces.BELGOROD);
    assertThat(c.actor().text()).as("agent of the passive").isEqualTo("local air defence");
    assertThat(c.resolvedActor().side()).as("side of the place").isEqualTo("RU");
    assertThat(c.subEventType()).as("sub-event").isEqualTo("Disrupted weapons use");
    assertThat(c.attribution()).as("official of the acting side").isEqualTo(Attribution.SELF_CLAIM);
    assertThat(c.crossBorderKind()).as("downed in a border region").isEqualTo(CrossBorderKind.AIR_DRONE);
    assertThat(c.eventDate()).as("on Tuesday").isEqualTo(TUESDAY);
  }

  @Test
  void heLaterAddedPointsBackToTheLastNamedSpeakerAndFireFromARegionGivesItsCountry() {
    Claim c = only(extract(Articles.BORDER_RAID), BundledPlaces.SHEBEKINO);
    assertThat(c.claimant().actor().id()).as("he = Gladkov").isEqualTo("ru-belgorod-governor");
    assertThat(c.originCountry()).as("from the Kharkiv region").isEqualTo("UA");
    assertThat(c.crossBorderKind()).as("kind").isEqualTo(CrossBorderKind.CROSS_BORDER_FIRE);
  }

  @Test
  void unconfirmedInTheNextSentenceAndScareQuotesMarkModality() {
    Extraction e = extract("""
        Hezbollah said its fighters attacked Kiryat Shmona on Sunday night. The claim could not be independently verified.
        Israeli troops 'liberated' Kharkiv, Russian bloggers wrote.
        """);
    Claim attack = only(e, "Kiryat Shmona");
    assertThat(attack.modality()).as("unconfirmed").isEqualTo(Modality.UNCONFIRMED);
    assertThat(attack.eventDate()).as("Sunday night").isEqualTo(LocalDate.of(2023, 5, 21));
    assertThat(attack.resolvedActor().id()).as("its fighters = the speaker").isEqualTo("hezbollah");
    assertThat(only(e, "Kharkiv").modality()).as("scare quotes").isEqualTo(Modality.CLAIMED);
  }

  @Test
  void denialThreatAndAccordingTo() {
    Extraction e = extract("""
        The Russian Defence Ministry denied that Russian forces shelled Bakhmut.
        Hezbollah threatened to strike Nahariya.
        According to the OSCE, Ukrainian forces shelled Donetsk yesterday.
        """);
    assertThat(only(e, "Nahariya").modality()).as("threatened").isEqualTo(Modality.THREATENED);
    assertThat(only(e, "Bakhmut").modality()).as("denied").isEqualTo(Modality.DENIED);
    assertThat(only(e, "Bakhmut").attribution()).as("own ministry").isEqualTo(Attribution.SELF_CLAIM);
    Claim donetsk = only(e, "Donetsk");
    assertThat(donetsk.claimant().actor().id()).as("according to").isEqualTo("osce");
    assertThat(donetsk.attribution()).as("monitor").isEqualTo(Attribution.THIRD_PARTY);
    assertThat(donetsk.eventDate()).as("yesterday").isEqualTo(TUESDAY.minusDays(1));
  }

  @Test
  void fireFromBelarusIsCrossBorderFireWithOrigin() {
    Claim c = only(extract("Russian forces fired missiles from Belarus at Kharkiv on 22 May."), "Kharkiv");
    assertThat(c.originCountry()).as("origin").isEqualTo("BY");
    // missiles fired across a border are fire from one state's territory into another's, as the sample gold codes them
    assertThat(c.crossBorderKind()).as("kind").isEqualTo(CrossBorderKind.CROSS_BORDER_FIRE);
    assertThat(c.crossBorderBasis()).as("basis").isEqualTo(Claim.CrossBorderBasis.ORIGIN);
    assertThat(c.subEventType()).as("sub-event").isEqualTo("Shelling/artillery/missile attack");
  }

  @Test
  void publicationVoiceIsAMediaReportAndSidesFollowProAndBacked() {
    Extraction e = extract("""
        Pro-Ukraine Russian troops entered Kozinka. Russian-backed separatists shelled Bakhmut.
        """);
    Claim kozinka = only(e, "Kozinka");
    assertThat(kozinka.attribution()).as("no named source").isEqualTo(Attribution.MEDIA_REPORT);
    assertThat(kozinka.resolvedActor().side()).as("pro-Ukraine").isEqualTo("UA");
    assertThat(kozinka.resolvedActor().nationality()).as("Russian").isEqualTo("RU");
    assertThat(only(e, "Bakhmut").resolvedActor().side()).as("Russian-backed").isEqualTo("RU");
  }

  @Test
  void severalEventsInOneSentenceEachTakeTheirOwnPlace() {
    // "the village of": Kozinka's thousand people are too few for the bare name to count as a place
    Extraction e = extract("Russian forces shelled Bakhmut and Ukrainian troops recaptured the village of Kozinka.");
    assertThat(only(e, "Bakhmut").subEventType()).as("shelling").isEqualTo("Shelling/artillery/missile attack");
    assertThat(only(e, "Kozinka").resolvedActor().side()).as("second actor").isEqualTo("UA");
    assertThat(only(e, "Kozinka").subEventType()).as("foreign territory").isEqualTo("Non-state actor overtakes territory");
  }

  @Test
  void everyPlaceIsAMentionEvenWithoutAClaim() {
    Extraction e = extract("Residents of Kharkiv and Bakhmut were calm on Monday, the governor said.");
    assertThat(e.claims()).as("no trigger, no claim").isEmpty();
    assertThat(e.mentions().stream().filter(m -> m.kind() == Mention.Kind.LOCATION).map(Mention::text))
        .as("places").containsExactly("Kharkiv", "Bakhmut");
    assertThat(e.mentions().stream().filter(m -> m.kind() == Mention.Kind.DATE).map(Mention::resolvedId))
        .as("dates").containsExactly("2023-05-22");
  }

  @Test
  void confidenceRisesWithExplicitActorPlaceAndClaimant() {
    Extraction e = extract("""
        Gladkov said Ukrainian Armed Forces shelled Shebekino on Monday.
        Somebody shelled somewhere.
        """);
    double explicit = e.claims().stream().filter(c -> c.sentenceIndex() == 0).findFirst().orElseThrow().confidence();
    double vague = e.claims().stream().filter(c -> c.sentenceIndex() == 1).findFirst().orElseThrow().confidence();
    assertThat(explicit).as("explicit").isGreaterThan(0.8);
    assertThat(vague).as("vague, place carried over").isLessThan(explicit - 0.3);
  }

  @Test
  void clashBetweenTwoDemonymsSharingOneNounIsActedByBoth() {
    List<Claim> claims = at(extract("There was fighting between Russian and Ukrainian troops near Bakhmut on Sunday."),
        "Bakhmut");
    assertThat(claims).extracting(c -> c.actor().text()).as("the elided 'Russian [troops]' and the other side")
        .containsExactlyInAnyOrder("Russian", "Ukrainian troops");
    assertThat(claims).extracting(c -> c.resolvedActor().side()).as("both sides fought")
        .containsExactlyInAnyOrder("RU", "UA");
    assertThat(claims).extracting(Claim::eventType).as("event type").containsOnly("Battles");
  }

  @Test
  void protestWithoutAKnownActorIsMadeByProtestersOfThePlacesCountry() {
    Claim c = only(extract("Members of a small party protested in Kharkiv against fare rises on Sunday."), "Kharkiv");
    assertThat(c.eventType()).as("event type").isEqualTo("Protests");
    assertThat(c.resolvedActor().type()).as("a crowd").isEqualTo(ActorType.CIVILIANS);
    assertThat(c.resolvedActor().side()).as("country of the place").isEqualTo("UA");
  }

  @Test
  void monitorsCountedFireAndDroppedOrdnanceAreEvents() {
    Claim bursts = only(extract("Monitors counted 12 bursts of fire from small arms near Bakhmut on Sunday."),
        "Bakhmut");
    assertThat(bursts.subEventType()).as("small arms make counted fire a clash").isEqualTo("Armed clash");
    Claim bombs = only(extract("Russian aviation dropped air bombs on Kharkiv on Sunday."), "Kharkiv");
    assertThat(bombs.subEventType()).as("dropped from the air").isEqualTo("Air/drone strike");
    assertThat(bombs.resolvedActor().side()).as("side").isEqualTo("RU");
    assertThat(extract("On 1 March the council met in Kharkiv.").claims()).as("the month is no march").isEmpty();
  }

  @Test
  void clashesThatTookPlaceBetweenTwoSidesAreActedByBoth() {
    List<Claim> claims = at(extract("Heavy clashes took place between Ukrainian and Russian troops in Bakhmut."),
        "Bakhmut");
    assertThat(claims).extracting(c -> c.resolvedActor().side()).as("the sides after 'took place between'")
        .containsExactlyInAnyOrder("UA", "RU");
  }

  @Test
  void speakerClaimingToHaveTakenAPlaceIsItsActor() {
    Claim c = only(extract("The DPR militia claimed to have captured Bakhmut on Sunday."), "Bakhmut");
    assertThat(c.resolvedActor().id()).as("the claimant acted").isEqualTo("dpr-forces");
    assertThat(c.resolvedActor().side()).as("side").isEqualTo("RU");
  }

  @Test
  void fireAimedAtCiviliansOrTheirCarsIsAnAttackOnCivilians() {
    Claim car = only(extract("Russian troops opened fire on a civilian car near Bakhmut on Sunday."), "Bakhmut");
    assertThat(car.eventType()).as("aimed at a car").isEqualTo("Violence against civilians");
    assertThat(car.subEventType()).as("sub-event").isEqualTo("Attack");
    Claim positions = only(extract("Russian troops fired at Ukrainian positions near Bakhmut on Sunday."), "Bakhmut");
    assertThat(positions.eventType()).as("aimed at soldiers").isNotEqualTo("Violence against civilians");
  }

  @Test
  void forceNounFollowedByOfACountryTakesThatSide() {
    Claim c = only(extract("On Sunday the air forces of Russia carried out a missile attack on Kharkiv."), "Kharkiv");
    assertThat(c.actor().text()).as("noun and country").isEqualTo("air forces of Russia");
    assertThat(c.resolvedActor().side()).as("side").isEqualTo("RU");
  }

  @Test
  void theGovernorLaterOnIsTheGovernorNamedEarlier() {
    Extraction e = extract("""
        Kursk governor Roman Starovoit said Ukrainian troops shelled Shebekino on Sunday.
        On Monday the regional governor wrote that local air defence shot down two drones over Belgorod.
        """);
    Claim c = only(e, "Belgorod");
    assertThat(c.claimant().actor()).as("the regional governor = Starovoit").isNotNull();
    assertThat(c.claimant().actor().id()).as("claimant").isEqualTo("ru-kursk-governor");
    assertThat(c.attribution()).as("his own side's air defence").isEqualTo(Attribution.SELF_CLAIM);
  }

  @Test
  void aCountryInTheGenericSpeakerPicksTheEarlierActorOfThatSideAndLaterMentionsTheLastSpeaker() {
    Extraction e = extract("""
        Ukrainian forces shelled Belgorod on Sunday, Peskov said.
        Later the Ukrainian defence ministry said Russian troops shelled Kharkiv.
        The ministry also said Russian troops shelled Bakhmut.
        """);
    Claim kharkiv = only(e, "Kharkiv");
    assertThat(kharkiv.claimant().side()).as("Ukrainian, not the more recent Peskov").isEqualTo("UA");
    assertThat(kharkiv.attribution()).as("about the other side").isEqualTo(Attribution.ADVERSARY_CLAIM);
    assertThat(only(e, "Bakhmut").claimant().side()).as("the last speaker, not the Russian troops")
        .isEqualTo("UA");
  }

  @Test
  void theMilitaryIsTheLatestStateForceNotTheGovernment() {
    Extraction e = extract("""
        Zelensky said Russian troops shelled Kharkiv on Sunday.
        The military said Russian troops shelled Bakhmut.
        """);
    Claim avdiivka = only(e, "Bakhmut");
    assertThat(avdiivka.claimant().text()).as("speaker as written").isEqualTo("The military");
    assertThat(avdiivka.claimant().actor().type()).as("a state force, not Zelensky's government")
        .isEqualTo(ActorType.STATE_FORCE);
    assertThat(extract("The military said Russian troops shelled Bakhmut.").claims().get(0).claimant().actor())
        .as("nothing to tie back to").isNull();
  }

  @Test
  void aPrepositionalObjectBeforeTheVerbIsNotTheSpeaker() {
    Claim c = only(extract(
        "Two armed groups of exiles fighting on Ukraine's side said they entered Kozinka on Monday."),
        "Kozinka");
    assertThat(c.claimant().text()).as("the clause subject, not 'Ukraine's side'").isEqualTo("armed groups");
  }

  @Test
  void accordingToAnUncapitalisedPhraseIsNoSpeakerAndASpeakerNeverEndsInPunctuation() {
    Claim vague = only(extract("Russian troops shelled Kharkiv on Sunday, according to preliminary information."),
        "Kharkiv");
    assertThat(vague.claimant()).as("no speaker").isNull();
    assertThat(vague.attribution()).as("publication voice").isEqualTo(Attribution.MEDIA_REPORT);
    Claim named = only(extract("Russian troops shelled Bakhmut on Sunday, according to Eastern Monitor Group."),
        "Bakhmut");
    assertThat(named.claimant().text()).as("no full stop").isEqualTo("Eastern Monitor Group");
  }

  @Test
  void aGenericSpeakerNamingACountryOrAPlaceWithNoEarlierActorSpeaksForThatCountry() {
    Claim kharkiv = only(extract("Ukraine's defence ministry said Russian troops shelled Kharkiv on Sunday."),
        "Kharkiv");
    assertThat(kharkiv.claimant().side()).as("possessive country").isEqualTo("UA");
    assertThat(kharkiv.attribution()).as("about the other side").isEqualTo(Attribution.ADVERSARY_CLAIM);
    Claim avdiivka = only(
        extract("Russian troops shelled Bakhmut overnight, the Kharkiv regional administration said."), "Bakhmut");
    assertThat(avdiivka.claimant().side()).as("country of the place in the phrase").isEqualTo("UA");
  }

  @Test
  void aSpeakerTiedToACountryThatActsGivesTheActorItsSide() {
    Claim c = only(extract("Ukraine's defence ministry said its troops shelled Belgorod on Sunday."), "Belgorod");
    assertThat(c.resolvedActor().side()).as("the ministry's own forces").isEqualTo("UA");
    assertThat(c.claimant().side()).as("claimant").isEqualTo("UA");
    assertThat(c.attribution()).as("its own deed").isEqualTo(Attribution.SELF_CLAIM);
  }

  @Test
  void aPlaceNamingWhoseForcesTheyAreIsNotWhere() {
    Extraction e = extract("Ukrainian forces fired mortars at Kharkiv rebel positions in Bakhmut on Sunday.");
    assertThat(only(e, "Bakhmut").resolvedActor().side()).isEqualTo("UA");
    assertThat(at(e, "Kharkiv")).as("'Kharkiv rebel positions' says whose positions, not where").isEmpty();
  }

  @Test
  void aFinerPlaceInsideTheFirstOneIsWhere() {
    Extraction e = extract("Residents protested against the war in Ukraine in Kharkiv on Sunday.");
    assertThat(only(e, "Kharkiv").subEventType()).isEqualTo("Peaceful protest");
    assertThat(at(e, "Ukraine")).as("the country holding Kharkiv").isEmpty();
  }

  @Test
  void wherePeopleLeftOrWhereFireWasBoundCountsWhenNothingElseSaysWhere() {
    Claim bus = only(extract("Russian troops opened fire on a minibus evacuating civilians from Bakhmut."), "Bakhmut");
    assertThat(bus.subEventType()).as("fire on a bus of civilians").isEqualTo("Attack");
    Extraction train = extract("Russian forces fired on a train evacuating civilians from Kharkiv near Bakhmut.");
    assertThat(at(train, "Kharkiv")).as("where the train left from, with a place where it was hit").isEmpty();
    assertThat(at(train, "Bakhmut")).hasSize(1);
    Claim missile = only(extract("Local air defence shot down a missile flying towards Kharkiv."), "Kharkiv");
    assertThat(missile.subEventType()).isEqualTo("Disrupted weapons use");
  }

  @Test
  void killingsAreAttacksOnCiviliansOrFightingByWhoWasKilledAndCasualtyCountsAreNoEvent() {
    Claim men = only(extract("Russian forces killed seven men in Bakhmut."), "Bakhmut");
    assertThat(men.eventType()).isEqualTo("Violence against civilians");
    assertThat(men.resolvedActor().side()).isEqualTo("RU");
    Claim soldiers = only(extract("Ukrainian forces killed 11 Russian servicemen near Kharkiv."), "Kharkiv");
    assertThat(soldiers.subEventType()).isEqualTo("Armed clash");
    assertThat(extract("Two Ukrainian soldiers were killed in Bakhmut, officials said.").claims()).isEmpty();
  }

  @Test
  void aVehicleWithADemonymActsAndACivilianCarDoesNot() {
    Claim c = only(extract("A Russian tank fired at a civilian car near Kharkiv on Sunday."), "Kharkiv");
    assertThat(c.actor().text()).isEqualTo("Russian tank");
    assertThat(c.resolvedActor().side()).isEqualTo("RU");
    assertThat(c.subEventType()).as("fire at a civilian car").isEqualTo("Attack");
  }

  @Test
  void overlappingForceNounsMakeOneActor() {
    Extraction e = extract("A Russian navy ship fired two missiles at Kharkiv on Sunday.");
    assertThat(only(e, "Kharkiv").resolvedActor().side()).isEqualTo("RU");
    List<Mention> actors = e.mentions().stream().filter(m -> m.kind() == Mention.Kind.ACTOR).toList();
    assertThat(actors).as("actor mentions %s", actors).hasSize(1);
  }

  @Test
  void anAttackIsRemoteViolenceOrAClashByItsWeapons() {
    Claim rockets = only(extract("Russian forces attacked Kharkiv with rockets on Sunday."), "Kharkiv");
    assertThat(rockets.eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(rockets.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    Claim rifles = only(extract("Russian forces attacked Kharkiv with small arms on Sunday."), "Kharkiv");
    assertThat(rifles.subEventType()).isEqualTo("Armed clash");
  }

  @Test
  void twoTriggersOfOneEventInASentenceAreOneClaim() {
    Claim c = only(extract("Russian forces shelled Kharkiv on Sunday, firing more than 100 times."), "Kharkiv");
    assertThat(c.predicate()).isEqualTo("shelled");
    Extraction twoKinds = extract("Russian forces shelled Kharkiv with artillery and dropped explosives on Kharkiv.");
    assertThat(at(twoKinds, "Kharkiv")).as("shelling and a drone strike are two events")
        .extracting(Claim::subEventType).containsExactlyInAnyOrder("Shelling/artillery/missile attack",
            "Air/drone strike");
    Extraction both = extract("Russian and Ukrainian forces clashed near Kharkiv on Sunday.");
    assertThat(at(both, "Kharkiv")).as("two actors, two claims").extracting(x -> x.resolvedActor().side())
        .containsExactlyInAnyOrder("RU", "UA");
  }

  @Test
  void aLocalOfficialSpeaksForTheCountryOfThePlaceReportedOn() {
    Claim c = only(extract("Russian troops shelled Kharkiv on Monday, the regional governor said."), "Kharkiv");
    assertThat(c.claimant().actor().side()).as("the governor of the region shelled").isEqualTo("UA");
    assertThat(c.attribution()).isEqualTo(Attribution.ADVERSARY_CLAIM);
  }

  @Test
  void aCountryOrCapitalSpeaksForItsGovernmentPastADateAndOnlyReportsABareEventAfterSaid() {
    Claim denied = only(extract("Ukraine on Tuesday denied that Ukrainian forces shelled Belgorod."), "Belgorod");
    assertThat(denied.claimant().text()).as("not the weekday").isEqualTo("Ukraine");
    assertThat(denied.claimant().actor().side()).isEqualTo("UA");
    assertThat(denied.modality()).isEqualTo(Modality.DENIED);
    Claim reported = only(extract("Russia said shelling continued in Kharkiv."), "Kharkiv");
    assertThat(reported.resolvedActor()).as("Russia reports the shelling, it does not shell").isNull();
    assertThat(reported.claimant().actor().side()).isEqualTo("RU");
  }

  @Test
  void aCommaBeforeASpeakerEndsTheClauseBeforeIt() {
    Claim c = only(extract("Russian aircraft bombed Kharkiv on Tuesday, wounding three people, the regional military "
        + "administration said."), "Kharkiv");
    assertThat(c.claimant().text()).isEqualTo("regional military administration");
    assertThat(c.attribution()).isEqualTo(Attribution.ADVERSARY_CLAIM);
  }

  @Test
  void whatKeepsHappeningIsNoEventUnlessDated() {
    assertThat(extract("Its border villages near Kharkiv are shelled almost every day.").claims())
        .as("background").isEmpty();
    assertThat(at(extract("Russian forces shelled Kharkiv on Monday, as they do almost every day."), "Kharkiv"))
        .as("a dated event in the same words").hasSize(1);
  }
}
