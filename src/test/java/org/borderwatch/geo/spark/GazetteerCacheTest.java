package org.borderwatch.geo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.borderwatch.geo.GazetteerCache;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.GeoNamesParser;
import org.borderwatch.geo.TestPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built gazetteer index read back from the cache resolves as a fresh build does; a changed file misses. */
class GazetteerCacheTest {
  private static final List<String> TEXTS = List.of(
      "Talks were held in Moscow, Russia on Monday.",
      "The council of Moscow, Idaho voted on Monday.",
      "Fighters entered the village of Kozinka in the Belgorod region.",
      "Missiles struck Kharkov and Kiev overnight and hit the village of Zorivka.");
  /** A village the fixture lacks, added to its place table to change the folder. */
  private static final String ZORIVKA = "9900001\tZorivka\tZorivka\t\t50.1\t36.2\tP\tPPL\tUA\t\t07\t\t\t\t800\t\t150"
      + "\tEurope/Kyiv\t2024-01-01";

  @Test
  void aSecondLoadReadsTheIndexBackAndResolvesAsAFreshBuild(@TempDir Path dir) throws Exception {
    Path gazetteer = copyOfFixture(dir);
    GazetteerCache cache = new GazetteerCache(new HadoopGazetteerCacheStore(dir.resolve("cache").toString(),
        new Configuration()));

    GazetteerCache.Loaded first = cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults());
    GazetteerCache.Loaded second = cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults());

    assertThat(first.fromCache()).as("nothing cached yet").isFalse();
    assertThat(second.fromCache()).as("same files, same options").isTrue();
    assertThat(second.key()).isEqualTo(first.key());
    GeoNamesKnowledge fresh = GeoNamesKnowledge.load(gazetteer, GazetteerOptions.defaults());
    assertThat(resolve(second.knowledge())).as("cached resolution").isEqualTo(resolve(fresh))
        .allSatisfy(s -> assertThat(s).isNotEmpty());
    assertThat(second.knowledge().version()).as("gazetteer version").isEqualTo(fresh.version());
    assertThat(second.knowledge().gazetteer().size()).isEqualTo(fresh.gazetteer().size());
  }

  @Test
  void aChangedFileOrOptionMissesAndOnlyTheNewestEntryIsKept(@TempDir Path dir) throws Exception {
    Path gazetteer = copyOfFixture(dir);
    Path cacheDir = dir.resolve("cache");
    GazetteerCache cache = new GazetteerCache(new HadoopGazetteerCacheStore(cacheDir.toString(), new Configuration()));
    GazetteerCache.Loaded before = cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults());
    assertThat(resolve(before.knowledge()).get(3)).as("the fixture lacks Zorivka").doesNotContain("9900001");

    Files.writeString(gazetteer.resolve("cities.txt"), ZORIVKA + "\n", StandardOpenOption.APPEND);
    GazetteerCache.Loaded after = cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults());

    assertThat(after.fromCache()).as("a changed file is rebuilt").isFalse();
    assertThat(after.key()).isNotEqualTo(before.key());
    assertThat(resolve(after.knowledge()).get(3)).as("the rebuilt index has the new row").contains("Zorivka@")
        .contains("=9900001/");
    try (Stream<Path> entries = Files.list(cacheDir)) {
      assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ser"))).as("one entry")
          .containsExactly(after.key() + ".ser");
    }

    GazetteerOptions other = new GazetteerOptions(GazetteerOptions.defaults().featureClasses(), 1_000,
        GazetteerOptions.defaults().maxCandidates(), GazetteerOptions.defaults().bareNameMinPopulation(),
        GazetteerOptions.defaults().focusOverrideRatio(), GazetteerOptions.defaults().acronymMinPopulation());
    assertThat(cache.load(GazetteerFiles.directory(gazetteer), other).fromCache()).as("other options").isFalse();
  }

  @Test
  void anUnreadableEntryIsRebuilt(@TempDir Path dir) throws Exception {
    Path gazetteer = copyOfFixture(dir);
    Path cacheDir = dir.resolve("cache");
    GazetteerCache cache = new GazetteerCache(new HadoopGazetteerCacheStore(cacheDir.toString(), new Configuration()));
    String key = cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults()).key();
    Path entry = cacheDir.resolve(key + ".ser");
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    GazetteerCache.Loaded again = cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults());

    assertThat(again.fromCache()).as("a truncated entry is not used").isFalse();
    assertThat(resolve(again.knowledge())).isEqualTo(resolve(TestPlaces.knowledge()));
    assertThat(cache.load(GazetteerFiles.directory(gazetteer), GazetteerOptions.defaults()).fromCache())
        .as("and is replaced by a whole one").isTrue();
  }

  private static Path copyOfFixture(Path dir) throws Exception {
    Path copy = Files.createDirectories(dir.resolve("gazetteer"));
    try (Stream<Path> files = Files.list(TestPlaces.gazetteerDir())) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private static List<String> resolve(GeoNamesKnowledge knowledge) {
    GeoNamesParser parser = knowledge.parser();
    return TEXTS.stream().map(t -> GeoKnowledgeLoaderTest.describe(parser.parse(t))).toList();
  }
}
