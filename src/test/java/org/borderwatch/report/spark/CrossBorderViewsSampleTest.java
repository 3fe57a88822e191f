package org.borderwatch.report.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.explode_outer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.io.Columns.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.report.CrossBorderViews;
import org.borderwatch.testing.SampleRun;
import org.borderwatch.testing.SparkTestBase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict and broad views over the bundled sample, as {@code borderwatch run} writes it: the by-basis and
 * by-band counts of the stats tables and the report are recounted here from the claims and incidents tables,
 * incident by incident in plain Java, so a stats query that drops, splits or double-counts an incident fails.
 */
class CrossBorderViewsSampleTest extends SparkTestBase {
  /** One cross-border incident as recounted from its claims. */
  private record Recount(String incidentId, String kind, String basis, boolean strict, String band, int claims) {}

  static TableStore store;
  static List<Recount> incidents;

  @BeforeAll
  static void recountTheSample() {
    store = new TableStore(spark, SampleRun.output().toString(), "zstd");
    incidents = recount();
  }

  /**
   * Each cross-border incident's basis (the most direct of its claims' bases) and band (of its claims' smallest
   * border distance), from the claims table and the incidents' claim ids.
   */
  private static List<Recount> recount() {
    Dataset<Row> members = store.read(Schemas.INCIDENTS).filter(col(CROSS_BORDER))
        .select(col(INCIDENT_ID), col(CROSS_BORDER_KIND), col(N_CLAIMS), explode(col(CLAIM_IDS)).as(CLAIM_ID))
        .join(store.read(Schemas.CLAIMS).select(CLAIM_ID, CROSS_BORDER_BASIS, BORDER_DISTANCE_KM), CLAIM_ID);
    Map<String, List<Row>> byIncident = members.collectAsList().stream()
        .collect(Collectors.groupingBy(r -> r.getAs(INCIDENT_ID), TreeMap::new, Collectors.toList()));
    List<Recount> out = new ArrayList<>();
    byIncident.forEach((id, rows) -> {
      CrossBorderBasis basis = rows.stream().map(r -> r.<String>getAs(CROSS_BORDER_BASIS)).filter(Objects::nonNull)
          .map(CrossBorderBasis::valueOf).min(Comparator.naturalOrder()).orElse(null);
      Double km = rows.stream().map(r -> r.<Double>getAs(BORDER_DISTANCE_KM)).filter(Objects::nonNull)
          .min(Comparator.naturalOrder()).orElse(null);
      Row first = rows.get(0);
      out.add(new Recount(id, first.getAs(CROSS_BORDER_KIND), basis == null ? null : basis.name(),
          basis != null && basis != CrossBorderBasis.DISTANCE, band(km), first.<Integer>getAs(N_CLAIMS)));
    });
    return out;
  }

  /** The band of a distance, by the limits alone: 0-5, 5-25, 25-100, >100 km, lower bound inclusive. */
  private static String band(Double km) {
    if (km == null) {
      return null;
    }
    List<Double> limits = Schemas.DISTANCE_BAND_LIMITS_KM;
    int i = 0;
    while (i < limits.size() && km >= limits.get(i)) {
      i++;
    }
    return Schemas.distanceBand(i);
  }

  @Test
  void theStrictViewIsEveryBasisButDistance() {
    assertThat(CrossBorderBasis.strictNames()).as("bases the text states").containsExactly("STATED", "ORIGIN", "AIRSPACE");
  }

  @Test
  void everyCrossBorderClaimHasABasisAndNoOtherClaimHasOne() {
    Dataset<Row> claims = store.read(Schemas.CLAIMS);
    assertThat(claims.filter(col(CROSS_BORDER)).count()).as("cross-border claims in the sample").isPositive();
    assertThat(claims.filter(col(CROSS_BORDER).and(col(CROSS_BORDER_BASIS).isNull())).count())
        .as("cross-border claims without a basis").isZero();
    assertThat(claims.filter(col(CROSS_BORDER).equalTo(false).and(col(CROSS_BORDER_BASIS).isNotNull())).count())
        .as("other claims with a basis").isZero();
  }

  @Test
  void eachIncidentTakesTheMostDirectBasisOfItsClaims() {
    Map<String, String> written = new TreeMap<>();
    store.read(Schemas.INCIDENTS).filter(col(CROSS_BORDER)).select(INCIDENT_ID, CROSS_BORDER_BASIS).collectAsList()
        .forEach(r -> written.put(r.getString(0), r.getString(1)));
    Map<String, String> recounted = new TreeMap<>();
    incidents.forEach(i -> recounted.put(i.incidentId(), i.basis()));

    assertThat(written).as("incident basis as written vs recounted from its claims").isEqualTo(recounted);
  }

  @Test
  void theBasesTableCountsEachCrossBorderIncidentOnceUnderItsKindBasisAndBand() {
    Dataset<Row> bases = store.read(Schemas.STATS_CROSS_BORDER_BASES);

    assertThat(sums(bases, r -> key(r.getAs(CROSS_BORDER_KIND), r.getAs(CROSS_BORDER_BASIS), r.getAs(STRICT_VIEW),
        r.getAs(DISTANCE_BAND)), N_INCIDENTS))
        .as("incidents by kind, basis, view and band: stats_cross_border_bases vs recounted")
        .isEqualTo(count(i -> key(i.kind(), i.basis(), i.strict(), i.band())));
    assertThat(sums(bases, r -> "all", N_CLAIMS).get("all"))
        .as("claims in cross-border incidents").isEqualTo(incidents.stream().mapToLong(Recount::claims).sum());
  }

