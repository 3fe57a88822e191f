package org.borderwatch.geo.borders;

import org.borderwatch.geo.GreatCircle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.borderwatch.BorderwatchException;
import org.junit.jupiter.api.Test;

/** The bundled boundaries in both views: Crimea is Ukraine's in the de-jure view, Russia's in the de-facto one. */
class BoundaryViewTest {
  static final double[] SEVASTOPOL = {44.61, 33.52};
  static final double[] SIMFEROPOL = {44.95, 34.10};
  /** The Perekop isthmus, where Natural Earth draws the line between Crimea and the Ukrainian mainland. */
  static final double[] PEREKOP = {46.16, 33.69};

  private static double km(BoundaryView view, double[] point) {
    return Boundaries.bundled(view).borderDistanceKm("UA", "RU", point[0], point[1]).orElseThrow();
  }

  @Test
  void deJureCrimeaIsFarFromAnyRussianLandBorder() {
    assertThat(km(BoundaryView.DE_JURE, SEVASTOPOL)).as("Sevastopol to the UA–RU land border near the Sea of Azov")
        .isGreaterThan(300);
    assertThat(km(BoundaryView.DE_JURE, SIMFEROPOL)).as("Simferopol").isGreaterThan(300);
  }

  @Test
  void deFactoCrimeaIsMeasuredToTheLineAtTheIsthmus() {
    assertThat(km(BoundaryView.DE_FACTO, SIMFEROPOL)).as("Simferopol to the line north of it")
        .isBetween(80.0, GreatCircle.haversineKm(SIMFEROPOL[0], SIMFEROPOL[1], PEREKOP[0], PEREKOP[1]) + 5);
    assertThat(km(BoundaryView.DE_FACTO, PEREKOP)).as("Perekop lies on it").isLessThan(10);
    assertThat(km(BoundaryView.DE_JURE, PEREKOP)).as("no line there in the de-jure view").isGreaterThan(200);
  }

  @Test
  void mainlandBorderIsTheSameInBothViews() {
    // the bundled gazetteer's point for Kozinka (rounded to 0.01°) lies inside Ukraine's polygon, as the village
    // itself does at 1:10m: it is measured to Russia's border all the same
    double[] kozinka = {50.43, 35.55};
    double deJure = Boundaries.bundled(BoundaryView.DE_JURE).borderDistanceKm("RU", kozinka[0], kozinka[1])
        .orElseThrow();
    assertThat(deJure).as("Kozinka, a Belgorod border village").isGreaterThan(0).isLessThan(5);
    assertThat(Boundaries.bundled(BoundaryView.DE_FACTO).borderDistanceKm("RU", "UA", kozinka[0], kozinka[1])
        .orElseThrow()).as("the same line in the de-facto view").isCloseTo(deJure, within(1e-9));
  }

  @Test
  void unknownViewIsRejectedWithTheAllowedSet() {
    assertThatThrownBy(() -> BoundaryView.of("neutral")).isInstanceOf(BorderwatchException.class)
        .hasMessageContaining("neutral").hasMessageContaining("de-jure or de-facto");
  }

  @Test
  void badAreaRowIsRejectedWithItsLine() {
    byte[] tsv = "# comment\nCrimea\tRU\tUA\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AreaReassignments.read(new ByteArrayInputStream(tsv), "areas.tsv"))
        .isInstanceOf(BorderwatchException.class).hasMessageContaining("areas.tsv line 2");
  }
}
