package org.borderwatch.report.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.borderwatch.io.Columns.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.borderwatch.BorderwatchException;
import org.borderwatch.geo.borders.AreaReassignments;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.BoundaryOptions;
import org.borderwatch.geo.borders.BoundaryView;
import org.borderwatch.geo.borders.CountryPolygons;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.report.CrossBorderViews;
import org.borderwatch.report.HtmlReport;
import org.borderwatch.report.MapTheatres;
import org.borderwatch.report.ReportData;

/**
 * The report job: reads {@code incidents} and the {@code stats_*} tables, brings small aggregates
 * (each bounded by a limit below) to the driver, renders {@link HtmlReport} and writes one file.
 */
public final class ReportSparkAction {
  /** Country pairs drawn over time. */
  static final int TOP_PAIRS = 6;
  /** Incident points on the map: the ones with most claims. */
  static final int MAX_POINTS = 3000;
  /** {@code geo_precision} of a place known only by its country. */
  static final int COUNTRY_PRECISION = 4;
  static final int TOP_REGIONS = 15;
  static final int TOP_COUNTRIES = 12;
  static final int TOP_CLAIMANTS = 15;
  static final int TOP_CONTESTED = 20;

  private final SparkSession spark;
  private final TableStore store;
  private final String reportPath;
  private final BoundaryView view;

  private ReportSparkAction(SparkSession spark, TableStore store, String reportPath, BoundaryView view) {
    this.spark = spark;
    this.store = store;
    this.reportPath = reportPath;
    this.view = view;
  }

  /** The report with maps drawn on the bundled boundaries in the default (de-jure) view. */
  public static ReportSparkAction of(SparkSession spark, TableStore store, String reportPath) {
    return new ReportSparkAction(spark, store, reportPath, BoundaryOptions.defaults().view());
  }

  /** The same report with maps drawn in {@code boundaryView}. */
  public ReportSparkAction drawnIn(BoundaryView boundaryView) {
    return new ReportSparkAction(spark, store, reportPath, boundaryView);
  }

  /** Where the report went and how big it is. */
  public record Result(String path, long bytes, long incidents, double seconds) {}

