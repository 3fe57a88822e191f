package org.borderwatch.extract.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.BundledPlaces;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.HomeRegions;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestJob;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.FailingGeo;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractJobTest extends SparkTestBase {
  private static final String RAID = """
      Russian Volunteer Corps fighters said they liberated the villages of Kozinka and Gora-Podol on Monday.
      Belgorod governor Vyacheslav Gladkov said a sabotage group of the Ukrainian Armed Forces had entered the Graivoron district.
      He later added that a drone was shot down by local air defence over Belgorod.
      """;

  private static Dataset<Row> articles(Object[]... idAndText) {
    List<Row> rows = java.util.Arrays.stream(idAndText).map(a -> RowFactory.create(a[0], null, "https://example.org/" + a[0],
        "Example", null, a[1], Timestamp.valueOf("2023-05-23 08:00:00"), Date.valueOf("2023-05-23"), false, "en",
        ((String) a[1]).length(), "hash", 0, null, null, null, "ingest-run", "dev")).toList();
    return spark.createDataFrame(rows, Schemas.ARTICLES.struct());
  }

  private static ExtractJob.Outputs extract(Dataset<Row> articles, ExtractJob.SentenceSplitting splitting) {
    return ExtractJob.apply(spark, articles, ExtractionRules.bundled(), GeoBroadcast.of(spark, new FailingGeo()),
        HomeRegions.NONE, "run-1", splitting, 200);
  }

  @Test
  void writesClaimsAndMentionsInTheSchemasWithSparkNlpSentences() {
    ExtractJob.Outputs out = extract(articles(new Object[] {"a1", RAID}), ExtractJob.SentenceSplitting.SPARKNLP);
    assertThat(out.claims().schema()).as("claims schema").isEqualTo(Schemas.CLAIMS.struct());
    assertThat(out.mentions().schema()).as("mentions schema").isEqualTo(Schemas.MENTIONS.struct());
    List<Row> liberated = out.claims().filter(col("predicate").equalTo("liberated")).orderBy("location_text")
        .select("actor_id", "actor_country", "actor_nationality", "location_text", "location_id", "attribution",
            "cross_border_kind", "event_date", "sentence_index")
        .collectAsList();
    assertThat(liberated).as("two villages, two claims").hasSize(2);
    assertThat(liberated.get(0).toSeq().mkString("|")).as("Gora-Podol")
        // Russian citizens fighting for Ukraine's side in Russia: nothing here says they came across the border
        // (the seed article's "they entered Russia's Belgorod region" does, SeedArticleIT)
        .isEqualTo("rvc|UA|RU|Gora-Podol|" + BundledPlaces.GORA_PODOL + "|SELF_CLAIM|null|2023-05-22|0");
    assertThat(liberated.get(1).getString(3)).as("Kozinka").isEqualTo("Kozinka");
    Row drone = out.claims().filter(col("location_text").equalTo("Belgorod")).first();
    assertThat(drone.<String>getAs("claimant_id")).as("he = Gladkov").isEqualTo("ru-belgorod-governor");
    assertThat(drone.<String>getAs("cross_border_kind")).as("kind").isEqualTo("AIR_DRONE");
    assertThat(drone.<Integer>getAs("sentence_index")).as("third sentence").isEqualTo(2);
    // the mention is the name, "Graivoron"; "the Graivoron district" makes it the district, not the town
    Row evidence = out.claims().filter(col("location_id").equalTo(BundledPlaces.GRAIVORON_DISTRICT)).first();
    assertThat(evidence.<String>getAs("location_text")).as("name as written").isEqualTo("Graivoron");
    int begin = evidence.getAs("evidence_begin");
    int end = evidence.getAs("evidence_end");
    assertThat(RAID.substring(begin, end)).as("evidence offsets").isEqualTo(evidence.<String>getAs("evidence"));
    assertThat(out.mentions().filter(col("kind").equalTo("LOCATION")).count())
        .as("every place, Belgorod of 'Belgorod governor' too").isEqualTo(5);
  }

  @Test
  void everySentenceOptionYieldsTheSameClaims() {
    Dataset<Row> raid = articles(new Object[] {"a1", RAID});
    List<String> byDefault = claimKeys(extract(raid, ExtractJob.SentenceSplitting.SPARKNLP));

    assertThat(byDefault).as("claims with Spark NLP sentences: Kozinka, Gora-Podol, Graivoron, Belgorod").hasSize(4);
    assertThat(claimKeys(extract(raid, ExtractJob.SentenceSplitting.SPARKNLP_LIGHT)))
        .as("LightPipeline per partition").isEqualTo(byDefault);
    assertThat(claimKeys(extract(raid, ExtractJob.SentenceSplitting.RULES))).as("rule splitter").isEqualTo(byDefault);
  }

  private static List<String> claimKeys(ExtractJob.Outputs out) {
    return out.claims().orderBy("claim_id").select("claim_id", "sentence_index", "evidence_begin", "evidence_end")
        .collectAsList().stream().map(r -> r.toSeq().mkString("|")).toList();
  }

  @Test
  void anArticleThatMakesTheExtractorThrowBecomesARejectAndTheOthersGoOn() {
    ExtractJob.Outputs out = extract(articles(new Object[] {"ok", RAID},
        new Object[] {"bad", "Russian forces shelled " + FailingGeo.TRIGGER + " on Monday."}), ExtractJob.SentenceSplitting.RULES);
    List<Row> rejects = out.rejects().collectAsList();
    assertThat(rejects).as("one reject").hasSize(1);
    assertThat(rejects.get(0).<String>getAs("article_id")).as("article id").isEqualTo("bad");
    assertThat(rejects.get(0).<String>getAs("stage")).as("stage").isEqualTo("extract");
    assertThat(rejects.get(0).<String>getAs("detail")).as("detail").contains(FailingGeo.TRIGGER);
    assertThat(out.claims().select("article_id").distinct().collectAsList()).as("the good article")
        .extracting(r -> r.getString(0)).containsExactly("ok");
  }

  @Test
  void ingestThenExtractOnTheBundledSampleFindsTheBorderRaidTuples(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/borderwatch/sample/corpus.jsonl")) {
      Files.copy(in, corpus);
    }
    String out = dir.resolve("out").toString();
    TableStore store = new TableStore(spark, out, "snappy");
    RunContext run = RunContext.create("run", out, List.of(corpus.toString()), List.of(), BorderwatchConf.empty());
    IngestJob.run(spark, store, run, new CorpusSpec(corpus.toString(), InputFormat.JSONL, ColumnMapping.defaults()),
        RunMode.FULL);
    ExtractJob.Result result = ExtractJob.run(spark, store, run, ExtractionRules.bundled(), GeoNamesKnowledge.bundled(), RunMode.FULL);
    assertThat(result.rejected()).as("no extract rejects").isZero();
    Dataset<Row> claims = store.read(Schemas.CLAIMS)
        .join(store.read(Schemas.ARTICLES).filter(col("input_id").equalTo("s01")).select("article_id"), "article_id");
    Row kozinka = claims.filter(col("location_text").equalTo("Kozinka").and(col("predicate").equalTo("liberated")))
        .orderBy("actor_id").first();
    assertThat(kozinka.<String>getAs("actor_country")).as("acts for UA").isEqualTo("UA");
    assertThat(kozinka.<String>getAs("actor_nationality")).as("Russian members").isEqualTo("RU");
    assertThat(kozinka.<String>getAs("admin1_code")).as("Belgorod Oblast").isEqualTo("RU.09");
    assertThat(kozinka.<String>getAs("sub_event_type")).as("sub-event").isEqualTo("Non-state actor overtakes territory");
    assertThat(kozinka.<String>getAs("attribution")).as("self-claim").isEqualTo("SELF_CLAIM");
    assertThat(kozinka.<String>getAs("cross_border_kind")).as("incursion").isEqualTo("INCURSION");
    assertThat(kozinka.<Double>getAs("border_distance_km")).as("Kozinka, drawn inside Ukraine's polygon: Russia's "
        + "border a few km away, by default").isBetween(0.0, 5.0);
    Dataset<Row> withPoint = store.read(Schemas.CLAIMS).filter(col("latitude").isNotNull());
    assertThat(withPoint.filter(col("border_distance_km").isNotNull()).count())
        .as("claims with a point that get a border distance with no options").isGreaterThanOrEqualTo(
            (long) Math.ceil(0.9 * withPoint.count()));
    Row graivoron = claims.filter(col("location_text").contains("Graivoron")).first();
    assertThat(graivoron.<String>getAs("actor_country")).as("Ukrainian sabotage group").isEqualTo("UA");
    assertThat(graivoron.<String>getAs("claimant_id")).as("the governor").isEqualTo("ru-belgorod-governor");
    assertThat(graivoron.<String>getAs("attribution")).as("adversary claim").isEqualTo("ADVERSARY_CLAIM");
    Row drone = claims.filter(col("sub_event_type").equalTo("Disrupted weapons use")).first();
    assertThat(drone.<String>getAs("actor_country")).as("local air defence").isEqualTo("RU");
    assertThat(drone.<String>getAs("cross_border_kind")).as("drone").isEqualTo("AIR_DRONE");
    assertThat(drone.<String>getAs("claimant_id")).as("'the governor' is Gladkov").isEqualTo("ru-belgorod-governor");
    assertThat(drone.<String>getAs("attribution")).as("an official of the acting side").isEqualTo("SELF_CLAIM");
  }
}
