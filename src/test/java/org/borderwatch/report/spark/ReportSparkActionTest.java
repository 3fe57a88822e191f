package org.borderwatch.report.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.io.Columns.CLAIM_ID;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.borderwatch.aggregate.ClaimFixture;
import org.borderwatch.aggregate.FixtureClaims;
import org.borderwatch.aggregate.spark.AggregateSparkAction;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.Ci;
import org.borderwatch.testing.SparkTestBase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report over the aggregated fixture claims. The rendering test needs Debian's {@code chromium}
 * at {@code /usr/bin/chromium}; without it, it skips, saying so, and in CI fails.
 */
class ReportSparkActionTest extends SparkTestBase {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path out;
  static Path report;
  static ReportSparkAction.Result result;

  @BeforeAll
  static void aggregateAndReport() {
    TableStore store = new TableStore(spark, out.toString(), "zstd");
    store.replace(Schemas.CLAIMS, FixtureClaims.dataFrame(spark, FixtureClaims.all()), CLAIM_ID);
    AggregateSparkAction.of(spark, store,
        RunContext.create("aggregate", out.toString(), List.of(), List.of(), BorderwatchConf.empty())).execute(RunMode.FULL);
    report = out.resolve("report.html");
    result = ReportSparkAction.of(spark, store, report.toString()).execute();
  }

  @Test
  void reportSummarisesTheTables() throws IOException {
    Document doc = Jsoup.parse(Files.readString(report));

    assertThat(result.incidents()).as("incidents summarised").isEqualTo(6);
    assertThat(doc.select("h2").eachText()).as("sections").containsExactly(
        "Cross-border incidents over time by country pair", "Incident maps by cross-border kind",
        "Cross-border incidents by basis: strict and broad views", "Cross-border incidents by distance to the border",
        "Top border regions", "Contested share", "Top claimants", "Contested incidents");
    assertThat(doc.select("script")).as("no script element").isEmpty();
    assertThat(doc.select("h3").eachText()).as("the fixture's incidents make one theatre").hasSize(1);
    assertThat(doc.select("svg").get(1).select("path")).as("country outlines drawn on the map").isNotEmpty();
    assertThat(doc.select("svg").get(1).select("text").eachText()).as("labelled countries").contains("RU", "UA");
    assertThat(doc.select("table").get(2).select("tbody tr").eachText()).as("kinds by basis (FixtureClaims)")
        .containsExactly("INCURSION 1 0 0 1 1 2", "CROSS_BORDER_FIRE 0 1 0 1 1 2", "AIR_DRONE 0 0 1 0 1 1",
            "all kinds 1 1 1 2 3 5");
    assertThat(doc.select("table").get(3).select("tbody tr").eachText()).as("views by distance band")
        .containsExactly("0-5 km 0 0 0", "5-25 km 2 2 4", "25-100 km 1 0 1", ">100 km 0 0 0");
    Element regions = doc.select("table").get(4);
    assertThat(regions.select("tbody tr").eachText()).as("border regions table")
        .containsExactly("1 RU Belgorod Oblast 4 4 1", "2 UA Sumy Oblast 1 2 1");
    assertThat(doc.select("table").get(7).text()).as("nasty actor shown as text").contains(FixtureClaims.NASTY_ACTOR);
  }

  @Test
  void aCountryLevelIncidentIsNotPlottedAtItsCountrysCentre(@TempDir Path root) throws IOException {
    ClaimFixture.Place russia = new ClaimFixture.Place("Russia", 2017370L, null, null, "RU", 60.0, 100.0, 4, null);
    TableStore store = new TableStore(spark, root.toString(), "zstd");
    store.replace(Schemas.CLAIMS, FixtureClaims.dataFrame(spark, List.of(
        ClaimFixture.claim("k1").at(ClaimFixture.BELGOROD).on(java.time.LocalDate.of(2024, 3, 13))
            .article("a1", "TASS", java.time.LocalDate.of(2024, 3, 13)).actor("Ukrainian forces", null, "UA")
            .event("Explosions/Remote violence", "Air/drone strike").crossBorder("AIR_DRONE"),
        ClaimFixture.claim("k2").at(russia).on(java.time.LocalDate.of(2024, 3, 13))
            .article("a2", "TASS", java.time.LocalDate.of(2024, 3, 13)).actor("Ukrainian forces", null, "UA")
            .event("Explosions/Remote violence", "Air/drone strike").crossBorder("AIR_DRONE"))), CLAIM_ID);
    AggregateSparkAction.of(spark, store, RunContext.create("aggregate", root.toString(), List.of(), List.of(),
        BorderwatchConf.empty())).execute(RunMode.FULL);
    Path html = root.resolve("report.html");
    ReportSparkAction.of(spark, store, html.toString()).execute();

    Document doc = Jsoup.parse(Files.readString(html));
    Element points = doc.select("table").get(1);
    assertThat(points.select("tbody tr").eachText()).as("map points").hasSize(1)
        .allSatisfy(row -> assertThat(row).startsWith("Belgorod"));
  }

  @Test
  void aRegionWithoutANameShowsItsCodeOrUnknownRegion() {
    assertThat(ReportSparkAction.regionLabel(null, "RU.09")).as("code").isEqualTo("RU.09");
    assertThat(ReportSparkAction.regionLabel(null, null)).as("neither name nor code").isEqualTo("unknown region");
    assertThat(ReportSparkAction.regionLabel("Belgorod Oblast", "RU.09")).as("name").isEqualTo("Belgorod Oblast");
  }

  @Test
  void chromiumShowsHeadingsTablesAndNoScriptFromData() throws Exception {
    Ci.assumeOrFailInCi(Files.isExecutable(CHROMIUM), "/usr/bin/chromium not installed (apt-get install -y chromium): "
        + "the rendering in a browser is unchecked; the report is still checked by reportSummarisesTheTables");
    Path profile = Files.createTempDirectory("chromium-profile");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--dump-dom", report.toUri().toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] dom = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    Document rendered = Jsoup.parse(new String(dom, StandardCharsets.UTF_8));

    assertThat(rendered.select("h1").text()).as("title").isEqualTo("borderwatch: cross-border incidents");
    assertThat(rendered.select("h2")).as("eight sections").hasSize(8);
    assertThat(rendered.select("svg")).as("seven charts: one map").hasSize(7);
    assertThat(rendered.select("script")).as("the DOM holds no script element, though an actor's name contains one")
        .isEmpty();
    assertThat(rendered.select("table").get(7).select("tbody tr")).as("contested incidents rows").hasSize(2);
    assertThat(rendered.body().text()).as("the name reads as text").contains(FixtureClaims.NASTY_ACTOR)
        .contains(FixtureClaims.NASTY_CLAIMANT);
  }
}
