package org.borderwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.borderwatch.extract.BundledExtraction.claims;

import java.util.List;
import org.borderwatch.extract.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attack or an assault is remote violence when the sentence says it came by air or by fire, in a weapon's name or
 * in other words; a ground attack stays a clash. Sentences are the project's own.
 */
class TheWeaponDecidesTheTypeTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Officials reported an attack on Kharkiv overnight, hit by heavy shelling.",
      "Air defences shot down most of the drones in the third large assault on Kharkiv this week.",
      "Ukrainian air defences engaged incoming missiles over Kharkiv before dawn.",
      "Russian forces attacked Sumy overnight as massive explosions shook the city, officials said.",
      "Kharkiv came under a massive aerial attack overnight, officials said.",
      "Russia launched a night raid on Kyiv with drones on Monday."})
  void anAttackByAirOrFireIsRemoteViolence(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty().extracting(Claim::eventType)
        .doesNotContain("Battles");
  }

  @Test
  void anAttackThatDamagedABridgeCameFromAfar() {
    assertThat(claims("An attack on Monday damaged a bridge near Kherson that Moscow uses to supply its troops."))
        .extracting(Claim::eventType, c -> c.place().name())
        .containsOnly(tuple("Explosions/Remote violence", "Kherson"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russian troops launched an assault on Vovchansk on Monday.",
      "Ukrainian soldiers engaged Russian infantry near Kupiansk with rifles."})
  void aGroundAttackStaysAClash(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty().extracting(Claim::eventType).contains("Battles");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ukrainian officials report Russian missile attack on Kharkiv",
      "Ukrainian officials confirm Russian missile strike on Kharkiv",
      "Ukrainian officials said a Russian missile attack hit Kharkiv on Monday."})
  void whoReportsAnAttackIsNotWhoMadeIt(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(c -> assertThat(c.resolvedActor() == null ? null : c.resolvedActor().side()).isEqualTo("RU"))
        .allSatisfy(c -> assertThat(c.claimant()).isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ukrainian officials are reporting missile attacks on Kharkiv overnight.",
      "Moscow blamed the attack on Belgorod on Ukrainian saboteurs.",
      "Kyiv is blaming the shelling of Kharkiv on Russian artillery crews."})
  void whoReportsOrBlamesAnAttackDidNotMakeIt(String sentence) {
    String speaker = sentence.startsWith("Moscow") ? "RU" : "UA";
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(c -> assertThat(c.resolvedActor() == null ? null : c.resolvedActor().side()).isNotEqualTo(speaker));
  }

  @Test
  void aSpeakerWhoSaysItActedStillActs() {
    String sentence = "Russia's defence ministry said its forces shelled Kharkiv overnight.";
    assertThat(claims(sentence)).as(sentence).isNotEmpty()
        .allSatisfy(c -> assertThat(c.resolvedActor().side()).isEqualTo("RU"));
  }

  @Test
  void theAttackAnArticleReportedAsAStrikeStaysAStrike() {
    List<Claim> c = claims("Russian missiles struck Sumy overnight, officials said. The attack on Sumy by Russian"
        + " forces damaged a school.");
    assertThat(c).extracting(Claim::sentenceIndex).as("a claim in each sentence").contains(0, 1);
    assertThat(c).extracting(Claim::eventType).containsOnly("Explosions/Remote violence");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russian artillery shelled Vovchansk on Monday. Russian troops launched an assault on Vovchansk on Tuesday.",
      "Russian troops pushed towards Vovchansk on Monday. The attack on Vovchansk by Russian troops was repelled."})
  void anAttackNotReferringBackToAStrikeStaysAClash(String text) {
    assertThat(claims(text)).as(text).filteredOn(x -> x.sentenceIndex() == 1).isNotEmpty()
        .extracting(Claim::eventType).containsOnly("Battles");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Firefighters worked through the night after a Russian attack on a power station near Kharkiv.",
      "Four people were killed in a Russian attack on Kherson on Monday, officials said.",
      "Russian air attacks on Kharkiv went on through the night."})
  void aStatesAttackOnWhatIsStruckFromAfarIsRemoteViolence(String sentence) {
    assertThat(claims(sentence)).as(sentence).isNotEmpty().extracting(Claim::eventType)
        .containsOnly("Explosions/Remote violence");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Russian troops attacked Ukrainian soldiers guarding a power station near Kharkiv on Monday.",
      "Russian troops attacked Vovchansk on Monday, and four soldiers were killed."})
  void aStatesAttackOnArmedMenStaysAClash(String sentence) {
    assertThat(claims(sentence)).as(sentence).filteredOn(x -> x.predicate().equals("attacked")).isNotEmpty()
        .extracting(Claim::eventType).containsOnly("Battles");
  }

  @Test
  void aClashToldAsReturnedFireIsAClash() {
    String sentence = "Ukrainian border guards returned fire near Vovchansk on Monday, officials said.";
    assertThat(claims(sentence)).as(sentence).isNotEmpty().extracting(Claim::eventType).containsOnly("Battles");
  }

  @Test
  void aKillingOfCiviliansStaysViolenceAgainstCivilians() {
    assertThat(claims("Russian soldiers killed two civilians in their car near Kherson on Monday."))
        .isNotEmpty().extracting(Claim::eventType).containsOnly("Violence against civilians");
  }

  @Test
  void jetsThatStrikeMakeAnAirStrikeWhateverElseWasFired() {
    List<Claim> found = claims("Israeli warplanes struck a building in Nabatieh on Wednesday, hours after a rocket "
        + "barrage from Lebanon hit Safed, the Israeli military said.");
    assertThat(found).filteredOn(c -> c.place() != null && c.place().name().equals("Nabatieh"))
        .extracting(Claim::subEventType, Claim::crossBorderKind)
        .containsExactly(tuple("Air/drone strike", Claim.CrossBorderKind.AIR_DRONE));
  }
}
