package org.borderwatch.extract.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.borderwatch.cli.Main;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each phenomenon the extractor must understand, in the project's own sentences, through the whole
 * pipeline on real Spark with the bundled gazetteer, actor dictionary and lexicon: what a user gets
 * in the {@code claims} and {@code mentions} tables.
 */
class ExtractPhenomenaSparkTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static final List<String> ARTICLES = List.of(
      article("raid", "The Freedom of Russia Legion and the Russian Volunteer Corps, two armed groups of Russian "
          + "citizens who fight for Ukraine, said on Monday that they had entered Russia's Belgorod region. \\\"Our "
          + "units liberated the villages of Kozinka and Gora-Podol,\\\" the Russian Volunteer Corps wrote on Telegram. "
          + "Belgorod governor Vyacheslav Gladkov said a sabotage group of the Ukrainian Armed Forces had entered the "
          + "Graivoron district. "
          + "On Tuesday, Gladkov said a drone was shot down by local air defence over Belgorod. He later added that "
          + "Ukrainian artillery shelled Shebekino from the Kharkiv region."),
      article("modality", "Hezbollah said its fighters attacked Kiryat Shmona on Sunday night. The claim could not be "
          + "independently verified. The Russian Defence Ministry denied that Russian forces shelled Vovchansk. "
          + "According to the OSCE, Ukrainian forces shelled Donetsk yesterday."),
      article("belarus", "Russian forces fired missiles from Belarus at Chernihiv on 22 May."),
      article("calm", "Residents of Sumy and Kharkiv were calm on Monday, the governor said."),
      article("wire", "Russian forces shelled with BM-21 Grad Kupiansk, Kharkiv region. Civilians were evacuated from "
          + "Tyotkino, Glushkovo and Rylsk. People were evacuated from Sudzha and Lgov, Kursk region. Two Ukrainian "
          + "soldiers were killed in Hlukhiv. Russian forces shelled Zelena Roshcha, Sumy region. Ukrainian forces "
          + "shelled positions held by the Luhansk People's Militia in Luhansk. Ukrainian forces entered the Sudzha "
          + "district of the Kursk region. Russian forces shelled the Desna neighbourhood of Konotop. Russian forces "
          + "shelled Semenivka, the Chernihiv regional military administration said."));

  private static String article(String id, String text) {
    return "{\"id\":\"" + id + "\",\"url\":\"https://example.org/" + id + "\",\"published\":\"2023-05-23\","
        + "\"source\":\"Test Wire\",\"text\":\"" + text + "\"}";
  }

  @BeforeAll
  static void runPipeline() throws IOException {
    Path corpus = tmp.resolve("phenomena.jsonl");
    Files.write(corpus, ARTICLES);
    assertThat(Main.execute("run", "--input", corpus.toString(), "--out", tmp.resolve("out").toString(),
        "--conf", "borderwatch.run-date=2023-06-01")).as("exit code").isZero();
    spark.read().parquet(tmp.resolve("out/claims").toString()).createOrReplaceTempView("phenomena_claims");
    spark.read().parquet(tmp.resolve("out/mentions").toString()).createOrReplaceTempView("phenomena_mentions");
    spark.read().parquet(tmp.resolve("out/articles").toString()).createOrReplaceTempView("phenomena_articles");
  }

  /** The one claim at a place, as a row of the claims table. */
  private static Row claimAt(String location) {
    return claimAt(location, "%");
  }

  /** The one claim at a place whose predicate is like {@code predicate}. */
  private static Row claimAt(String location, String predicate) {
    List<Row> rows = sql("SELECT * FROM phenomena_claims WHERE location_text = '%s' AND predicate LIKE '%s'", location,
        predicate);
    assertThat(rows).as("claims at %s, among all claims (place, actor, predicate, claimant): %s", location,
        sql("SELECT location_text, actor_text, predicate, claimant_text FROM phenomena_claims")).hasSize(1);
    return rows.get(0);
  }

  @Test
  void coordinatedVillagesAreTwoSelfClaimedIncursionsBySideAndNationality() {
    for (String village : List.of("Kozinka", "Gora-Podol")) {
      Row c = claimAt(village);
      assertThat(c.<String>getAs("actor_id")).as(village + " actor").isEqualTo("rvc");
      assertThat(c.<String>getAs("actor_country")).as("side").isEqualTo("UA");
      assertThat(c.<String>getAs("actor_nationality")).as("nationality").isEqualTo("RU");
      assertThat(c.<String>getAs("sub_event_type")).isEqualTo("Non-state actor overtakes territory");
      assertThat(c.<String>getAs("attribution")).isEqualTo("SELF_CLAIM");
      assertThat(c.<String>getAs("cross_border_kind")).isEqualTo("INCURSION");
      assertThat(c.<String>getAs("admin1_code")).isEqualTo("RU.09");
      assertThat(c.getAs("event_date").toString()).as("Monday before the Tuesday publication").isEqualTo("2023-05-22");
    }
  }

  @Test
  void adversaryClaimOfTheGovernorAboutTheSabotageGroup() {
    Row c = claimAt("Graivoron");
    assertThat(c.<String>getAs("actor_text")).isEqualTo("sabotage group of the Ukrainian Armed Forces");
    assertThat(c.<String>getAs("actor_country")).isEqualTo("UA");
    assertThat(c.<String>getAs("claimant_id")).isEqualTo("ru-belgorod-governor");
    assertThat(c.<String>getAs("attribution")).isEqualTo("ADVERSARY_CLAIM");
    assertThat(c.<String>getAs("modality")).isEqualTo("ASSERTED");
  }

  @Test
  void passiveVoiceAgentAndAPronounBackToTheSpeaker() {
    Row drone = claimAt("Belgorod", "shot down");
    assertThat(drone.<String>getAs("actor_text")).as("agent of 'was shot down by'").isEqualTo("local air defence");
    assertThat(drone.<String>getAs("actor_country")).isEqualTo("RU");
    assertThat(drone.<String>getAs("sub_event_type")).isEqualTo("Disrupted weapons use");
    assertThat(drone.<String>getAs("cross_border_kind")).isEqualTo("AIR_DRONE");
    Row fire = claimAt("Shebekino");
    assertThat(fire.<String>getAs("claimant_id")).as("'he later added' = Gladkov").isEqualTo("ru-belgorod-governor");
    assertThat(fire.<String>getAs("origin_country")).as("from the Kharkiv region").isEqualTo("UA");
    assertThat(fire.<String>getAs("cross_border_kind")).isEqualTo("CROSS_BORDER_FIRE");
  }

  @Test
  void unconfirmedDeniedAndAccordingTo() {
    Row metula = claimAt("Kiryat Shmona");
    assertThat(metula.<String>getAs("modality")).isEqualTo("UNCONFIRMED");
    assertThat(metula.<String>getAs("actor_id")).as("its fighters = the speaker").isEqualTo("hezbollah");
    assertThat(metula.getAs("event_date").toString()).as("Sunday night").isEqualTo("2023-05-21");
    assertThat(metula.<String>getAs("country_code")).isEqualTo("IL");
    assertThat(claimAt("Vovchansk").<String>getAs("modality")).isEqualTo("DENIED");
    Row donetsk = claimAt("Donetsk");
    assertThat(donetsk.<String>getAs("claimant_id")).isEqualTo("osce");
    assertThat(donetsk.<String>getAs("attribution")).isEqualTo("THIRD_PARTY");
    assertThat(donetsk.getAs("event_date").toString()).as("yesterday").isEqualTo("2023-05-22");
  }

  @Test
  void fireFromBelarusRecordsItsOrigin() {
    Row c = claimAt("Chernihiv");
    assertThat(c.<String>getAs("origin_country")).isEqualTo("BY");
    assertThat(c.<Boolean>getAs("cross_border")).isTrue();
    assertThat(c.getAs("event_date").toString()).as("on 22 May").isEqualTo("2023-05-22");
  }

  @Test
  void everyCrossBorderClaimHasABasisAndTheStatsCountByIt() {
    assertThat(sql("SELECT claim_id FROM phenomena_claims WHERE cross_border <> (cross_border_basis IS NOT NULL)"))
        .as("a basis exactly for the cross-border claims").isEmpty();
    assertThat(claimAt("Chernihiv").<String>getAs("cross_border_basis")).as("fired from Belarus").isEqualTo("ORIGIN");
    assertThat(claimAt("Shebekino").<String>getAs("cross_border_basis")).as("from the Kharkiv region")
        .isEqualTo("ORIGIN");
    assertThat(claimAt("Belgorod", "shot down").<String>getAs("cross_border_basis"))
        .as("a drone brought down over the border area").isEqualTo("AIRSPACE");
    Row kupiansk = claimAt("Kupiansk");
    assertThat(kupiansk.<Boolean>getAs("cross_border")).as("Kupiansk is %s km from Russia, beyond the fire distance",
        kupiansk.<Double>getAs("border_distance_km")).isFalse();
    spark.read().parquet(tmp.resolve("out/stats_cross_border_daily").toString())
        .createOrReplaceTempView("phenomena_stats");
    assertThat(sql("SELECT SUM(n_incidents) FROM phenomena_stats WHERE cross_border_basis = 'ORIGIN'").get(0)
        .<Long>getAs(0)).as("incidents with a named origin").isGreaterThanOrEqualTo(2L);
    assertThat(sql("SELECT * FROM phenomena_stats WHERE cross_border_basis IS NULL")).as("no stats row without a basis")
        .isEmpty();
  }

  @Test
  void everyPlaceIsAMentionWithOffsetsIntoTheArticleText() {
    List<Row> calm = sql("SELECT m.text, substring(a.text, m.begin + 1, m.end - m.begin) AS at_offsets, m.country_code "
        + "FROM phenomena_mentions m JOIN phenomena_articles a USING (article_id) "
        + "WHERE a.input_id = 'calm' AND m.kind = 'LOCATION' ORDER BY m.begin");
    assertThat(calm).as("%s", calm).extracting(r -> r.getString(0)).containsExactly("Sumy", "Kharkiv");
    assertThat(calm).allSatisfy(r -> assertThat(r.getString(1)).isEqualTo(r.getString(0)));
    assertThat(calm).extracting(r -> r.getString(2)).containsOnly("UA");
    assertThat(sql("SELECT count(*) FROM phenomena_claims c JOIN phenomena_articles a USING (article_id) "
        + "WHERE a.input_id = 'calm'").get(0).getLong(0)).as("no trigger, no claim").isZero();
  }

  private static List<Row> claimsOf(String inputId) {
    return sql("SELECT c.location_text, c.location_name, c.predicate FROM phenomena_claims c "
        + "JOIN phenomena_articles a USING (article_id) WHERE a.input_id = '%s' "
        + "ORDER BY c.evidence_begin, c.location_text",
        inputId);
  }

  @Test
  void aWeaponNameBeforeATownIsNotPartOfItsName() {
    assertThat(claimsOf("wire")).as("%s", claimsOf("wire"))
        .anySatisfy(r -> assertThat(r.getString(1)).as("resolved town").isEqualTo("Kupiansk"))
        .noneSatisfy(r -> assertThat(r.getString(0)).contains("Grad"));
  }

  @Test
  void listedTownsAreEachAPlaceOfTheEventAndTheirRegionIsNot() {
    List<Row> claims = claimsOf("wire");
    assertThat(claims).as("%s", claims).filteredOn(r -> r.getString(2).equals("evacuated"))
        .extracting(r -> r.getString(1))
        .as("Glushkovo is a town of the list though a district has its name; Kursk region only says where Lgov is")
        .containsExactlyInAnyOrder("Tyotkino", "Glushkovo", "Rylsk", "Sudzha", "Lgov");
    assertThat(claims).as("'were killed' counts casualties, it is no event of its own")
        .noneSatisfy(r -> assertThat(r.getString(0)).isEqualTo("Hlukhiv"));
  }

  @Test
  void theRegionAfterAPlaceOnlySaysWhereItIsEvenWhenThePlaceIsUnknownOrNoPlace() {
    List<Row> claims = claimsOf("wire");
    assertThat(claims).as("%s", claims).filteredOn(r -> r.getString(0).equals("Zelena Roshcha")).hasSize(1);
    assertThat(claims).as("Sumy region qualifies the unknown village").noneSatisfy(r ->
        assertThat(r.getString(0)).isEqualTo("Sumy"));
    assertThat(claims).as("'Militia in Luhansk' is no place in a region: Luhansk is where")
        .anySatisfy(r -> assertThat(r.getString(0)).isEqualTo("Luhansk"));
  }

  @Test
  void aPartBeforeThePlaceItBelongsToIsWhereUnlessTheGazetteerPutItElsewhere() {
    List<Row> claims = claimsOf("wire");
    assertThat(claims).as("%s", claims).filteredOn(r -> r.getString(2).equals("entered"))
        .extracting(r -> r.getString(0)).as("the district, not the whole region").containsExactly("Sudzha");
    assertThat(claims).filteredOn(r -> r.getString(2).equals("shelled") && r.getString(0).equals("Konotop"))
        .as("the Desna the gazetteer knows lies in Chernihiv Oblast, not in Konotop").hasSize(1);
    assertThat(claims).as("a region naming the speaker's office is no place of the event")
        .noneSatisfy(r -> assertThat(r.getString(0)).isIn("Desna", "Chernihiv"));
  }
}
