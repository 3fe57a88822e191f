package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.mention;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wikipedia: the articles on the fighting around Avdiivka and Vuhledar put Pisky, Vodiane and Pavlivka, villages of
 * the Donetsk front that cities500 lacks, at their namesakes in the Mykolaiv, Zaporizhzhia and Odesa regions, 200 to
 * 500 km away. A small village far from every place an article with a theatre can only mean, in a region none of
 * them is in, stays unresolved; with no theatre, or near a place the article names, it resolves.
 */
class PiskyNearAvdiivkaIsNotInMykolaivTest {
  private static final String FRONT = "Russian forces attacked Avdiivka and Marinka west of Donetsk, and shelled "
      + "Krasnohorivka. ";
  private GeoNamesKnowledge k;

  @BeforeEach
  void load(@TempDir Path dir) {
    k = new SmallGazetteer()
        .place(1, "Donetsk", 48.02, 37.80, "PPLA", "UA", "05", "", 900_000)
        .place(2, "Avdiivka", 48.14, 37.74, "PPL", "UA", "05", "", 31_000)
        .place(3, "Marinka", 47.94, 37.50, "PPL", "UA", "05", "", 9_000)
        .place(4, "Krasnohorivka", 48.00, 37.51, "PPL", "UA", "05", "", 16_000)
        .place(5, "Pisky", 47.41, 31.95, "PPL", "UA", "16", "", 960)
        .place(6, "Mykolaiv", 46.97, 32.00, "PPLA", "UA", "16", "", 480_000)
        .place(7, "Kyiv", 50.45, 30.52, "PPLC", "UA", "12", "", 2_900_000)
        .admin1("UA.05", "Donetsk", 101).admin1("UA.16", "Mykolaiv", 102).admin1("UA.12", "Kyiv City", 103)
        .country("UA", "Ukraine", 690791, "")
        .load(dir);
  }

  @Test
  void aVillageFarFromTheTheatreStaysUnresolved() {
    assertThat(mention(k, FRONT + "On Monday separatist troops captured Pisky.", "Pisky").place()).isNull();
    assertThat(SmallGazetteer.fired(k, FRONT + "On Monday separatist troops captured Pisky.", "FarVillagePass"))
        .isPositive();
  }

  @Test
  void withNoTheatreOrNearANamedPlaceTheVillageResolves() {
    assertThat(mention(k, "Officials in Kyiv said troops captured Pisky.", "Pisky").countryCode()).isEqualTo("UA");
    assertThat(mention(k, FRONT + "Shells also hit Mykolaiv, and troops captured Pisky.", "Pisky").place())
        .as("the article names a place near it").isNotNull();
  }
}
