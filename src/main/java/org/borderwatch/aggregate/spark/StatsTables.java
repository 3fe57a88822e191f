package org.borderwatch.aggregate.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static org.borderwatch.io.Columns.*;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.TableSchema;
import org.borderwatch.io.spark.DistanceBands;
import org.borderwatch.io.Versions;

/**
 * The {@code stats_*} tables, each a plain aggregation over {@code incidents} (and, for claimants,
 * {@code claims} joined to the incidents holding them). An incident whose actors belong to two
 * sides counts once under each side, so totals over {@code actor_country} can exceed the number of
 * incidents; totals over any other column do not.
 */
final class StatsTables {
  private final Dataset<Row> incidents;
  private final Dataset<Row> claims;
  private final String runId;

  StatsTables(Dataset<Row> incidents, Dataset<Row> claims, String runId) {
    this.incidents = incidents;
    this.claims = claims;
    this.runId = runId;
  }

  Dataset<Row> of(TableSchema table) {
    Dataset<Row> rows;
    if (table == Schemas.STATS_CROSS_BORDER_DAILY) {
      rows = crossBorderDaily();
    } else if (table == Schemas.STATS_CROSS_BORDER_WEEKLY) {
      rows = crossBorderWeekly();
    } else if (table == Schemas.STATS_COUNTRY_PAIRS_MONTHLY) {
      rows = countryPairsMonthly();
    } else if (table == Schemas.STATS_CLAIMANTS) {
      rows = claimants();
    } else if (table == Schemas.STATS_BORDER_REGIONS) {
      rows = borderRegions();
    } else if (table == Schemas.STATS_CROSS_BORDER_BASES) {
      rows = crossBorderBases();
    } else {
      throw new IllegalArgumentException("not a statistics table: " + table.name());
    }
    return rows.withColumn(RUN_ID, lit(runId)).withColumn(PIPELINE_VERSION, lit(Versions.pipeline()))
        .select(Arrays.stream(table.columnNames()).map(c -> col(c)).toArray(Column[]::new));
  }

  /** Sort keys within each written file: the table's non-count columns, so files are byte-stable. */
  static String[] sortKeys(TableSchema table) {
    return table.columns().stream().map(c -> c.name())
        .filter(n -> !n.startsWith("n_") && !n.equals(CONTESTED_SHARE) && !n.equals(RUN_ID) && !n.equals(PIPELINE_VERSION)
            && !table.partitionBy().contains(n))
        .toArray(String[]::new);
  }

  Dataset<Row> crossBorderDaily() {
    return crossBorderBy(YEAR, year(col(EVENT_DATE)), col(EVENT_DATE));
  }

  Dataset<Row> crossBorderWeekly() {
    Column monday = date_trunc("week", col(EVENT_DATE)).cast("date");
    // the ISO year of a week is the year of its Thursday
    Column isoYear = year(org.apache.spark.sql.functions.date_add(monday, 3));
    return crossBorderBy(ISO_YEAR, isoYear, weekofyear(col(EVENT_DATE)).as(ISO_WEEK), monday.as(WEEK_START));
  }

  private Dataset<Row> crossBorderBy(String partition, Column partitionValue, Column... time) {
    Column[] keys = concat(concat(new Column[] {col(partition)}, time), col(COUNTRY_CODE), col(ADMIN1_CODE),
        col(ADMIN1_NAME), col(ACTOR_COUNTRY), col(CROSS_BORDER_KIND), col(CROSS_BORDER_BASIS), col(DISTANCE_BAND),
        col(EVENT_TYPE));
    return byPartition(crossBorderWithBands().withColumn(ACTOR_COUNTRY, explode_outer(col(ACTOR_COUNTRIES))),
        partition, partitionValue)
        .groupBy(keys)
        .agg(count(lit(1)).as(N_INCIDENTS), countIf(col(CONTESTED)).as(N_CONTESTED), sum(col(N_CLAIMS)).cast("long").as(N_CLAIMS));
  }

  /**
   * Each cross-border incident once (no actor side to split it), so that summing {@code n_incidents} over the rows
   * of one view gives that view's total; {@code strict_view} is derived from the basis by the one rule that defines it.
   */
  Dataset<Row> crossBorderBases() {
    Column strict = coalesce(col(CROSS_BORDER_BASIS).isin(CrossBorderBasis.strictNames().toArray()), lit(false));
    return crossBorderWithBands()
        .groupBy(col(COUNTRY_CODE), col(CROSS_BORDER_KIND), col(CROSS_BORDER_BASIS), col(DISTANCE_BAND))
        .agg(count(lit(1)).as(N_INCIDENTS), countIf(col(CONTESTED)).as(N_CONTESTED), sum(col(N_CLAIMS)).cast("long").as(N_CLAIMS))
        .withColumn(STRICT_VIEW, strict);
  }

