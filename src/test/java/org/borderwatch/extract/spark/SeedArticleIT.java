package org.borderwatch.extract.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.borderwatch.cli.Main;
import org.borderwatch.testing.SharedData;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article the project was made from (development data, read where it lies; never copied) through the whole
 * pipeline with the GeoNames development gazetteer: what DESIGN.md §1 says a careful reader codes from it.
 */
class SeedArticleIT extends SparkTestBase {
  @TempDir static Path tmp;

  @BeforeAll
  static void runSeed() throws Exception {
    Path seed = SharedData.require("seed/belgorod-incursion.txt");
    Path geonames = SharedData.require("geonames");
    Path corpus = tmp.resolve("seed.jsonl");
    Files.writeString(corpus, new ObjectMapper().writeValueAsString(Map.of("id", "seed", "url",
        "https://example.org/seed", "text", Files.readString(seed), "published", "2023-05-23")) + "\n");
    assertThat(Main.execute("run", "--input", corpus.toString(), "--gazetteer", geonames.toString(), "--out",
        tmp.resolve("out").toString(), "--conf", "borderwatch.run-date=2023-06-01")).as("exit code").isZero();
    spark.read().parquet(tmp.resolve("out/claims").toString()).createOrReplaceTempView("seed_claims");
  }

  @Test
  void theGroupsClaimKozinkaInBelgorodOblastAsAnIncursion() {
    List<Row> rows = sql("SELECT actor_id, actor_country, actor_nationality, attribution, modality, cross_border_kind, "
        + "cross_border_basis FROM seed_claims WHERE location_name = 'Kozinka' AND admin1_code = 'RU.09' AND country_code = 'RU' "
        + "AND sub_event_type = 'Non-state actor overtakes territory' AND attribution = 'SELF_CLAIM' "
        + "AND modality = 'CLAIMED'");
    assertThat(rows).as("self-claimed capture of Kozinka, among %s", sql("SELECT location_name, actor_id, "
        + "attribution, modality FROM seed_claims")).isNotEmpty();
    for (Row r : rows) {
      assertThat(r.getString(0)).as("the RVC or the Legion").isIn("rvc", "frl");
      assertThat(r.getString(1)).as("side").isEqualTo("UA");
      assertThat(r.getString(2)).as("nationality").isEqualTo("RU");
      assertThat(r.getString(5)).as("kind").isEqualTo("INCURSION");
      // "they entered Russia's Belgorod region", earlier in the article: the groups are Russian citizens, so only
      // the text, not Kozinka's distance to the border, says they came across it
      assertThat(r.getString(6)).as("basis").isEqualTo("STATED");
    }
    // the groups' own tweet ("The Army and the RVC … liberated the village of Kozinka", Army tweeted) is theirs too
    assertThat(sql("SELECT attribution FROM seed_claims WHERE location_name = 'Kozinka' "
        + "AND sub_event_type = 'Non-state actor overtakes territory'")).as("every claim of the capture")
        .extracting(r -> r.getString(0)).containsOnly("SELF_CLAIM");
  }

  @Test
  void theGovernorSaysASabotageGroupEnteredTheGraivoronDistrict() {
    List<Row> rows = sql("SELECT actor_country, admin1_code FROM seed_claims WHERE predicate = 'entered' "
        + "AND claimant_id = 'ru-belgorod-governor' AND attribution = 'ADVERSARY_CLAIM' "
        + "AND location_name LIKE 'Gra%%voron%%'");
    assertThat(rows).as("the governor's account").isNotEmpty();
    assertThat(rows).extracting(r -> r.getString(0)).as("a Ukrainian group").containsOnly("UA");
    assertThat(rows).extracting(r -> r.getString(1)).as("Belgorod Oblast").containsOnly("RU.09");
  }

  @Test
  void theDroneShotDownOverBelgorodIsTheGovernorsOwnSidesClaim() {
    List<Row> rows = sql("SELECT actor_country, cross_border_kind, cross_border_basis FROM seed_claims "
        + "WHERE predicate = 'shot down' "
        + "AND location_name = 'Belgorod' AND attribution = 'SELF_CLAIM'");
    assertThat(rows).as("air defence over Belgorod").isNotEmpty();
    assertThat(rows).extracting(r -> r.getString(0)).containsOnly("RU");
    assertThat(rows).extracting(r -> r.getString(1)).containsOnly("AIR_DRONE");
    assertThat(rows).extracting(r -> r.getString(2)).as("brought down over its border area").containsOnly("AIRSPACE");
  }

  @Test
  void anAppealNotToProtestIsNoProtest() {
    assertThat(sql("SELECT evidence FROM seed_claims WHERE event_type = 'Protests'")).as("protest claims").isEmpty();
  }
}
