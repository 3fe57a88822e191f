package org.borderwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String EVIL = "<script>alert(\"x\")</script> O'Brien & \"Sons\"";

  private static final ReportData.MapPoint POINT =
      new ReportData.MapPoint(50.5, 35.6, "INCURSION", EVIL, 3, true, List.of(EVIL), "RU", List.of("UA"));

  private static ReportData data() {
    LocalDate d = LocalDate.of(2024, 3, 11);
    return new ReportData(
        new ReportData.Summary(3, 2, 1, 7, d, d.plusDays(7), "/out/<dir>"),
        List.of(new ReportData.PairCount("UA → RU", d, 2), new ReportData.PairCount(EVIL, d.plusDays(7), 1)),
        List.of(POINT),
        List.of(new ReportData.Theatre(EVIL, 49.5, 51.5, 34.5, 37.0,
            List.of(new ReportData.Outline("RU", List.of(new double[] {35, 50, 37, 50, 37, 51.5, 35, 51.5, 35, 50}), 36, 51)),
            List.of("RU", "UA"), List.of(new double[] {35, 50, 37, 50}), List.of(POINT))),
        new CrossBorderViews(List.of(new CrossBorderViews.Cell("INCURSION", "STATED", true, "0-5", 1),
            new CrossBorderViews.Cell("AIR_DRONE", "DISTANCE", false, null, 1))),
        List.of(new ReportData.Region(1, "RU", EVIL, 2, 3, 1)),
        List.of(new ReportData.CountryContest("RU", 3, 1)),
        List.of(new ReportData.Claimant(EVIL, "RU", 4, 1, 3, 2, 0.5)),
        List.of(new ReportData.ContestedIncident(d, EVIL, "Battles", "WHO_ACTED", List.of(EVIL, "RVC"), List.of(EVIL), 3)));
  }

  @Test
  void escapesEveryDatum() {
    String html = HtmlReport.render(data());

    assertThat(html).as("no markup from data").doesNotContain("<script").doesNotContain("O'Brien").doesNotContain("\"Sons\"");
    assertThat(html).as("escaped text present").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Sons&quot;");
  }

  @Test
  void isSelfContained() {
    String html = HtmlReport.render(data());

    assertThat(html).as("nothing fetched").doesNotContainPattern("(?i)<(script|link|img|iframe)\\b")
        .doesNotContainPattern("(?i)(src|href)\\s*=").doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void everyChartComesWithItsTable() {
    String html = HtmlReport.render(data());

    assertThat(html.split("<svg", -1)).as("charts: pairs, one map, bases, distances, regions, contested share, "
        + "claimants").hasSize(8);
    assertThat(html.split("<table>", -1)).as("one table per chart plus contested incidents").hasSize(9);
  }

  @Test
  void mapPointsSayWhatTheyAreOnHover() {
    String html = HtmlReport.render(data());

    assertThat(html).as("the point's title: place, date, type, claims, claimants, contested")
        .contains("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Sons&quot; &mdash; 3 claims by "
            + "&lt;script&gt;")
        .contains("&mdash; contested</title>");
    assertThat(html).as("a missing distance has its own bar").contains("no distance");
  }

  @Test
  void basisTableHasAColumnPerBasisPresentAndTheStrictAndBroadTotals() {
    Document doc = Jsoup.parse(HtmlReport.render(data()));
    Element bases = doc.select("h2:contains(strict and broad views) ~ details table").first();

    assertThat(bases.select("thead th").eachText()).as("bases present, then the two views")
        .containsExactly("kind", "STATED", "DISTANCE", "strict view", "broad view");
    assertThat(bases.select("tbody tr").eachText()).as("one row per kind, then every kind")
        .containsExactly("INCURSION 1 0 1 1", "AIR_DRONE 0 1 0 1", "all kinds 1 1 1 2");
    assertThat(doc.select(".kpi").eachText()).as("headline figures name both views")
        .contains("2cross-border, broad view", "1cross-border, strict view");
  }

  @Test
  void emptyTablesRenderAnExplanation() {
    String html = HtmlReport.render(new ReportData(new ReportData.Summary(0, 0, 0, 0, null, null, "/out"),
        List.of(), List.of(), List.of(), CrossBorderViews.empty(), List.of(), List.of(), List.of(), List.of()));

    assertThat(html).contains("No incidents.").contains("no rows").contains("No incident has coordinates.");
  }
}
