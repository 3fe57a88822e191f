package org.borderwatch.eval.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.borderwatch.io.Columns.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.borderwatch.eval.ClaimSummary;
import org.borderwatch.eval.EventClaims;

/**
 * Fetches, for each gold item, the claims of the article made from it: articles are keyed by their
 * {@code input_id} (the gold item's id), claims joined to them and cut, per item, to the first
 * {@code cap} by confidence while the full count is kept. Only these bounded summaries reach the
 * driver, never the claims table.
 *
 * <p>Requires {@code articles.article_id, input_id} and the {@code claims} columns read into
 * {@link ClaimSummary}.
 */
public final class ClaimSummaries {
  private static final String TOTAL = "_claims";
  private static final String RANK = "_rank";
  private static final String[] SUMMARY_COLUMNS = {CLAIM_ID, ARTICLE_ID, EVENT_TYPE, SUB_EVENT_TYPE, LOCATION_NAME,
      ADMIN1_CODE, ADMIN1_NAME, COUNTRY_CODE, LATITUDE, LONGITUDE, GEO_PRECISION, ACTOR_TEXT, ACTOR_COUNTRY,
      ATTRIBUTION, MODALITY, CROSS_BORDER_KIND, CONFIDENCE};

  /** Per gold item id with an article, its claims; and how many of the ids have an article at all. */
  public record Collected(Map<String, EventClaims> byItem, long itemsWithArticle) {}

  private ClaimSummaries() {}

  public static Collected collect(SparkSession spark, Dataset<Row> articles, Dataset<Row> claims,
      Collection<String> itemIds, int cap) {
    Dataset<Row> ids = spark.createDataset(new ArrayList<>(itemIds), Encoders.STRING()).toDF(INPUT_ID);
    Dataset<Row> keyed = articles.select(ARTICLE_ID, INPUT_ID).join(broadcast(ids), INPUT_ID).cache();
    try {
      long itemsWithArticle = keyed.select(INPUT_ID).distinct().count();
      List<Column> selected = new ArrayList<>();
      selected.add(col(INPUT_ID));
      selected.add(col(TOTAL));
      for (String c : SUMMARY_COLUMNS) {
        selected.add(col(c));
      }
      Dataset<Row> ranked = claims.join(broadcast(keyed), ARTICLE_ID)
          .withColumn(TOTAL, count(lit(1)).over(Window.partitionBy(INPUT_ID)))
          .withColumn(RANK, row_number().over(Window.partitionBy(INPUT_ID)
              .orderBy(col(CONFIDENCE).desc(), col(CLAIM_ID))))
          .filter(col(RANK).leq(cap))
          .select(selected.toArray(Column[]::new));
      Map<String, Long> totals = new HashMap<>();
      Map<String, List<ClaimSummary>> lists = new TreeMap<>();
      for (Row r : ranked.collectAsList()) {
        String item = r.getString(0);
        totals.put(item, r.getLong(1));
        lists.computeIfAbsent(item, k -> new ArrayList<>()).add(summary(r, 2));
      }
      Map<String, EventClaims> byItem = new TreeMap<>();
      lists.forEach((item, list) -> byItem.put(item, new EventClaims(totals.get(item), list)));
      return new Collected(byItem, itemsWithArticle);
    } finally {
      keyed.unpersist();
    }
  }

  private static ClaimSummary summary(Row r, int o) {
    return new ClaimSummary(r.getString(o), r.getString(o + 1), r.getString(o + 2), r.getString(o + 3),
        r.getString(o + 4), r.getString(o + 5), r.getString(o + 6), r.getString(o + 7), (Double) r.get(o + 8),
        (Double) r.get(o + 9), (Integer) r.get(o + 10), r.getString(o + 11), r.getString(o + 12),
        r.getString(o + 13), r.getString(o + 14), r.getString(o + 15), r.getDouble(o + 16));
  }
}
