package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article put Kozinka in Belgorod Oblast, then resolved the bare "Kozinka" of a later list to Kozhanka in
 * Ukraine, and lost Gora-Podol after the dash.
 */
class OneSensePerArticleTest {
  private static final String TEXT = "The fighters liberated the village of Kozinka, Belgorod Oblast. Russian groups "
      + "said they hold two more villages – Kozinka and Gora-Podol – near the border.";

  @Test
  void aNameLocatedEarlierKeepsThatPlace() {
    List<ResolvedPlace> places = knowledge().parser().parse(TEXT);
    ResolvedPlace later = places.stream().filter(p -> p.text().equals("Kozinka")).skip(1).findFirst().orElseThrow();
    assertThat(later.candidates()).as("the namesake was there to fall to").extracting(Candidate::geonameId)
        .contains(KOZHANKA);
    assertThat(later.geonameId()).as("not Kozhanka").isNull();
    assertThat(later.admin1Code()).isEqualTo("RU.09");
  }

  @Test
  void aListAfterADashIsAList() {
    ResolvedPlace gora = place(TEXT, "Gora-Podol");
    assertThat(gora.admin1Code()).as("where the village listed with it lies").isEqualTo("RU.09");
  }
}
