package org.borderwatch.aggregate.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.borderwatch.aggregate.AggregateSettings;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.Incident;
import org.borderwatch.aggregate.IncidentClusterer;

/**
 * Clusters one partition of claims sorted by block, then {@link IncidentClusterer#ORDER}, into
 * incident rows, lazily: incidents leave as soon as the sweep closes them, so a partition is never
 * held in memory. Rule refusals go to accumulators when the partition is done (diagnostics only:
 * a retried task counts twice).
 */
final class ClusterPartitionFunction implements FlatMapFunction<Iterator<Row>, Row> {
  private final AggregateSettings settings;
  private final ClaimRows claims;
  private final int blockIndex;
  private final String runId;
  private final Map<String, LongAccumulator> refusals;
  private final LongAccumulator ambiguous;

  ClusterPartitionFunction(AggregateSettings settings, ClaimRows claims, int blockIndex, String runId,
      Map<String, LongAccumulator> refusals, LongAccumulator ambiguous) {
    this.settings = settings;
    this.claims = claims;
    this.blockIndex = blockIndex;
    this.runId = runId;
    this.refusals = refusals;
    this.ambiguous = ambiguous;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> sorted) {
    return new Iterator<>() {
      private final Deque<Incident> ready = new ArrayDeque<>();
      private IncidentClusterer clusterer;
      private String block;

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && sorted.hasNext()) {
          Row row = sorted.next();
          String rowBlock = row.getString(blockIndex);
          if (!rowBlock.equals(block)) {
            endBlock();
            block = rowBlock;
            clusterer = new IncidentClusterer(settings);
          }
          ClaimRecord claim = claims.record(row);
          ready.addAll(clusterer.add(claim));
        }
        if (ready.isEmpty() && clusterer != null) {
          endBlock();
          clusterer = null;
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return IncidentRows.toRow(ready.poll(), runId);
      }

      private void endBlock() {
        if (clusterer == null) {
          return;
        }
        ready.addAll(clusterer.finish());
        clusterer.rules().refusals().forEach((rule, n) -> refusals.get(rule).add(n));
        ambiguous.add(clusterer.ambiguous());
      }
    };
  }
}
