package org.borderwatch.io.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.io.Reject;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.Versions;

/** {@link Reject} to a {@code rejects} row, in {@link Schemas#REJECTS} column order. */
public final class RejectRows {
  private RejectRows() {}

  public static Row toRow(Reject r, String runId) {
    return RowFactory.create(runId, r.stage(), r.reason(), r.detail(), r.inputFile(), r.inputOffset(), r.line(),
        r.articleId(), r.raw(), Versions.pipeline());
  }
}
