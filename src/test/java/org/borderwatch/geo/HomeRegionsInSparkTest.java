package org.borderwatch.geo;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.extract.lexicon.ExtractionRules;
import org.borderwatch.extract.spark.ExtractJob;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.geo.spark.HomeRegionsJob;
import org.borderwatch.io.Schemas;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home regions learnt where the articles lie, and extraction placing a paper's open names in its home. */
class HomeRegionsInSparkTest extends SparkTestBase {

  private static Dataset<Row> articles(List<String[]> idSourceText) {
    List<Row> rows = idSourceText.stream().map(a -> RowFactory.create(a[0], null, "https://example.org/" + a[0], a[1],
        null, a[2], Timestamp.valueOf("2024-03-20 08:00:00"), Date.valueOf("2024-03-20"), false, "en", a[2].length(),
        "hash-" + a[0], 0, null, null, null, "ingest-run", "dev")).toList();
    return spark.createDataFrame(rows, Schemas.ARTICLES.struct()).repartition(2);
  }

  @Test
  void thePapersAthensIsInGeorgiaAndTheWiresInGreece(@TempDir Path dir) {
    GeoNamesKnowledge k = LocalPaperMeansItsOwnAthensTest.gazetteer().load(dir);
    List<String[]> input = new ArrayList<>();
    List<String> courier = LocalPaperMeansItsOwnAthensTest.COURIER_ARTICLES;
    for (int i = 0; i < courier.size(); i++) {
      input.add(new String[] {"c" + i, LocalPaperMeansItsOwnAthensTest.COURIER, courier.get(i)});
    }
    input.add(new String[] {"c-open", LocalPaperMeansItsOwnAthensTest.COURIER, LocalPaperMeansItsOwnAthensTest.OPEN});
    input.add(new String[] {"w-open", LocalPaperMeansItsOwnAthensTest.WIRE, LocalPaperMeansItsOwnAthensTest.OPEN});
    input.add(new String[] {"n-open", null, LocalPaperMeansItsOwnAthensTest.OPEN});
    Dataset<Row> articles = articles(input);
    GeoBroadcast geo = GeoBroadcast.of(spark, k);
    try {
      HomeRegions homes = HomeRegionsJob.learn(articles, geo, HomeRegions.Settings.from(BorderwatchConf.empty()));
      assertThat(homes.size()).isEqualTo(1);
      assertThat(homes.homeOf(LocalPaperMeansItsOwnAthensTest.COURIER)).isEqualTo("US.GA");

      Map<String, String> athensRegion = ExtractJob.apply(spark, articles, ExtractionRules.bundled(), geo, homes,
              "run-1", ExtractJob.SentenceSplitting.RULES, 200)
          .mentions().filter(col("text").equalTo("Athens")).select("article_id", "admin1_code").collectAsList()
          .stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
      assertThat(athensRegion).containsExactlyInAnyOrderEntriesOf(
          Map.of("c-open", "US.GA", "w-open", "GR.ESYE31", "n-open", "GR.ESYE31"));
    } finally {
      geo.destroy();
    }
  }
}
