package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.geo.TestPlaces.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The Globe and Mail" went to Globe, Arizona: publications, apps and organisations are not event places. */
class GlobeAndMailIsNotAPlaceTest {
  @Test
  void aNewspaperIsNoPlace() {
    assertThat(knowledge().parser().parse("The Globe and Mail reported the fighting in Kharkiv on Telegram."))
        .as("only Kharkiv").extracting(ResolvedPlace::text).containsExactly("Kharkiv");
  }

  @Test
  void aPlaceNamingAnOrganisationIsKeptAsItsOrganisation() {
    ResolvedPlace boston = place("Reporters of the Boston Herald were turned back.", "Boston");
    assertThat(boston.role()).as("the place the paper is of, not where it happened").isEqualTo(PlaceRole.ORGANISATION);
    assertThat(place("Students of the University of Kharkiv left.", "Kharkiv").role())
        .isEqualTo(PlaceRole.ORGANISATION);
  }
}
