package org.borderwatch.geo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesParser;
import org.borderwatch.geo.GeoSettings;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.geo.TestPlaces;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/** Loads through Hadoop FileSystem, broadcasts, resolves inside mapPartitions: same answers as on the driver. */
class GeoKnowledgeLoaderTest extends SparkTestBase {
  private static final List<String> TEXTS = List.of(
      "Talks were held in Moscow, Russia on Monday.",
      "The council of Moscow, Idaho voted on Monday.",
      "Officials in Springfield met counterparts from Boston and Worcester.",
      "Fighting continued south of Krasnohorivka, Donetsk Oblast.",
      "Fighters entered the village of Kozinka in the Belgorod region.",
      "Missiles struck Kharkov and Kiev overnight.");

  /** Resolves each text with a parser built once per partition from the broadcast knowledge. */
  static final class ResolveTexts implements MapPartitionsFunction<String, String> {
    private final GeoBroadcast geo;
    private final PassAccumulators passes;

    ResolveTexts(GeoBroadcast geo, PassAccumulators passes) {
      this.geo = geo;
      this.passes = passes;
    }

    @Override
    public java.util.Iterator<String> call(java.util.Iterator<String> texts) {
      GeoNamesParser parser = (GeoNamesParser) geo.value().parser();
      List<String> out = new ArrayList<>();
      texts.forEachRemaining(t -> out.add(describe(parser.parse(t))));
      passes.add(parser.passCounts());
      return out.iterator();
    }
  }

  static String describe(List<ResolvedPlace> places) {
    StringBuilder sb = new StringBuilder();
    places.forEach(p -> sb.append(p.text()).append('@').append(p.begin()).append('=').append(p.geonameId())
        .append('/').append(p.admin1Code()).append('/').append(p.geoPrecision()).append(';'));
    return sb.toString();
  }

  @Test
  void broadcastResolutionEqualsDriverResolution() {
    GeoKnowledge knowledge = GeoKnowledgeLoader.load(spark,
        new GeoSettings(TestPlaces.gazetteerDir().toUri().toString(), null));
    assertThat(knowledge.version()).as("same files, same version").isEqualTo(TestPlaces.knowledge().version());
    GeoBroadcast geo = GeoBroadcast.of(spark, knowledge);
    Dataset<String> texts = spark.createDataset(TEXTS, Encoders.STRING()).repartition(2);
    GeoNamesParser driver = (GeoNamesParser) knowledge.parser();
    PassAccumulators passes = new PassAccumulators(spark, driver);
    List<String> onExecutors = texts.mapPartitions(new ResolveTexts(geo, passes), Encoders.STRING()).collectAsList();
    List<String> onDriver = TEXTS.stream().map(t -> describe(driver.parse(t))).toList();
    assertThat(onExecutors).as("executor results").containsExactlyInAnyOrderElementsOf(onDriver);
    assertThat(onDriver).as("non-trivial").allSatisfy(s -> assertThat(s).isNotEmpty());
    assertThat(passes.totals()).as("executor pass counts reach the driver").isEqualTo(driver.passCounts());
    geo.destroy();
  }
}
