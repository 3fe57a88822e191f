package org.borderwatch.eval;

import org.borderwatch.geo.GreatCircle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AcledEvaluatorTest {
  private static final AcledEvaluator EVALUATOR = new AcledEvaluator(ActorCountries.bundled(), Admin1Names.bundled(),
      new AcledEvaluator.Settings(25.0, 3));

  private static EvalReport fixtureReport() {
    Map<String, EventClaims> byEvent = new TreeMap<>();
    EvalFixture.CLAIMS.forEach((event, claims) -> byEvent.put(event, new EventClaims(claims.size(), claims)));
    GoldFile gold = EvalFixture.gold();
    return EVALUATOR.evaluate(gold.events(), byEvent, gold.skipped());
  }

  @Test
  void overallFiguresOfTheFixtureAreTheHandCountedOnes() {
    Figures f = fixtureReport().overall();
    assertThat(f).as("events, with claims, located, admin1, side known, side, type, sub-type, claims")
        .isEqualTo(new Figures(8, 7, 4, 6, 7, 4, 7, 6, 10));
    assertThat(f.locatedShare()).as("located share").isEqualTo(0.5);
    assertThat(f.sideShare()).as("side share over events with a known actor1 country").isEqualTo(4.0 / 7);
    assertThat(f.claimsPerEvent()).as("claims per event").isEqualTo(1.25);
  }

  @Test
  void figuresPerGoldEventType() {
    Map<String, Figures> byType = fixtureReport().byEventType();
    assertThat(byType).as("event types, sorted").containsOnlyKeys("Battles", "Explosions/Remote violence", "Protests",
        "Strategic developments", "Violence against civilians");
    assertThat(byType.get("Battles")).as("Battles").isEqualTo(new Figures(2, 2, 2, 2, 2, 2, 2, 2, 5));
    assertThat(byType.get("Explosions/Remote violence")).as("Explosions")
        .isEqualTo(new Figures(3, 3, 1, 2, 2, 1, 3, 2, 3));
    assertThat(byType.get("Protests")).as("Protests (no claim)").isEqualTo(new Figures(1, 0, 0, 0, 1, 0, 0, 0, 0));
    assertThat(byType.get("Strategic developments")).as("unresolved point").isEqualTo(new Figures(1, 1, 0, 1, 1, 1, 1, 1, 1));
    assertThat(byType.get("Violence against civilians")).as("region-level gold")
        .isEqualTo(new Figures(1, 1, 1, 1, 1, 0, 1, 1, 1));
  }

  @Test
  void worstMissesComeMostFailedFirstThenFarthest() {
    EvalReport report = fixtureReport();
    assertThat(report.worst()).as("three worst").extracting(o -> o.gold().eventId())
        .containsExactly("UKR1004", "UKR1008", "UKR1003");
    assertThat(report.worst().get(0).reasons()).as("no claim").containsExactly("no claim");
    assertThat(report.worst().get(1).reasons()).as("Belgorod for Sumy")
        .containsExactly("nearest claim 130 km away", "admin1 Belgorod Oblast, gold Sumy");
    assertThat(report.worst().get(2).reasons()).as("right region, wrong town and sub-event")
        .containsExactly("nearest claim 57 km away", "sub-event Shelling/artillery/missile attack, gold Air/drone strike");
  }

  @Test
  void bestClaimIsTheLocatedOneEvenWhenLessConfident() {
    GoldEvent sievierodonetsk = EvalFixture.gold().events().get(5);
    EventOutcome o = EVALUATOR.judge(sievierodonetsk,
        new EventClaims(3, EvalFixture.CLAIMS.get("UKR1006")));
    assertThat(o.best().claimId()).as("Lysychansk (6 km) beats Svatove (57 km, higher confidence)").isEqualTo("c6a");
    assertThat(o.distanceKm()).as("distance of the best claim").isCloseTo(6.03, within(0.01));
    assertThat(o.sideMatch()).as("NAF acts for RU").isTrue();
    assertThat(o.failures()).as("nothing missed").isZero();
  }

  @Test
  void regionLevelGoldIsPlacedByAdmin1NotDistance() {
    GoldEvent kherson = EvalFixture.gold().events().get(4);
    ClaimSummary farButSameRegion = EvalFixture.claim("x", "UKR1005", "Violence against civilians", "Attack",
        "Skadovsk", "Kherson Oblast", 46.1167, 32.9167, "UA", 0.5);
    assertThat(kherson.regionOnly()).as("geo_precision 3").isTrue();
    assertThat(EVALUATOR.judge(kherson, new EventClaims(1, java.util.List.of(farButSameRegion))).located())
        .as("about 60 km away but in Kherson Oblast").isTrue();
  }

  @Test
  void unreadableGoldRowsAreListedWithTheirLine() {
    GoldFile gold = EvalFixture.gold();
    assertThat(gold.events()).as("usable events").hasSize(8);
    assertThat(gold.skipped()).as("skipped rows").containsExactly("line 10: unreadable event_date 'the day after'");
    assertThat(gold.events().get(0).eventDate()).as("ACLED date form").isEqualTo(java.time.LocalDate.of(2023, 3, 3));
  }

  @Test
  void greatCircleDistanceKyivToKharkiv() {
    assertThat(GreatCircle.haversineKm(50.4501, 30.5234, 49.9808, 36.2527)).as("Kyiv-Kharkiv").isCloseTo(410.0, within(2.0));
  }
}
