package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.mention;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LGL: "a Paris man … Henry County General Sessions Court" put Paris in France and Henry County in Illinois. Of the
 * Parises and Henry Counties, only the Tennessee pair shares a county.
 */
class ParisBesideHenryCountyIsInTennesseeTest {
  private static final String TEXT = "A Paris woman was charged on Friday after a crash on the bypass. Her first "
      + "hearing is set at the Henry County courthouse next week.";

  @Test
  void theTownAndTheCountyThatHoldsItFixEachOther(@TempDir Path dir) {
    GeoNamesKnowledge k = new SmallGazetteer()
        .place(1, "Paris", 48.85, 2.35, "PPLC", "FR", "11", "75", 2_100_000)
        .place(2, "Paris", 36.30, -88.33, "PPLA2", "US", "TN", "079", 10_000)
        .place(3, "Paris", 39.61, -87.70, "PPLA2", "US", "IL", "045", 8_400)
        .place(4, "Kewanee", 41.25, -89.92, "PPL", "US", "IL", "073", 12_000)
        .admin1("US.TN", "Tennessee", 101).admin1("US.IL", "Illinois", 102).admin1("FR.11", "Ile-de-France", 103)
        .admin2("US.TN.079", "Henry County", 201).admin2("US.IL.073", "Henry County", 202)
        .admin2("US.IL.045", "Edgar County", 203)
        .country("US", "United States", 6252001, "CA,MX").country("FR", "France", 3017382, "BE,DE")
        .load(dir);

    assertThat(mention(k, TEXT, "Paris").geonameId()).isEqualTo(2L);
    assertThat(mention(k, TEXT, "Henry County").admin1Code()).isEqualTo("US.TN");
    assertThat(SmallGazetteer.fired(k, TEXT, "CountyTownPass")).isPositive();
  }
}
