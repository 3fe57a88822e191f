package org.borderwatch.io.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;
import static org.borderwatch.io.Columns.BORDER_DISTANCE_KM;
import static org.borderwatch.io.Columns.CLAIM_ID;
import static org.borderwatch.io.Columns.CLAIM_IDS;
import static org.borderwatch.io.Columns.DISTANCE_BAND;
import static org.borderwatch.io.Columns.INCIDENT_ID;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.io.Schemas;

/** The border-distance band of incidents ({@link Schemas#DISTANCE_BAND_LIMITS_KM}), for the stats tables and the report. */
public final class DistanceBands {
  private DistanceBands() {}

  /**
   * {@code incident_id, border_distance_km, distance_band} for the given incidents: the smallest border distance
   * among each incident's claims (claims without one are ignored; the band is null when none has one).
   */
  public static Dataset<Row> of(Dataset<Row> incidents, Dataset<Row> claims) {
    return incidents.select(col(INCIDENT_ID), explode(col(CLAIM_IDS)).as(CLAIM_ID))
        .join(claims.select(col(CLAIM_ID), col(BORDER_DISTANCE_KM)), CLAIM_ID)
        .groupBy(col(INCIDENT_ID)).agg(min(col(BORDER_DISTANCE_KM)).as(BORDER_DISTANCE_KM))
        .withColumn(DISTANCE_BAND, band(col(BORDER_DISTANCE_KM)));
  }

  /** {@link Schemas#distanceBand} of a distance column; null stays null. */
  public static Column band(Column km) {
    List<Double> limits = Schemas.DISTANCE_BAND_LIMITS_KM;
    Column band = when(km.isNull(), lit(null).cast("string"));
    for (int i = 0; i < limits.size(); i++) {
      band = band.when(km.lt(limits.get(i)), lit(Schemas.distanceBand(i)));
    }
    return band.otherwise(lit(Schemas.distanceBand(limits.size())));
  }
}
