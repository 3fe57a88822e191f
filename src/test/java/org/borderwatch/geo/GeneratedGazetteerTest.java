package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.borderwatch.bench.GazetteerScaleBench;
import org.borderwatch.bench.GeoNamesGenerator;
import org.borderwatch.geo.spark.HadoopGazetteerCacheStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact index over a generated GeoNames dump: every row read back as written and found by its names. */
class GeneratedGazetteerTest {
  private static final GazetteerOptions OPTIONS = new GazetteerOptions(Set.of("P", "A", "L", "H", "S"), 0,
      GazetteerOptions.defaults().maxCandidates(), GazetteerOptions.defaults().bareNameMinPopulation(),
      GazetteerOptions.defaults().focusOverrideRatio(), GazetteerOptions.defaults().acronymMinPopulation());

  @TempDir static Path dir;
  private static Path dump;
  private static Gazetteer gazetteer;
  private static Map<Long, Integer> rowOfId;

  @BeforeAll
  static void load() throws IOException {
    dump = dir.resolve("dump");
    new GeoNamesGenerator(9).write(dump, 6_000, 7_000);
    gazetteer = GeoNamesKnowledge.load(GazetteerFiles.directory(dump), OPTIONS).gazetteer();
    rowOfId = new HashMap<>();
    IntStream.range(0, gazetteer.size()).forEach(r -> rowOfId.put(gazetteer.id(r), r));
  }

  private static List<String[]> rows(String file) throws IOException {
    return Files.readAllLines(dump.resolve(file), StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1))
        .toList();
  }

  @Test
  void everyKeptRowReadsBackAsWritten() throws IOException {
    int kept = 0;
    for (String[] c : rows(GeoNamesGenerator.PLACES_FILE)) {
      Integer row = rowOfId.get(Long.parseLong(c[0]));
      assertThat(row != null).as("kept by class " + c[6]).isEqualTo(OPTIONS.featureClasses().contains(c[6]));
      if (row == null) {
        continue;
      }
      kept++;
      Place p = gazetteer.place(row);
      String admin1 = c[10].equals("00") ? null : c[8] + "." + c[10];
      assertThat(List.of(p.name(), p.asciiName(), p.featureClass(), p.featureCode(), p.countryCode()))
          .containsExactly(c[1], c[2], c[6], c[7], c[8]);
      assertThat(p.admin1Code()).isEqualTo(admin1);
      assertThat(p.admin2Code()).isEqualTo(admin1 == null || c[11].isEmpty() ? null : admin1 + "." + c[11]);
      assertThat(p.latitude()).isCloseTo(Double.parseDouble(c[4]), org.assertj.core.data.Offset.offset(1e-4));
      assertThat(p.population()).isEqualTo(Long.parseLong(c[14]));
    }
    assertThat(kept).isGreaterThan(5_000);
  }

  @Test
  void everyRowIsFoundByItsNameAndOnlyByNamesItHas() throws IOException {
    for (String[] c : rows(GeoNamesGenerator.PLACES_FILE)) {
      Integer row = rowOfId.get(Long.parseLong(c[0]));
      if (row == null) {
        continue;
      }
      String key = NameFolding.fold(c[1]);
      if (key.length() < 2) {
        continue; // too short to index, as a two-letter Arabic name folds to one letter
      }
      int[] found = gazetteer.lookup(key);
      assertThat(found).as(c[1]).contains(row);
      assertThat(found).as("most prominent first").isSortedAccordingTo(
          (a, b) -> Double.compare(gazetteer.prominence(b), gazetteer.prominence(a)));
      if (!NameFolding.variantKey(key).isEmpty()) {
        assertThat(gazetteer.lookupVariant(key)).as("variant of " + c[1]).contains(row);
      }
    }
    assertThat(gazetteer.lookup("no such place anywhere")).isEmpty();
  }

  @Test
  void cyrillicAlternateNamesFindTheirPlace() throws IOException {
    List<String[]> russian = new ArrayList<>();
    for (String[] c : rows(GeoNamesGenerator.ALTERNATE_NAMES_FILE)) {
      if (c[2].equals("ru") && rowOfId.containsKey(Long.parseLong(c[1]))) {
        russian.add(c);
      }
    }
    assertThat(russian).hasSizeGreaterThan(50);
    for (String[] c : russian) {
      assertThat(gazetteer.lookup(NameFolding.fold(c[3]))).as(c[3]).contains(rowOfId.get(Long.parseLong(c[1])));
    }
  }

  @Test
  void theBenchReadsTheIndexBackFromTheCache() throws IOException {
    GazetteerScaleBench.Result result = GazetteerScaleBench.run(GazetteerFiles.directory(dump), OPTIONS,
        new HadoopGazetteerCacheStore(dir.resolve("cache").toString(), new Configuration()), line -> { });
    assertThat(result.cacheLoad().name()).isEqualTo("cache load");
    assertThat(result.places()).isEqualTo(gazetteer.size());
    assertThat(result.names()).isEqualTo(gazetteer.nameCount());
    GazetteerCache.Loaded cached = new GazetteerCache(new HadoopGazetteerCacheStore(dir.resolve("cache").toString(),
        new Configuration())).load(GazetteerFiles.directory(dump), OPTIONS);
    assertThat(cached.fromCache()).isTrue();
    Gazetteer read = cached.knowledge().gazetteer();
    for (int r = 0; r < gazetteer.size(); r += 97) {
      String key = NameFolding.fold(gazetteer.name(r));
      assertThat(read.place(r)).isEqualTo(gazetteer.place(r));
      assertThat(read.lookup(key)).containsExactly(gazetteer.lookup(key));
      assertThat(read.lookupVariant(key)).containsExactly(gazetteer.lookupVariant(key));
    }
  }
}
