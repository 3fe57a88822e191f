package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Africa" went to Mahdia, Tunisia (an old name of it): continents and macro-regions are entities of their own. */
class AfricaIsAContinentTest {
  @Test
  void africaIsTheContinent() {
    ResolvedPlace africa = place("Grain shipments to Africa resumed in July.", "Africa");
    assertThat(africa.geonameId()).as("not Mahdia").isEqualTo(AFRICA).isNotEqualTo(MAHDIA);
    assertThat(africa.featureCode()).isEqualTo("CONT");
    assertThat(africa.isResolved()).as("located, though in no country").isTrue();
    assertThat(africa.countryCode()).isNull();
  }

  /** LGL: "Africa" went to África, a Mexican village whose own name it is, not an alias. */
  @Test
  void africaIsTheContinentBeforeAVillageOfThatName(@TempDir Path dir) {
    GeoNamesKnowledge k = new SmallGazetteer()
        .place(1, "África", 20.1, -97.9, "PPL", "MX", "21", "", 643)
        .admin1("MX.21", "Puebla", 101).country("MX", "Mexico", 3996063, "US")
        .load(dir);
    assertThat(SmallGazetteer.mention(k, "Aid groups working in Africa asked for more funds.", "Africa").featureCode())
        .isEqualTo("CONT");
  }

  @Test
  void theMiddleEastIsAMacroRegion() {
    ResolvedPlace region = place("Tensions rose across the Middle East after the strike.", "Middle East");
    assertThat(region.featureCode()).isEqualTo("RGN");
    assertThat(region.latitude()).as("a point near its middle").isBetween(20.0, 40.0);
  }
}
