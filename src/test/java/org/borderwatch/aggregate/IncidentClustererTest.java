package org.borderwatch.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.aggregate.ClaimFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentClustererTest {
  private static final LocalDate MAR_12 = LocalDate.of(2024, 3, 12);

  private static List<Incident> cluster(AggregateSettings settings, ClaimFixture... claims) {
    List<ClaimRecord> records = new ArrayList<>();
    for (ClaimFixture c : claims) {
      records.add(c.record());
    }
    records.sort(IncidentClusterer.ORDER);
    return new IncidentClusterer(settings).cluster(records.iterator());
  }

  private static List<Incident> cluster(ClaimFixture... claims) {
    return cluster(AggregateSettings.defaults(), claims);
  }

  private static ClaimFixture rvcLiberatedKozinka(String id) {
    return claim(id).at(KOZINKA).actor("Russian Volunteer Corps", "rvc", "UA")
        .claimant("Russian Volunteer Corps", "rvc", "UA", "SELF_CLAIM").modality("CLAIMED")
        .event("Battles", "Non-state actor overtakes territory").crossBorder("INCURSION");
  }

  private static ClaimFixture governorSabotageGroupInGraivoron(String id) {
    return claim(id).at(GRAIVORON).actor("sabotage group of the Ukrainian Armed Forces", "generic:UA:STATE_FORCE", "UA")
        .claimant("Belgorod governor", "gov-belgorod", "RU", "ADVERSARY_CLAIM")
        .event("Battles", "Armed clash").crossBorder("INCURSION");
  }

  @Test
  void clustersReportsOfOnePlaceAcrossArticlesAndSources() {
    List<Incident> incidents = cluster(
        rvcLiberatedKozinka("c1").article("a1", "Meduza", MAR_12),
        rvcLiberatedKozinka("c2").article("a2", "Reuters", MAR_12.plusDays(1)),
        rvcLiberatedKozinka("c3").article("a3", "Reuters", MAR_12.plusDays(1)).on(MAR_12.plusDays(1)));

    assertThat(incidents).as("one incident").hasSize(1);
    Incident i = incidents.get(0);
    assertThat(i.nClaims()).as("claims").isEqualTo(3);
    assertThat(i.nArticles()).as("articles").isEqualTo(3);
    assertThat(i.nSources()).as("sources").isEqualTo(2);
    assertThat(i.eventDate()).as("earliest event date").isEqualTo(MAR_12);
    assertThat(i.firstReportedAt()).as("first report").isEqualTo(java.sql.Timestamp.valueOf(MAR_12.atTime(9, 30)).toInstant());
    assertThat(i.claimIds()).as("members").containsExactly("c1", "c2", "c3");
    assertThat(i.incidentId()).as("named by its seed").isEqualTo(Incident.idFor(rvcLiberatedKozinka("c1").record()));
  }

  /**
   * The id of an incident seeded by claim c1, pinned: an incremental run replaces incidents by this id, so a change
   * to the hashing would keep every earlier incident beside its re-clustered copy.
   */
  @Test
  void anIncidentsIdStaysTheSameAcrossReleases() {
    assertThat(Incident.idFor(rvcLiberatedKozinka("c1").record()))
        .as("sha-256 of 'incident', U+001F and the seed's claim id, first 32 hex digits")
        .isEqualTo("03fc266fcc7654ba91c80bf376d32a4e");
  }

  @Test
  void graivoronSelfClaimAndGovernorClaimAreOneContestedIncident() {
    List<Incident> incidents = cluster(rvcLiberatedKozinka("rvc-1"), governorSabotageGroupInGraivoron("gov-1"));

    assertThat(incidents).as("Kozinka and Graivoron are 6.6 km apart: one incident").hasSize(1);
    Incident i = incidents.get(0);
    assertThat(i.contested()).as("opposing claimants name different actors").isTrue();
    assertThat(i.contestedReason()).as("reason").isEqualTo(Contestation.Reason.WHO_ACTED);
    assertThat(i.actors()).as("every actor kept")
        .containsExactly("Russian Volunteer Corps", "sabotage group of the Ukrainian Armed Forces");
    assertThat(i.claimants()).as("every claimant kept").containsExactly("Belgorod governor", "Russian Volunteer Corps");
    assertThat(i.locationName()).as("place of the finest claim").isEqualTo("Kozinka");
    assertThat(i.crossBorderKind()).as("kind").isEqualTo("INCURSION");
  }

  @Test
  void selfClaimsOfBothSidesAboutTheirOwnPartsAreNotContested() {
    List<Incident> incidents = cluster(
        claim("ua").at(BELGOROD).actor("Ukrainian drone forces", "ua-drones", "UA")
            .claimant("Ukrainian drone forces", "ua-drones", "UA", "SELF_CLAIM")
            .event("Explosions/Remote violence", "Air/drone strike").crossBorder("AIR_DRONE"),
        claim("ru").at(BELGOROD).actor("local air defence", "generic:RU:STATE_FORCE", "RU")
            .claimant("Belgorod governor", "gov-belgorod", "RU", "SELF_CLAIM")
            .event("Strategic developments", "Disrupted weapons use"));

    assertThat(incidents).as("strike and interception the same day are compatible").hasSize(1);
    assertThat(incidents.get(0).contested()).as("each side speaks of its own part").isFalse();
    assertThat(incidents.get(0).actorCountries()).as("both sides act").containsExactly("RU", "UA");
  }

  @Test
  void denialOfWhatTheOtherSideAssertsIsContested() {
    List<Incident> incidents = cluster(
        claim("accuse").at(KHOTIN).actor("Russian forces", "generic:RU:STATE_FORCE", "RU")
            .claimant("State Border Guard Service", "dpsu", "UA", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        claim("deny").at(KHOTIN).actor("Russian forces", "generic:RU:STATE_FORCE", "RU")
            .claimant("Russian Ministry of Defence", "ru-mod", "RU", "SELF_CLAIM").modality("DENIED")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack"));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).contestedReason()).as("denied vs asserted").isEqualTo(Contestation.Reason.DENIAL);
  }

  @Test
  void mutualBlameIsContested() {
    List<Incident> incidents = cluster(
        claim("ua-says").at(KHOTIN).actor("Russian forces", null, "RU")
            .claimant("State Border Guard Service", "dpsu", "UA", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        claim("ru-says").at(KHOTIN).actor("Ukrainian forces", null, "UA")
            .claimant("Russian Ministry of Defence", "ru-mod", "RU", "ADVERSARY_CLAIM")
            .event("Explosions/Remote violence", "Shelling/artillery/missile attack"));

    assertThat(incidents.get(0).contestedReason()).as("each blames the other").isEqualTo(Contestation.Reason.MUTUAL_BLAME);
  }

  @Test
  void neutralVoicesDoNotMakeAContest() {
    List<Incident> incidents = cluster(
        rvcLiberatedKozinka("self"),
        claim("media").at(KOZINKA).actor("Ukrainian saboteurs", null, "UA").event("Battles", "Armed clash"));

    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).contested()).as("a media report is no opposing claimant").isFalse();
  }

  @Test
  void dailyShellingOfOneTownDoesNotChainIntoOneIncident() {
    ClaimFixture[] days = new ClaimFixture[5];
    for (int d = 0; d < days.length; d++) {
      days[d] = claim("day" + d).at(SHEBEKINO).on(MAR_12.plusDays(d)).actor("Ukrainian forces", null, "UA")
          .event("Explosions/Remote violence", "Shelling/artillery/missile attack");
    }
    List<Incident> incidents = cluster(days);

    assertThat(incidents).as("window of 1 day anchored on each incident's first claim").extracting(Incident::claimIds)
        .containsExactly(List.of("day0", "day1"), List.of("day2", "day3"), List.of("day4"));
    assertThat(cluster(AggregateSettings.defaults().withWindowDays(0), days)).as("window 0: one incident a day").hasSize(5);
  }

  @Test
  void overnightReportsDatedEitherSideOfMidnight() {
    List<Incident> incidents = cluster(governorSabotageGroupInGraivoron("night"),
        governorSabotageGroupInGraivoron("morning").on(MAR_12.plusDays(1)));

    assertThat(incidents).as("one day apart: one incident by default").hasSize(1);
  }

  @Test
  void placesFartherApartThanTheDistanceStaySeparate() {
    assertThat(cluster(rvcLiberatedKozinka("k"), rvcLiberatedKozinka("b").at(BELGOROD)))
        .as("Kozinka and Belgorod are 65 km apart").hasSize(2);
  }

  @Test
  void incompatibleEventTypesStaySeparate() {
    assertThat(cluster(rvcLiberatedKozinka("fight"),
        claim("protest").at(KOZINKA).actor("residents", null, "RU").event("Protests", "Peaceful protest")))
        .as("a protest is not a battle").hasSize(2);
    assertThat(cluster(rvcLiberatedKozinka("fight"),
        claim("shelling-next-day").at(KOZINKA).on(MAR_12.plusDays(1)).event("Explosions/Remote violence", "Shelling/artillery/missile attack")))
        .as("compatible types must share the day").hasSize(2);
  }

  @Test
  void regionLevelClaimJoinsTheOnlyIncidentOfItsRegion() {
    List<Incident> incidents = cluster(rvcLiberatedKozinka("point"),
        claim("region").at(BELGOROD_OBLAST).actor("Ukrainian saboteurs", null, "UA")
            .claimant("Belgorod governor", "gov-belgorod", "RU", "ADVERSARY_CLAIM"));

    assertThat(incidents).as("joined").hasSize(1);
    assertThat(incidents.get(0).geoPrecision()).as("finest precision kept").isEqualTo(1);
  }

  @Test
  void regionLevelClaimMatchingTwoIncidentsStaysApart() {
    IncidentClusterer clusterer = new IncidentClusterer(AggregateSettings.defaults());
    List<ClaimRecord> claims = new ArrayList<>(List.of(rvcLiberatedKozinka("kozinka").record(),
        rvcLiberatedKozinka("belgorod").at(BELGOROD).record(),
        claim("region").at(BELGOROD_OBLAST).actor("Ukrainian saboteurs", null, "UA").record()));
    claims.sort(IncidentClusterer.ORDER);
    List<Incident> incidents = clusterer.cluster(claims.iterator());

    assertThat(incidents).as("two places, and the vague claim on its own").hasSize(3);
    assertThat(clusterer.ambiguous()).as("counted as ambiguous").isEqualTo(1);
  }

  @Test
  void regionLevelClaimOfAnotherActingSideStaysApart() {
    assertThat(cluster(rvcLiberatedKozinka("point"),
        claim("region").at(BELGOROD_OBLAST).actor("Russian forces", null, "RU")))
        .as("the incident's actors are all on the UA side").hasSize(2);
  }

  @Test
  void ruleChainCountsWhichRuleKeptClaimsApart() {
    IncidentClusterer clusterer = new IncidentClusterer(AggregateSettings.defaults());
    clusterer.add(rvcLiberatedKozinka("k").record());
    clusterer.add(rvcLiberatedKozinka("b").at(BELGOROD).record());

    assertThat(clusterer.rules().refusals()).as("refused by the place rule")
        .containsEntry("SamePlacePass", 1L).containsEntry("DateWindowPass", 0L);
    assertThat(clusterer.rules().rules()).as("every rule describes itself")
        .allSatisfy(r -> assertThat(r.describe()).isNotBlank());
  }
}
