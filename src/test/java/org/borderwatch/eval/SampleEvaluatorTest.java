package org.borderwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleEvaluatorTest {
  private static final String GOLD = String.join("\n",
      "{\"article\":\"s01\",\"claims\":[",
      "  {\"actor\":\"Russian Volunteer Corps\",\"actor_side\":\"UA\",\"location\":\"Kozinka\",\"admin1_code\":\"RU.09\","
          + "\"country\":\"RU\",\"event_type\":\"Battles\",\"sub_event_type\":\"Non-state actor overtakes territory\","
          + "\"attribution\":\"SELF_CLAIM\",\"modality\":\"CLAIMED\",\"cross_border_kind\":\"INCURSION\"},",
      "  {\"actor\":\"local air defence\",\"actor_side\":\"RU\",\"location\":\"Russia\",\"admin1_code\":null,"
          + "\"country\":\"RU\",\"event_type\":\"Strategic developments\",\"sub_event_type\":\"Disrupted weapons use\","
          + "\"attribution\":\"SELF_CLAIM\",\"modality\":\"ASSERTED\",\"cross_border_kind\":null}]}",
      "{\"article\":\"s02\",\"claims\":[]}").replace("\n  ", "");

  private static ClaimSummary claim(String id, String article, String type, String admin1Code, String country,
      String attribution, String modality, String kind, double confidence) {
    return new ClaimSummary(id, article, type, "x", "place", admin1Code, null, country, null, null, null, null, null,
        attribution, modality, kind, confidence);
  }

  @Test
  void precisionRecallAndPerFieldScoresAreTheHandCountedOnes() throws Exception {
    SampleGoldReader.SampleGold gold = SampleGoldReader.read(
        new ByteArrayInputStream(GOLD.getBytes(StandardCharsets.UTF_8)), "gold.jsonl");
    assertThat(gold.articles()).as("articles, with or without claims").containsExactly("s01", "s02");
    List<ClaimSummary> s01 = List.of(
        claim("a", "s01", "Battles", "RU.09", "RU", "SELF_CLAIM", "ASSERTED", "INCURSION", 0.9),
        claim("b", "s01", "Strategic developments", "RU.09", "RU", "SELF_CLAIM", "ASSERTED", null, 0.8),
        claim("c", "s01", "Battles", "RU.10", "RU", "ADVERSARY_CLAIM", "ASSERTED", "INCURSION", 0.7));
    List<ClaimSummary> s02 = List.of(claim("d", "s02", "Battles", "RU.09", "RU", "MEDIA_REPORT", "ASSERTED", null, 0.5));
    SampleReport report = SampleEvaluator.evaluate(gold,
        Map.of("s01", new EventClaims(3, s01), "s02", new EventClaims(1, s02)));

    assertThat(report.scores().get("claim")).as("2 of 4 claims match, both gold claims found")
        .isEqualTo(new Score(2, 4, 2));
    assertThat(report.scores().get("claim").f1()).as("F1 of P=0.5, R=1").isEqualTo(2 * 0.5 / 1.5);
    assertThat(report.scores().get("attribution")).as("attribution agrees on both").isEqualTo(new Score(2, 4, 2));
    assertThat(report.scores().get("modality")).as("CLAIMED coded as ASSERTED once").isEqualTo(new Score(2, 4, 1));
    assertThat(report.scores().get("cross_border_kind")).as("INCURSION, and none on both sides")
        .isEqualTo(new Score(2, 4, 2));
    assertThat(report.unmatchedGold()).as("every gold claim found").isEmpty();
    assertThat(report.unmatchedClaims()).as("the claim in another region, and the one of an article without gold claims")
        .containsExactly("s01: x at place, actor ?", "s02: x at place, actor ?");
  }

  @Test
  void placeMustAgreeOnAdmin1WhenBothHaveIt() {
    SampleGoldClaim g = new SampleGoldClaim("s01", "x", "UA", "Kozinka", "RU.09", "RU", "Battles", "x", null, null, null);
    assertThat(SampleEvaluator.agrees(g, claim("a", "s01", "Battles", "RU.10", "RU", null, null, null, 1)))
        .as("same country, other admin1").isFalse();
    assertThat(SampleEvaluator.agrees(g, claim("a", "s01", "Battles", null, "RU", null, null, null, 1)))
        .as("claim without admin1 falls back to country").isTrue();
    assertThat(SampleEvaluator.agrees(g, claim("a", "s01", "Protests", "RU.09", "RU", null, null, null, 1)))
        .as("other event type").isFalse();
  }

  @Test
  void aGoldClaimPairsWithTheClaimOfItsActorsSideBeforeAMoreConfidentOne() throws Exception {
    String gold = "{\"article\":\"s03\",\"claims\":["
        + "{\"actor\":\"Russian forces\",\"actor_side\":\"RU\",\"location\":\"Sotk\",\"admin1_code\":\"AM.04\","
        + "\"country\":\"AM\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
        + "\"attribution\":\"SELF_CLAIM\",\"modality\":\"ASSERTED\",\"cross_border_kind\":null},"
        + "{\"actor\":\"Ukrainian forces\",\"actor_side\":\"UA\",\"location\":\"Sotk\",\"admin1_code\":\"AM.04\","
        + "\"country\":\"AM\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
        + "\"attribution\":\"ADVERSARY_CLAIM\",\"modality\":\"ASSERTED\",\"cross_border_kind\":null}]}";
    SampleGoldReader.SampleGold g = SampleGoldReader.read(
        new ByteArrayInputStream(gold.getBytes(StandardCharsets.UTF_8)), "gold.jsonl");
    ClaimSummary ua = new ClaimSummary("ua", "s03", "Battles", "x", "Sotk", "AM.04", null, "AM", null, null, null, null,
        "UA", "ADVERSARY_CLAIM", "ASSERTED", null, 0.9);
    ClaimSummary ru = new ClaimSummary("ru", "s03", "Battles", "x", "Sotk", "AM.04", null, "AM", null, null, null, null,
        "RU", "SELF_CLAIM", "ASSERTED", null, 0.5);
    SampleReport report = SampleEvaluator.evaluate(g, Map.of("s03", new EventClaims(2, List.of(ua, ru))));
    assertThat(report.scores().get("attribution")).as("each side's claim scored against its own gold claim")
        .isEqualTo(new Score(2, 2, 2));
  }
  @Test
  void aGoldClaimPairsWithTheClaimOfItsSubEventBeforeAMoreConfidentOne() throws Exception {
    String gold = "{\"article\":\"s04\",\"claims\":["
        + "{\"actor\":\"unknown\",\"actor_side\":\"UA\",\"location\":\"Graivoron\",\"admin1_code\":\"RU.09\","
        + "\"country\":\"RU\",\"event_type\":\"Explosions/Remote violence\","
        + "\"sub_event_type\":\"Shelling/artillery/missile attack\",\"cross_border_kind\":\"CROSS_BORDER_FIRE\"},"
        + "{\"actor\":\"unknown\",\"actor_side\":\"UA\",\"location\":\"Graivoron\",\"admin1_code\":\"RU.09\","
        + "\"country\":\"RU\",\"event_type\":\"Explosions/Remote violence\","
        + "\"sub_event_type\":\"Air/drone strike\",\"cross_border_kind\":\"AIR_DRONE\"}]}";
    SampleGoldReader.SampleGold g = SampleGoldReader.read(
        new ByteArrayInputStream(gold.getBytes(StandardCharsets.UTF_8)), "gold.jsonl");
    ClaimSummary drone = new ClaimSummary("drone", "s04", "Explosions/Remote violence", "Air/drone strike",
        "Graivoron", "RU.09", null, "RU", null, null, null, null, null, null, null, "AIR_DRONE", 0.9);
    ClaimSummary shelling = new ClaimSummary("shelling", "s04", "Explosions/Remote violence",
        "Shelling/artillery/missile attack", "Graivoron", "RU.09", null, "RU", null, null, null, null, null, null, null,
        "CROSS_BORDER_FIRE", 0.5);
    SampleReport report = SampleEvaluator.evaluate(g, Map.of("s04", new EventClaims(2, List.of(drone, shelling))));
    assertThat(report.scores().get("cross_border_kind")).as("the shelling and the drone strike each with its own")
        .isEqualTo(new Score(2, 2, 2));
  }
  @Test
  void aSidesClaimIsNotSpentOnTheOtherSidesGoldClaimListedBeforeItsOwn() throws Exception {
    String gold = "{\"article\":\"s05\",\"claims\":["
        + "{\"actor\":\"militants\",\"actor_side\":\"PK\",\"location\":\"Jumagund\",\"admin1_code\":\"IN.12\","
        + "\"country\":\"IN\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
        + "\"cross_border_kind\":\"INCURSION\"},"
        + "{\"actor\":\"Indian Army\",\"actor_side\":\"IN\",\"location\":\"Jumagund\",\"admin1_code\":\"IN.12\","
        + "\"country\":\"IN\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
        + "\"cross_border_kind\":\"BORDER_AREA\"}]}";
    SampleGoldReader.SampleGold g = SampleGoldReader.read(
        new ByteArrayInputStream(gold.getBytes(StandardCharsets.UTF_8)), "gold.jsonl");
    ClaimSummary indian = new ClaimSummary("in", "s05", "Battles", "Armed clash", "Jumagund", "IN.12", null, "IN", null,
        null, null, null, "IN", null, null, "BORDER_AREA", 0.9);
    SampleReport report = SampleEvaluator.evaluate(g, Map.of("s05", new EventClaims(1, List.of(indian))));
    assertThat(report.scores().get("cross_border_kind")).as("the Indian claim scored against the Indian gold claim")
        .isEqualTo(new Score(2, 1, 1));
    assertThat(report.unmatchedGold()).as("the militants' claim was not extracted")
        .containsExactly("s05: militants / Armed clash at Jumagund (IN.12)");
  }
}
