package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The actor of an attack is who made it: not the city it hit, not the official who speaks about it, not a group
 * named in another clause. Sentences are the project's own.
 */
class WhoStruckIsNotWhoWasStruckTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Kyiv hit by Russian drone attack on Monday, officials say.",
      "Odesa struck by a Russian missile on Monday, the governor said.",
      "The mayor of Odesa told residents to use the shelters after debris of a Russian missile attack hurt three"
          + " people on Monday.",
      "Oleh Syniehubov, the governor, said a Russian missile strike hit Kharkiv on Monday."})
  void theStateBehindTheMeansIsTheActor(String sentence) {
    List<Claim> c = claims(sentence);
    assertThat(c).as(sentence).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor()).as(sentence).isNotNull())
        .allSatisfy(x -> assertThat(x.resolvedActor().side()).as(sentence).isEqualTo("RU"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A Russian guided missile struck Odesa on Monday.",
      "Russian Kh-101 long-range cruise missiles struck a school in Odesa on Monday.",
      "Russia targets Odesa with drones and missiles in a massive air attack.",
      "Russia steps up drone attacks on Odesa while Ukraine waits for tanks.",
      "Moscow ups airstrikes on Kharkiv as talks stall."})
  void theStateBeforeTheWeaponsModifiersOrAsTheSubjectLaunchedIt(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(c -> assertThat(c.resolvedActor().side()).isEqualTo("RU"));
  }

  @Test
  void theDemonymOfWhoSufferedAPassiveIsNotTheActor() {
    assertThat(claims("A prominent Russian military blogger is killed by a parcel bomb in Belgorod."))
        .isNotEmpty().allSatisfy(c -> assertThat(c.resolvedActor()).isNull());
  }

  @Test
  void soldiersWhoMayHaveBeenKilledInAStrikeDidNotMakeIt() {
    assertThat(claims("Dozens of Russian soldiers (seen in a video) may have been killed in a strike on Kherson."))
        .isNotEmpty().allSatisfy(c -> assertThat(c.resolvedActor()).isNull());
  }

  @Test
  void anOfficialWhoJudgesAStrikeDidNotMakeIt() {
    assertThat(claims("Volodymyr Zelensky calls missile strike on Odesa a war crime")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.resolvedActor()).isNull());
  }

  @Test
  void aDemonymBeforeSpeakersIsNotTheWeaponsState() {
    assertThat(claims("Russian war bloggers claim drones hit Belgorod on Monday.")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.resolvedActor()).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Putin's forces captured Bakhmut on Monday, Russia said.",
      "Ukraine denied that Putin's troops had shelled Kharkiv on Monday."})
  void aLeadersForcesAreHisStatesForces(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty().allSatisfy(c -> {
      assertThat(c.resolvedActor().side()).isEqualTo("RU");
      assertThat(c.resolvedActor().type()).isEqualTo(ActorType.STATE_FORCE);
    });
  }

  @Test
  void whoLaunchedIsNotWhoShotItDown() {
    assertThat(claims("Russia sent drones at Kyiv in the night and nine of them were shot down, the mayor said."))
        .filteredOn(x -> x.predicate().equals("shot down")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor()).as("the launcher did not shoot them down").isNull());
    assertThat(claims("Ukraine says it shot down twenty drones fired at Kyiv in the night."))
        .filteredOn(x -> x.predicate().equals("fired at")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor()).as("the interceptor did not fire them").isNull());
    assertThat(claims("Ukraine says it shot down twenty Russian drones fired at Kyiv in the night."))
        .filteredOn(x -> x.predicate().equals("fired at")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor().side()).as("the drones' owner fired them").isEqualTo("RU"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "After a Russian strike on Dnipro, an adviser said Ukraine's air defence had hit the missile before it fell on "
          + "a house.",
      "Russia hit Kyiv before dawn as air defences worked to stop the bombardment.",
      "The rocket detonated over Dnipro after it was downed by Ukrainian air defence forces, the adviser said."})
  void airDefenceMakesNoStrike(String sentence) {
    assertThat(claims(sentence)).as(sentence).filteredOn(c -> !c.subEventType().equals("Disrupted weapons use"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.actor() == null ? "" : c.actor().text()).as(sentence)
            .doesNotContainIgnoringCase("defence").doesNotContainIgnoringCase("defences"));
  }

  @Test
  void airDefenceStillIntercepts() {
    assertThat(claims("Ukrainian air defence shot down twenty drones over Kyiv on Monday.")).singleElement()
        .satisfies(c -> assertThat(c.resolvedActor().side()).isEqualTo("UA"));
  }

  @Test
  void anOfficialRightBeforeTheEventIsItsSubject() {
    assertThat(claims("Vladimir Putin launched a missile attack on Kyiv on Monday."))
        .extracting(x -> x.resolvedActor() == null ? null : x.resolvedActor().side()).containsOnly("RU");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russian rebels behind the Belgorod raid say they will return; Kyiv repels drone strikes",
      "Ukrainian troops hold their positions near Bakhmut; drone strikes hit Kharkiv on Monday"})
  void anActorBeforeASemicolonDoesNotActAfterIt(String sentence) {
    assertThat(claims(sentence)).as(sentence).filteredOn(x -> x.predicate().startsWith("drone"))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor()).as(sentence).isNull());
  }

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(strings = {
      "Wagner head claims 20,000 fighters killed in Bakhmut",
      "Western officials estimate that some 180,000 Russian troops were wounded or killed in the war.",
      "Three soldiers killed in Bakhmut on Monday, officials say.",
      "'Every day we are getting killed here,' a Ukrainian soldier near Bakhmut says"})
  void aTollIsNoEvent(String sentence) {
    assertThat(claims(sentence)).as(sentence).isEmpty();
  }

  @ParameterizedTest(name = "event: {0}")
  @ValueSource(strings = {
      "Russian forces killed three civilians in Kherson on Monday.",
      "Russian shelling killed 12 people in Kherson on Monday.",
      "Three soldiers killed in Russian shelling of Kherson on Monday, officials say."})
  void aKillingOrTheAttackBehindATollStays(String sentence) {
    assertThat(claims(sentence)).as(sentence).singleElement()
        .satisfies(x -> assertThat(x.resolvedActor().side()).isEqualTo("RU"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Dozens of Russian soldiers died in a Ukrainian attack on Belgorod on Monday.",
      "Rescuers search the rubble after a deadly Ukrainian strike on Belgorod on Monday."})
  void aStateNamingTheAttackIsEvidenceAndItsActor(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor().side()).as(sentence).isEqualTo("UA"));
  }

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(strings = {
      "More than 30 Russian mothers arrived in Buenos Aires on Thursday.",
      "Over 2,000 Russians Killed in Three Days of Fighting, Says Kyiv"})
  void aNationalityBeforeAVerbIsNoEvidence(String sentence) {
    assertThat(claims(sentence)).as(sentence).isEmpty();
  }

  @Test
  void whatWasShotDownIsNotWhoShotItDown() {
    assertThat(claims("Ukraine says Russian drones shot down over Kyiv on Monday."))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor() == null ? null : x.resolvedActor().side())
            .isNotEqualTo("RU"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russia says 63 of its soldiers died in a HIMARS attack on Belgorod on Monday.",
      "Drones hit Moscow on Monday in what officials called the Kremlin drone attack."})
  void aStateSufferingTheAttackIsNotItsActor(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(x -> assertThat(x.resolvedActor() == null ? null : x.resolvedActor().side()).as(sentence)
            .isNotEqualTo("RU"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ukrainian troops held Vovchansk on Monday under constant attack from Russian forces.",
      "Ukrainian soldiers kept repelling heavy Russian attacks on Vovchansk on Monday."})
  void whoHoldsOutUnderAnAttackIsNotItsActor(String sentence) {
    assertThat(claims(sentence)).as(sentence).filteredOn(x -> x.predicate().startsWith("attack"))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor().side()).as(sentence).isEqualTo("RU"));
  }

  @Test
  void anAttackerInAnotherClauseStaysTheActor() {
    String sentence = "The governor said Russian forces had closed in on Kharkiv, as the city came under heavy"
        + " bombardment on Monday.";
    assertThat(claims(sentence)).filteredOn(x -> x.predicate().equals("bombardment")).singleElement()
        .satisfies(x -> assertThat(x.resolvedActor().side()).isEqualTo("RU"));
  }

  @Test
  void whoseManWasKilledIsNotTheActor() {
    assertThat(claims("A Russian military commentator was killed in an explosion in a Donetsk cafe on Sunday."))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor()).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russia says five drones were shot down over the Belgorod region on Monday.",
      "Five drones were shot down over Belgorod overnight, Russia's defence ministry said."})
  void aStateReportingAnInterceptionOverItsLandMadeIt(String sentence) {
    assertThat(claims(sentence)).as(sentence).singleElement().satisfies(x -> {
      assertThat(x.resolvedActor().side()).isEqualTo("RU");
      assertThat(x.attribution()).isEqualTo(Claim.Attribution.SELF_CLAIM);
    });
  }

  @Test
  void aStateReportingAnInterceptionElsewhereDidNotMakeIt() {
    assertThat(claims("Britain's defence ministry said five drones were shot down over Kyiv on Monday."))
        .isNotEmpty().allSatisfy(x -> assertThat(x.resolvedActor()).isNull());
  }

  @Test
  void theObjectOfOneAttackDoesNotMakeTheNext() {
    assertThat(claims("Ukrainian soldiers engaged Russian troops near Kupiansk and captured the village on Monday."))
        .filteredOn(x -> x.predicate().equals("captured")).singleElement()
        .satisfies(x -> assertThat(x.resolvedActor().side()).isEqualTo("UA"));
  }
}