  @Test
  void theStrictViewPlusTheIncidentsInferredFromDistanceAloneIsTheBroadView() {
    CrossBorderViews views = ReportSparkAction.of(spark, store, "unused").views();
    long distanceOnly = views.ofBasis(CrossBorderBasis.DISTANCE.name());
    long broad = store.read(Schemas.INCIDENTS).filter(col(CROSS_BORDER)).count();

    assertThat(views.strict()).as("strict view: incidents with a claim of a stated basis").isPositive()
        .isEqualTo(incidents.stream().filter(Recount::strict).count());
    assertThat(distanceOnly).as("incidents every claim of which is cross-border by distance alone").isPositive()
        .isEqualTo(incidents.stream().filter(i -> "DISTANCE".equals(i.basis())).count());
    assertThat(views.strict() + distanceOnly).as("strict + distance-only").isEqualTo(views.broad());
    assertThat(views.broad()).as("broad view: every cross-border incident").isEqualTo(broad);
  }

  @Test
  void theDailyAndWeeklyTablesCountEachIncidentOnceForEachActingSideUnderItsBasis() {
    Map<String, Long> perSide = new TreeMap<>();
    store.read(Schemas.INCIDENTS).filter(col(CROSS_BORDER))
        .select(col(CROSS_BORDER_BASIS), explode_outer(col(ACTOR_COUNTRIES))).collectAsList()
        .forEach(r -> perSide.merge(key(r.getString(0)), 1L, Long::sum));
    for (TableSchema table : List.of(Schemas.STATS_CROSS_BORDER_DAILY, Schemas.STATS_CROSS_BORDER_WEEKLY)) {
      assertThat(sums(store.read(table), r -> key(r.<String>getAs(CROSS_BORDER_BASIS)), N_INCIDENTS))
          .as(table.name() + ": incidents by basis, an incident of two sides under each").isEqualTo(perSide);
    }
  }

  @Test
  void theReportShowsTheViewsByKindAndByBand(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    ReportSparkAction.of(spark, store, html.toString()).execute();
    Document doc = Jsoup.parse(Files.readString(html));
    long strict = incidents.stream().filter(Recount::strict).count();
    long broad = incidents.size();

    assertThat(doc.select(".kpi").eachText()).as("headline figures")
        .contains(broad + "cross-border, broad view", strict + "cross-border, strict view");
    List<String> basisRows = rowsUnder(doc, "Cross-border incidents by basis: strict and broad views");
    assertThat(basisRows.get(basisRows.size() - 1)).as("the basis table's total row")
        .isEqualTo("all kinds " + basisCells(i -> true) + " " + strict + " " + broad);
    for (String kind : incidents.stream().map(Recount::kind).distinct().toList()) {
      long kindStrict = incidents.stream().filter(i -> kind.equals(i.kind()) && i.strict()).count();
      long kindBroad = incidents.stream().filter(i -> kind.equals(i.kind())).count();
      assertThat(basisRows).as(kind + " row of the basis table")
          .contains(kind + " " + basisCells(i -> kind.equals(i.kind())) + " " + kindStrict + " " + kindBroad);
    }
    List<String> bandRows = new ArrayList<>();
    for (int b = 0; b <= Schemas.DISTANCE_BAND_LIMITS_KM.size(); b++) {
      String band = Schemas.distanceBand(b);
      long inBand = incidents.stream().filter(i -> band.equals(i.band())).count();
      long strictInBand = incidents.stream().filter(i -> band.equals(i.band()) && i.strict()).count();
      bandRows.add(band + " km " + strictInBand + " " + (inBand - strictInBand) + " " + inBand);
    }
    assertThat(rowsUnder(doc, "Cross-border incidents by distance to the border")).as("views by distance band")
        .startsWith(bandRows.toArray(String[]::new));
  }

  @Test
  void theKozinkaCaptureIsAStatedIncursionInTheStrictView() {
    // the seed article's day: on another (s22) Russia's defenders at Kozinka make a border-area incident
    Row kozinka = store.read(Schemas.INCIDENTS).filter(col(LOCATION_NAME).equalTo("Kozinka"))
        .filter(col(EVENT_DATE).equalTo(Date.valueOf("2023-05-22"))).first();
    assertThat(Arrays.asList(kozinka.<String>getAs(CROSS_BORDER_KIND), kozinka.<String>getAs(CROSS_BORDER_BASIS)))
        .as("the seed article's groups say they entered Russia's Belgorod region").containsExactly("INCURSION", "STATED");
  }

  /** The body rows of the table under a section heading (the maps before it make a varying number of tables). */
  private static List<String> rowsUnder(Document doc, String heading) {
    Element section = doc.select("h2").stream().filter(h -> h.text().equals(heading)).findFirst().orElseThrow();
    return section.nextElementSiblings().select("details").first().select("tbody tr").eachText();
  }

  /** The incidents per basis present among those {@code which} selects, as the basis table's cells read. */
  private static String basisCells(Predicate<Recount> which) {
    return Arrays.stream(CrossBorderBasis.values()).map(Enum::name)
        .filter(b -> incidents.stream().anyMatch(i -> b.equals(i.basis())))
        .map(b -> Long.toString(incidents.stream().filter(i -> b.equals(i.basis()) && which.test(i)).count()))
        .collect(Collectors.joining(" "));
  }

  private static Map<String, Long> sums(Dataset<Row> rows, Function<Row, String> key, String count) {
    Map<String, Long> out = new TreeMap<>();
    rows.collectAsList().forEach(r -> out.merge(key.apply(r), r.<Long>getAs(count), Long::sum));
    return out;
  }

  private static Map<String, Long> count(Function<Recount, String> key) {
    return incidents.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }

  private static String key(Object... values) {
    return Arrays.toString(values);
  }
}
