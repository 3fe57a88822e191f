package org.borderwatch.geo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.GeoNamesParser;
import org.borderwatch.geo.TestPlaces;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge above the broadcast limit reaches executors as a file and resolves as the broadcast one does. */
class GeoBroadcastTest extends SparkTestBase {
  private static final List<String> TEXTS = List.of(
      "Shelling was reported in Kharkov and near Kozinka overnight.",
      "The mayor of Moscow, Idaho spoke on Tuesday.");

  private static List<String> resolveOnExecutors(GeoBroadcast geo, GeoNamesParser driver) {
    Dataset<String> texts = spark.createDataset(TEXTS, Encoders.STRING()).repartition(2);
    return texts.mapPartitions(new GeoKnowledgeLoaderTest.ResolveTexts(geo, new PassAccumulators(spark, driver)),
        Encoders.STRING()).collectAsList();
  }

  @Test
  void aKnowledgeAboveTheLimitGoesAsAFileAndTheFileGoesWithIt(@TempDir Path dir) throws Exception {
    GeoKnowledge knowledge = TestPlaces.knowledge();
    GeoNamesParser driver = (GeoNamesParser) knowledge.parser();
    List<String> expected = TEXTS.stream().map(t -> GeoKnowledgeLoaderTest.describe(driver.parse(t))).toList();

    GeoBroadcast small = GeoBroadcast.of(spark, knowledge, dir.toString(), Long.MAX_VALUE);
    GeoBroadcast large = GeoBroadcast.of(spark, knowledge, dir.toString(), 1024);

    assertThat(small.spilled()).isFalse();
    assertThat(large.spilled()).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".ser"))).as("one file, the large one's").hasSize(1);
    }
    assertThat(resolveOnExecutors(large, driver)).as("read from the file").containsExactlyInAnyOrderElementsOf(expected)
        .allSatisfy(s -> assertThat(s).isNotEmpty());
    assertThat(resolveOnExecutors(small, driver)).as("broadcast").containsExactlyInAnyOrderElementsOf(expected);
    large.destroy();
    small.destroy();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".ser"))).as("destroy removes the file").isEmpty();
    }
  }
}
