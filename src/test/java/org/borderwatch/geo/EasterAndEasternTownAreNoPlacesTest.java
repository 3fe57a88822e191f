package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.found;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * News: "Zelenskiy says Easter attacks …" put the attacks in a town named Easter, and the headline "Ukraine Battles
 * for Eastern Town" in Saudi Arabia's Eastern Province. A holiday is no place, and a common word before a town's noun
 * describes a town, it names none; "the Eastern Province" is still a name.
 */
class EasterAndEasternTownAreNoPlacesTest {
  private GeoNamesKnowledge k;

  @BeforeEach
  void load(@TempDir Path dir) {
    k = new SmallGazetteer()
        .place(1, "Easter", 40.1, -89.1, "PPL", "US", "IL", "", 2_000)
        .place(2, "Kramatorsk", 48.72, 37.56, "PPLA2", "UA", "05", "", 150_000)
        .admin1("US.IL", "Illinois", 101).admin1("SA.06", "Eastern Province", 102).admin1("UA.05", "Donetsk", 103)
        .country("US", "United States", 6252001, "CA,MX").country("SA", "Saudi Arabia", 102358, "")
        .country("UA", "Ukraine", 690791, "")
        .load(dir);
  }

  @Test
  void aHolidayIsNoPlace() {
    assertThat(found(k, "The president said the Easter attacks on Kramatorsk isolate Moscow further.", "Easter"))
        .isFalse();
  }

  @Test
  void aCommonWordBeforeATownsNounNamesNoTown() {
    assertThat(found(k, "Ukraine Fights for Eastern Town as Russia Presses On", "Eastern Town")).isFalse();
    assertThat(found(k, "Gunmen attacked a checkpoint in the Eastern Province on Friday.", "Eastern Province"))
        .isTrue();
  }
}
