package org.borderwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossBorderViewsTest {
  private static final CrossBorderViews VIEWS = new CrossBorderViews(List.of(
      new CrossBorderViews.Cell("CROSS_BORDER_FIRE", "DISTANCE", false, "5-25", 4),
      new CrossBorderViews.Cell("INCURSION", "STATED", true, "0-5", 3),
      new CrossBorderViews.Cell("CROSS_BORDER_FIRE", "ORIGIN", true, "5-25", 2),
      new CrossBorderViews.Cell("AIR_DRONE", "AIRSPACE", true, null, 1),
      new CrossBorderViews.Cell("INCURSION", "DISTANCE", false, "0-5", 5)));

  @Test
  void theBroadViewAddsTheIncidentsInferredFromDistanceToTheStrictOne() {
    assertThat(VIEWS.strict()).as("STATED, ORIGIN, AIRSPACE").isEqualTo(3 + 2 + 1);
    assertThat(VIEWS.broadOnly()).as("DISTANCE").isEqualTo(4 + 5);
    assertThat(VIEWS.broad()).as("every cell").isEqualTo(15);
    assertThat(VIEWS.strict("INCURSION")).as("strict incursions").isEqualTo(3);
    assertThat(VIEWS.broad("INCURSION")).as("broad incursions").isEqualTo(8);
  }

  @Test
  void kindsAndBasesReadInTheirDeclaredOrderWhateverTheRowOrder() {
    assertThat(VIEWS.kinds()).containsExactly("INCURSION", "CROSS_BORDER_FIRE", "AIR_DRONE");
    assertThat(VIEWS.bases()).containsExactly("STATED", "ORIGIN", "AIRSPACE", "DISTANCE");
    assertThat(VIEWS.incidents("CROSS_BORDER_FIRE", "STATED")).as("an empty pair").isZero();
    assertThat(VIEWS.ofBasis("DISTANCE")).isEqualTo(9);
  }

  @Test
  void everyBandIsListedAndIncidentsWithoutADistanceComeLast() {
    assertThat(VIEWS.byBand()).containsExactly(
        new CrossBorderViews.BandCount("0-5", 3, 5),
        new CrossBorderViews.BandCount("5-25", 2, 4),
        new CrossBorderViews.BandCount("25-100", 0, 0),
        new CrossBorderViews.BandCount(">100", 0, 0),
        new CrossBorderViews.BandCount(null, 1, 0));
    assertThat(CrossBorderViews.empty().byBand()).as("no incidents: empty bands, no 'no distance' bar")
        .extracting(CrossBorderViews.BandCount::band).doesNotContainNull().hasSize(4);
  }

  @Test
  void incidentsWithoutABasisHaveAColumnAndCountInTheBroadViewOnly() {
    CrossBorderViews views = new CrossBorderViews(List.of(
        new CrossBorderViews.Cell("INCURSION", null, false, "0-5", 2),
        new CrossBorderViews.Cell("INCURSION", "STATED", true, "0-5", 1)));

    assertThat(views.bases()).as("claims written without a basis").containsExactly("STATED", null);
    assertThat(Arrays.asList(views.strict(), views.broad())).containsExactly(1L, 3L);
  }
}