  /** The cross-border incidents with the distance band of their nearest claim ({@link DistanceBands}). */
  private Dataset<Row> crossBorderWithBands() {
    Dataset<Row> crossBorder = incidents.filter(col(CROSS_BORDER));
    Dataset<Row> bands = DistanceBands.of(crossBorder, claims).select(col(INCIDENT_ID).as("_band_incident"),
        col(DISTANCE_BAND));
    return crossBorder.join(bands, col(INCIDENT_ID).equalTo(col("_band_incident")), "left").drop("_band_incident");
  }

  Dataset<Row> countryPairsMonthly() {
    return byPartition(incidents.withColumn(ACTOR_COUNTRY, explode_outer(col(ACTOR_COUNTRIES))), YEAR,
        year(col(EVENT_DATE)))
        .groupBy(col(YEAR), trunc(col(EVENT_DATE), "month").as(MONTH), col(ACTOR_COUNTRY),
            col(COUNTRY_CODE).as(LOCATION_COUNTRY))
        .agg(count(lit(1)).as(N_INCIDENTS), countIf(col(CROSS_BORDER)).as(N_CROSS_BORDER),
            countIf(col(CONTESTED)).as(N_CONTESTED), sum(col(N_CLAIMS)).cast("long").as(N_CLAIMS));
  }

  Dataset<Row> claimants() {
    Dataset<Row> membership = incidents.select(col(INCIDENT_ID), col(CONTESTED), explode(col(CLAIM_IDS)).as(CLAIM_ID));
    // the same label the incidents list: the claimant as written, else the publisher (ClaimRecord#claimantLabel)
    Column label = coalesce(nullif(trim(col(CLAIMANT_TEXT)), lit("")), nullif(trim(col(SOURCE)), lit("")),
        lit("(unattributed)"));
    Column key = coalesce(col(CLAIMANT_ID), lower(label));
    return byPartition(claims.join(membership, CLAIM_ID).withColumn(CLAIMANT, label), YEAR, year(col(EVENT_DATE)))
        .groupBy(col(YEAR), key.as("_key"))
        .agg(min(col(CLAIMANT)).as(CLAIMANT), min(col(CLAIMANT_ID)).as(CLAIMANT_ID),
            min(col(CLAIMANT_COUNTRY)).as(CLAIMANT_COUNTRY),
            count(lit(1)).as(N_CLAIMS),
            countIf(col(ATTRIBUTION).equalTo("SELF_CLAIM")).as(N_SELF_CLAIMS),
            countIf(col(ATTRIBUTION).equalTo("ADVERSARY_CLAIM")).as(N_ADVERSARY_CLAIMS),
            countIf(col(ATTRIBUTION).equalTo("THIRD_PARTY")).as(N_THIRD_PARTY_CLAIMS),
            countIf(col(ATTRIBUTION).equalTo("MEDIA_REPORT")).as(N_MEDIA_REPORTS),
            countDistinct(col(INCIDENT_ID)).as(N_INCIDENTS),
            countDistinct(when(col(CONTESTED), col(INCIDENT_ID))).as(N_CONTESTED))
        .withColumn(CONTESTED_SHARE, col(N_CONTESTED).cast("double").divide(col(N_INCIDENTS)));
  }

  Dataset<Row> borderRegions() {
    Dataset<Row> regions = incidents
        .groupBy(col(COUNTRY_CODE), col(ADMIN1_CODE))
        .agg(min(col(ADMIN1_NAME)).as(ADMIN1_NAME), countIf(col(CROSS_BORDER)).as(N_CROSS_BORDER),
            count(lit(1)).as(N_INCIDENTS), countIf(col(CONTESTED)).as(N_CONTESTED),
            sum(col(N_CLAIMS)).cast("long").as(N_CLAIMS),
            min(col(EVENT_DATE)).as(FIRST_EVENT_DATE), max(col(EVENT_DATE)).as(LAST_EVENT_DATE))
        .filter(col(N_CROSS_BORDER).gt(0).and(col(COUNTRY_CODE).isNotNull()));
    // one window over all border regions: a few hundred rows at most
    return regions.withColumn(RANK, row_number().over(Window.orderBy(col(N_CROSS_BORDER).desc(),
        col(N_INCIDENTS).desc(), col(COUNTRY_CODE), col(ADMIN1_CODE).asc_nulls_last())));
  }

  /**
   * The rows with their table's partition column, hash-partitioned by it before they are grouped: the grouping
   * (whose keys start with that column) then needs no shuffle of its own, and its output already has the
   * partitioning {@link org.borderwatch.io.spark.TableStore} asks of a partitioned write, which Spark then does not
   * shuffle again. Every row of a year meets in one task, as the write would have it anyway.
   */
  private static Dataset<Row> byPartition(Dataset<Row> rows, String column, Column value) {
    return rows.withColumn(column, value).repartition(col(column));
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L)).cast("long");
  }

  private static Column[] concat(Column[] head, Column... tail) {
    Column[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
