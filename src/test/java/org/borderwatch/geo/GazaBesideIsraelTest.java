package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.mention;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LGL: "Gaza" in stories about Israel and Egypt went to Gaza Province, Mozambique, the most prominent entry of the
 * name. A name with no candidate the story's countries can take goes to its candidate in a country bordering them.
 */
class GazaBesideIsraelTest {
  @Test
  void aNameOpenAfterTheCountryPassesGoesToTheBorderingCountry(@TempDir Path dir) {
    GeoNamesKnowledge k = new SmallGazetteer()
        .place(1, "Gaza", 31.50, 34.47, "PPLA", "PS", "GZ", "", 410_000)
        .place(2, "Xai-Xai", -25.05, 33.64, "PPLA", "MZ", "02", "", 130_000)
        .place(3, "Tel Aviv", 32.08, 34.78, "PPLA", "IL", "05", "", 430_000)
        .place(4, "Cairo", 30.06, 31.25, "PPLC", "EG", "11", "", 9_600_000)
        .admin1("PS.GZ", "Gaza Strip", 101).admin1("MZ.02", "Gaza", 102).admin1("IL.05", "Tel Aviv", 103)
        .admin1("EG.11", "Cairo", 104)
        .country("PS", "Palestinian Territory", 6254930, "JO,IL,EG").country("MZ", "Mozambique", 1036973, "ZA")
        .country("IL", "Israel", 294640, "EG,PS").country("EG", "Egypt", 357994, "IL,PS")
        .load(dir);

    String text = "Israel and Egypt reopened the crossing on Sunday. Israeli officials said the aid convoy would "
        + "reach Gaza before dark.";
    assertThat(mention(k, text, "Gaza").countryCode()).isEqualTo("PS");
    assertThat(SmallGazetteer.fired(k, text, "NeighbourCountryPass")).isPositive();
  }
}
