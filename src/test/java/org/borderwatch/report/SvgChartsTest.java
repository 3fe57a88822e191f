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
  void southernAndWesternDegreesAreLabelledSo() {
    String svg = SvgCharts.scatter("map", List.of(
        new ReportData.MapPoint(-1.7, -1.6, "CROSS_BORDER_FIRE", "south-west", 2, false),
        new ReportData.MapPoint(1.4, 1.3, null, "north-east", 1, false)));
    // the degree sign is written as an entity
    assertThat(svg).contains(">1&deg;S<", ">1&deg;W<", ">1&deg;N<", ">1&deg;E<").doesNotContain(">-1&deg;");
  }
}
