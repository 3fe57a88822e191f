package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.mention;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LGL: "Hanover" in a story that also names "Bethel, Vt." went to the Jamaican parish of Hanover. A town the story
 * has placed for sure draws an ambiguous name to its namesake nearby; a far bigger place of the name still wins.
 */
class HanoverBesideBethelTest {
  @Test
  void anAmbiguousNameGoesToItsNamesakeNearAPlacedTown(@TempDir Path dir) {
    GeoNamesKnowledge k = new SmallGazetteer()
        .place(1, "Hanover", 43.70, -72.29, "PPL", "US", "NH", "", 8_600)
        .place(2, "Lucea", 18.45, -78.17, "PPLA", "JM", "02", "", 6_000)
        .place(3, "Bethel", 43.83, -72.63, "PPL", "US", "VT", "", 2_000)
        .place(4, "Boston", 42.36, -71.06, "PPLA", "US", "MA", "", 617_000)
        .place(5, "Boston", 43.75, -72.40, "PPL", "US", "NH", "", 900)
        .admin1("US.NH", "New Hampshire", 101).admin1("US.VT", "Vermont", 102).admin1("JM.02", "Hanover", 103)
        .admin1("US.MA", "Massachusetts", 104)
        .country("US", "United States", 6252001, "CA,MX").country("JM", "Jamaica", 3489940, "")
        .load(dir);

    String text = "Police in Hanover found the couple at home. Their son drove over from Bethel, Vt., that night "
        + "and later flew to Boston.";
    assertThat(mention(k, text, "Hanover").geonameId()).isEqualTo(1L);
    assertThat(mention(k, text, "Boston").geonameId()).as("not the hamlet near Bethel").isEqualTo(4L);
    assertThat(SmallGazetteer.fired(k, text, "NearbyPlacePass")).isPositive();
  }
}
