package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.SmallGazetteer.found;
import static org.borderwatch.geo.SmallGazetteer.mention;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LGL: "North Texas", "Central Pennsylvania" lost the state: "North Texas" is no gazetteer name, and Texas after a
 * capitalised word was read as the inside of a longer name. A compass word before a known name is a part of that
 * place; a name the gazetteer has whole ("North Carolina") stays whole.
 */
class NorthTexasIsTexasTest {
  @Test
  void aCompassWordBeforeAStateIsPartOfTheState(@TempDir Path dir) {
    GeoNamesKnowledge k = new SmallGazetteer()
        .place(1, "Dallas", 32.78, -96.80, "PPLA2", "US", "TX", "", 1_300_000)
        .place(2, "Raleigh", 35.77, -78.64, "PPLA", "US", "NC", "", 470_000)
        .admin1("US.TX", "Texas", 4736286).admin1("US.NC", "North Carolina", 4482348)
        .country("US", "United States", 6252001, "CA,MX")
        .load(dir);

    assertThat(mention(k, "The family moved to North Texas in 1990.", "Texas").admin1Code()).isEqualTo("US.TX");
    assertThat(found(k, "The family moved to North Carolina in 1990.", "North Carolina")).isTrue();
    assertThat(SmallGazetteer.fired(k, "Storms crossed North Texas.", PlaceMentionFinder.COMPASS_PART)).isPositive();
  }
}
