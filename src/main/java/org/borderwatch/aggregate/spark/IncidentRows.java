package org.borderwatch.aggregate.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.aggregate.Incident;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.Versions;
import scala.collection.JavaConverters;

/** {@link Incident} to an {@code incidents} row, in {@link Schemas#INCIDENTS} column order. */
public final class IncidentRows {
  private IncidentRows() {}

  public static Row toRow(Incident i, String runId) {
    return RowFactory.create(i.incidentId(), Date.valueOf(i.eventDate()), i.locationId(), i.locationName(),
        i.admin1Code(), i.admin1Name(), i.countryCode(), i.latitude(), i.longitude(), i.geoPrecision(),
        i.eventType(), i.subEventType(), seq(i.actors()), seq(i.actorCountries()), seq(i.claimants()),
        i.nClaims(), i.nArticles(), i.nSources(), Timestamp.from(i.firstReportedAt()), i.contested(),
        i.contestedReason() == null ? null : i.contestedReason().name(), i.crossBorder(), i.crossBorderKind(),
        i.crossBorderBasis(),
        seq(i.claimIds()), runId, Versions.pipeline(), i.gazetteerVersion());
  }

  private static scala.collection.Seq<String> seq(List<String> values) {
    return JavaConverters.asScalaBuffer(values).toList();
  }
}
