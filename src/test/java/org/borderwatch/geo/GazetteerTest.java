package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borderwatch.geo.TestPlaces.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.LongStream;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  private final GeoNamesKnowledge k = TestPlaces.knowledge();
  private final Gazetteer g = k.gazetteer();

  private long[] ids(int[] rows) {
    return java.util.stream.IntStream.of(rows).mapToLong(g::id).toArray();
  }

  @Test
  void loadsEveryWellFormedRowAndCountsTheMalformedOne() {
    LoadReport report = k.loadReport();
    assertThat(report.malformedByFile()).as("the row with latitude 'north'").containsEntry("cities.txt", 1L);
    long placeRows = LongStream.range(0, g.size()).filter(r -> g.featureClass((int) r).equals("P")).count();
    assertThat(placeRows).as("populated places from cities.txt").isEqualTo(FIXTURE_PLACE_ROWS);
    assertThat(report.version()).as("content hash").hasSize(16);
  }

  @Test
  void countriesAndRegionsFromCodeFilesBecomePlaces() {
    assertThat(ids(g.lookup("ukraine"))).as("country from countryInfo").containsExactly(UKRAINE);
    assertThat(ids(g.lookup("belgorod oblast"))).as("admin1 from admin1CodesASCII").containsExactly(BELGOROD_OBLAST);
    assertThat(ids(g.lookupRegion("belgorod"))).as("region by its short name").containsExactly(BELGOROD_OBLAST);
    int oblast = g.admin1Row("RU.09");
    assertThat(g.latitude(oblast)).as("region placed at the mean of its places").isBetween(50.4, 50.62);
  }

  @Test
  void foldsCaseDiacriticsAndCyrillic() {
    assertThat(NameFolding.fold("Белгород")).as("Cyrillic transliterated").isEqualTo(NameFolding.fold("Belgorod"));
    assertThat(NameFolding.fold("Sant Julià de Lòria")).isEqualTo("sant julia de loria");
    assertThat(NameFolding.fold("Gora-Podol")).isEqualTo("gora podol");
    assertThat(ids(g.lookup(NameFolding.fold("Харків")))).as("Ukrainian Cyrillic alternate").containsExactly(KHARKIV);
  }

  @Test
  void transliterationVariantsMeet() {
    assertThat(NameFolding.variantKey("graivoron")).as("Graivoron/Grayvoron/Gravoron")
        .isEqualTo(NameFolding.variantKey("grayvoron")).isEqualTo(NameFolding.variantKey("gravoron"));
    assertThat(NameFolding.variantKey("kharkov")).as("-ov/-iv, kh/h").isEqualTo(NameFolding.variantKey("harkiv"));
    assertThat(NameFolding.variantKey("lwow")).as("-ow/-ov").isEqualTo(NameFolding.variantKey("lvov"));
    assertThat(ids(g.lookupVariant("gravoron"))).containsExactly(GRAYVORON);
    assertThat(NameFolding.variantKey("kiev")).as("too short to match loosely").isEmpty();
  }

  @Test
  void onlyCloseVariantsCount() {
    assertThat(NameFolding.variantKey("kreminna")).as("the loose key alone would take Kreminna for Kerman")
        .isEqualTo(NameFolding.variantKey("kerman"));
    assertThat(g.lookupCloseVariant("kreminna")).as("more than two edits apart").isEmpty();
    assertThat(ids(g.lookupCloseVariant("gravoron"))).containsExactly(GRAYVORON);
  }

  @Test
  void countriesNamesDemonymsNeighboursAndBorderRegions() {
    assertThat(k.countryOf("Russians")).contains("RU");
    assertThat(k.countryOf("belarusian")).contains("BY");
    assertThat(k.countryOf("DR Congo")).contains("CD");
    assertThat(k.countryOf("Congolese")).contains("CD");
    assertThat(k.countryOf("Sudanese")).contains("SD");
    assertThat(k.countryOf("Atlantis")).isEmpty();
    assertThat(k.countryName("UA")).contains("Ukraine");
    assertThat(k.admin1Name("RU.09")).contains("Belgorod Oblast");
    assertThat(k.neighbours("RU", "UA")).as("countryInfo neighbours").isTrue();
    assertThat(k.neighbours("UA", "US")).isFalse();
    assertThat(k.isBorderRegion("RU.09", "UA")).as("Belgorod borders Ukraine").isTrue();
    assertThat(k.isBorderRegion("RU.48", "UA")).as("Moscow does not").isFalse();
  }

  @Test
  void optionsFilterFeatureClassesAndPopulation() {
    BorderwatchConf conf = BorderwatchConf.empty().with(ConfKeys.GEO_FEATURE_CLASSES, "P")
        .with(ConfKeys.GEO_MIN_POPULATION, "100000");
    GeoNamesKnowledge filtered = GeoNamesKnowledge.load(gazetteerDir(), GazetteerOptions.from(conf));
    Gazetteer f = filtered.gazetteer();
    assertThat(f.lookup("grayvoron")).as("6,212 people, under the minimum").isEmpty();
    assertThat(f.lookup("belgorod oblast")).as("admin areas not kept").isEmpty();
    assertThat(f.lookup("kyiv")).as("large city kept").hasSize(1);
    assertThat(filtered.loadReport().filtered())
        .as("Moscow ID, Grayvoron, Shebekino, Krasnohorivka, both Dmytrivkas, Vuhlehirsk, Donetsk RU, Kirovskiy, Mil, "
            + "Eu, Globe, Mahdia, Minneota, Kozhanka, Moore")
        .isEqualTo(16);
  }

  @Test
  void badOptionsNameTheKeyAndTheAllowedValues() {
    BorderwatchConf conf = BorderwatchConf.empty().with(ConfKeys.GEO_FEATURE_CLASSES, "P,Q");
    assertThatThrownBy(() -> GazetteerOptions.from(conf)).isInstanceOf(BorderwatchException.class)
        .hasMessageContaining(ConfKeys.GEO_FEATURE_CLASSES).hasMessageContaining("'Q'");
  }

  @Test
  void aFolderWithoutPlaceTableIsRejectedWithItsContents(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("countryInfo.txt"), "");
    assertThatThrownBy(() -> GeoNamesKnowledge.load(dir, GazetteerOptions.defaults()))
        .isInstanceOf(BorderwatchException.class).hasMessageContaining("no GeoNames place table")
        .hasMessageContaining("countryInfo.txt");
  }

  @Test
  void aFolderWithoutBorderRegionsStillLoads(@TempDir Path dir) throws Exception {
    for (String f : Set.of("cities.txt", "countryInfo.txt", "admin1CodesASCII.txt")) {
      Files.copy(gazetteerDir().resolve(f), dir.resolve(f));
    }
    GeoNamesKnowledge noBorders = GeoNamesKnowledge.load(dir, GazetteerOptions.defaults());
    assertThat(noBorders.gazetteer().size()).isEqualTo(g.size());
    assertThat(noBorders.version()).as("different files, different version").isNotEqualTo(k.version());
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(k);
    }
    GeoKnowledge copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (GeoKnowledge) in.readObject();
    }
    String text = "Shelling hit Kharkiv and the Belgorod region.";
    assertThat(copy.parser().parse(text)).as("same resolution after a round trip").isEqualTo(k.parser().parse(text));
  }
}