  public Result execute() {
    long start = System.nanoTime();
    for (TableSchema t : List.of(Schemas.INCIDENTS, Schemas.STATS_BORDER_REGIONS, Schemas.STATS_CLAIMANTS,
        Schemas.STATS_CROSS_BORDER_BASES)) {
      if (!store.exists(t)) {
        throw new BorderwatchException("report needs the " + t.name() + " table at " + store.pathOf(t)
            + " (run aggregate first)");
      }
    }
    spark.sparkContext().setJobDescription("report: aggregate tables for " + reportPath);
    try {
      ReportData data = collect();
      byte[] html = HtmlReport.render(data).getBytes(StandardCharsets.UTF_8);
      write(html);
      return new Result(reportPath, html.length, data.summary().incidents(), (System.nanoTime() - start) / 1e9);
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }

  ReportData collect() {
    Dataset<Row> incidents = store.read(Schemas.INCIDENTS);
    List<ReportData.MapPoint> points = points(incidents);
    List<ReportData.Theatre> theatres = MapTheatres.of(points,
        view.draw(CountryPolygons.bundled(), AreaReassignments.bundled()), Boundaries.bundled(view));
    return new ReportData(summary(incidents), pairsOverTime(incidents), points, theatres, views(),
        regions(), contestedByCountry(incidents), claimants(), contestedIncidents(incidents));
  }

  private ReportData.Summary summary(Dataset<Row> incidents) {
    Row r = incidents.agg(count(lit(1)), sum(when(col(CROSS_BORDER), 1L).otherwise(0L)),
        sum(when(col(CONTESTED), 1L).otherwise(0L)), sum(col(N_CLAIMS)), min(col(EVENT_DATE)), max(col(EVENT_DATE))).first();
    return new ReportData.Summary(r.getLong(0), longOrZero(r, 1), longOrZero(r, 2), longOrZero(r, 3),
        r.isNullAt(4) ? null : r.getDate(4).toLocalDate(), r.isNullAt(5) ? null : r.getDate(5).toLocalDate(),
        store.root());
  }

  private List<ReportData.PairCount> pairsOverTime(Dataset<Row> incidents) {
    Dataset<Row> pairs = incidents.filter(col(CROSS_BORDER))
        .withColumn(ACTOR_COUNTRY, explode_outer(col(ACTOR_COUNTRIES)))
        .withColumn("pair", concat_ws(" → ", coalesce(col(ACTOR_COUNTRY), lit("?")), coalesce(col(COUNTRY_CODE), lit("?"))));
    List<String> top = pairs.groupBy("pair").count().orderBy(col("count").desc(), col("pair")).limit(TOP_PAIRS)
        .collectAsList().stream().map(r -> r.getString(0)).toList();
    if (top.isEmpty()) {
      return List.of();
    }
    return pairs.filter(col("pair").isin(top.toArray()))
        .groupBy(col("pair"), date_trunc("week", col(EVENT_DATE)).cast("date").as("week"))
        .count().orderBy(col("pair"), col("week")).collectAsList().stream()
        .map(r -> new ReportData.PairCount(r.getString(0), r.getDate(1).toLocalDate(), r.getLong(2)))
        .sorted(java.util.Comparator.comparing((ReportData.PairCount p) -> top.indexOf(p.pair()))
            .thenComparing(ReportData.PairCount::week))
        .toList();
  }

  private List<ReportData.MapPoint> points(Dataset<Row> incidents) {
    // a country-level incident has only its country's centre: a point there would look like a place
    return incidents.filter(col(LATITUDE).isNotNull().and(col(LONGITUDE).isNotNull())
            .and(col(GEO_PRECISION).isNull().or(col(GEO_PRECISION).lt(COUNTRY_PRECISION))))
        .orderBy(col(N_CLAIMS).desc(), col(EVENT_DATE), col(INCIDENT_ID)).limit(MAX_POINTS)
        .select(col(LATITUDE), col(LONGITUDE), col(CROSS_BORDER_KIND),
            coalesce(col(LOCATION_NAME), col(ADMIN1_NAME), lit("unknown place")), col(EVENT_DATE), col(EVENT_TYPE),
            col(N_CLAIMS), col(CONTESTED), col(CLAIMANTS), col(COUNTRY_CODE), col(ACTOR_COUNTRIES))
        .collectAsList().stream()
        .map(r -> new ReportData.MapPoint(r.getDouble(0), r.getDouble(1), r.getString(2),
            r.getString(3) + ", " + r.getDate(4) + ", " + r.getString(5), r.getInt(6), r.getBoolean(7),
            r.getList(8), r.getString(9), r.getList(10)))
        .toList();
  }

  /** Cross-border incidents by kind, basis and band, summed over countries: at most kinds × bases × bands rows. */
  CrossBorderViews views() {
    return new CrossBorderViews(store.read(Schemas.STATS_CROSS_BORDER_BASES)
        .groupBy(col(CROSS_BORDER_KIND), col(CROSS_BORDER_BASIS), col(STRICT_VIEW), col(DISTANCE_BAND))
        .agg(sum(col(N_INCIDENTS)).as(N_INCIDENTS))
        .collectAsList().stream()
        .map(r -> new CrossBorderViews.Cell(r.getString(0), r.getString(1), r.getBoolean(2), r.getString(3),
            r.getLong(4)))
        .toList());
  }

  private List<ReportData.Region> regions() {
    return store.read(Schemas.STATS_BORDER_REGIONS).orderBy(RANK).limit(TOP_REGIONS)
        .select(RANK, COUNTRY_CODE, ADMIN1_NAME, ADMIN1_CODE, N_CROSS_BORDER, N_INCIDENTS, N_CONTESTED)
        .collectAsList().stream()
        .map(r -> new ReportData.Region(r.getInt(0), r.getString(1), regionLabel(r.getString(2), r.getString(3)),
            r.getLong(4), r.getLong(5), r.getLong(6)))
        .toList();
  }

  private List<ReportData.CountryContest> contestedByCountry(Dataset<Row> incidents) {
    return incidents.groupBy(coalesce(col(COUNTRY_CODE), lit("?")).as(COUNTRY_CODE))
        .agg(count(lit(1)).as(N_INCIDENTS), sum(when(col(CONTESTED), 1L).otherwise(0L)).as(N_CONTESTED))
        .orderBy(col(N_INCIDENTS).desc(), col(COUNTRY_CODE)).limit(TOP_COUNTRIES)
        .collectAsList().stream()
        .map(r -> new ReportData.CountryContest(r.getString(0), r.getLong(1), r.getLong(2)))
        .toList();
  }

  private List<ReportData.Claimant> claimants() {
    // summed over years; the claimant key is the same in every year partition
    return store.read(Schemas.STATS_CLAIMANTS)
        .groupBy(col(CLAIMANT), col(CLAIMANT_COUNTRY))
        .agg(sum(N_CLAIMS).as(N_CLAIMS), sum(N_SELF_CLAIMS).as(N_SELF_CLAIMS), sum(N_ADVERSARY_CLAIMS).as(N_ADVERSARY_CLAIMS),
            sum(N_INCIDENTS).as(N_INCIDENTS), sum(N_CONTESTED).as(N_CONTESTED))
        .orderBy(col(N_CLAIMS).desc(), col(CLAIMANT)).limit(TOP_CLAIMANTS)
        .collectAsList().stream()
        .map(r -> new ReportData.Claimant(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4),
            r.getLong(5), r.getLong(5) == 0 ? 0 : (double) r.getLong(6) / r.getLong(5)))
        .toList();
  }

  private List<ReportData.ContestedIncident> contestedIncidents(Dataset<Row> incidents) {
    return incidents.filter(col(CONTESTED))
        .orderBy(col(N_CLAIMS).desc(), col(EVENT_DATE), col(INCIDENT_ID)).limit(TOP_CONTESTED)
        .select(EVENT_DATE, LOCATION_NAME, ADMIN1_NAME, EVENT_TYPE, CONTESTED_REASON, ACTORS, CLAIMANTS, N_CLAIMS)
        .collectAsList().stream()
        .map(r -> new ReportData.ContestedIncident(r.getDate(0).toLocalDate(),
            r.isNullAt(1) ? r.getString(2) : r.getString(1) + (r.isNullAt(2) ? "" : ", " + r.getString(2)),
            r.getString(3), r.getString(4), r.getList(5), r.getList(6), r.getInt(7)))
        .toList();
  }

  private void write(byte[] html) {
    Path path = new Path(reportPath);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(html);
      }
    } catch (IOException e) {
      throw new BorderwatchException("cannot write the report to " + reportPath + ": " + e.getMessage(), e);
    }
  }

  /** The admin1 name, else its code, else "unknown region" (a place known only by its country). */
  static String regionLabel(String admin1Name, String admin1Code) {
    return admin1Name != null ? admin1Name : admin1Code != null ? admin1Code : "unknown region";
  }

  private static long longOrZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getLong(i);
  }
}
