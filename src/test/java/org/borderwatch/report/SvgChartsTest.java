package org.borderwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

  @Test
  void graticuleStaysReadableFromOneRegionToAContinent() {
    assertThat(SvgCharts.graticuleStep(3)).as("one oblast").isEqualTo(1);
    assertThat(SvgCharts.graticuleStep(20)).as("Ukraine and its neighbours").isEqualTo(2);
    assertThat(SvgCharts.graticuleStep(60)).as("Eastern Europe to Central Africa").isEqualTo(5);
    assertThat(SvgCharts.graticuleStep(130)).as("Congo to Yakutia").isEqualTo(20);
  }

  @Test
  void pointAreaGrowsWithClaimsUpToACap() {
    assertThat(SvgCharts.radius(4)).as("4 claims").isGreaterThan(SvgCharts.radius(1));
    assertThat(SvgCharts.radius(10_000)).as("capped").isEqualTo(SvgCharts.radius(1_000_000));
  }

  @Test
  void southernAndWesternDegreesAreLabelledSo() {
    List<ReportData.MapPoint> points = List.of(
        new ReportData.MapPoint(-1.7, -1.6, "CROSS_BORDER_FIRE", "south-west", 2, false, List.of(), "AA", List.of("BB")),
        new ReportData.MapPoint(1.4, 1.3, null, "north-east", 1, false, List.of(), "AA", List.of()));
    String svg = SvgCharts.map("map", new ReportData.Theatre("AA", -2.3, 2.0, -2.2, 1.9, List.of(), List.of(),
        List.of(), points));
    // the degree sign is written as an entity
    assertThat(svg).contains(">1&deg;S<", ">1&deg;W<", ">1&deg;N<", ">1&deg;E<").doesNotContain(">-1&deg;");
  }
}
