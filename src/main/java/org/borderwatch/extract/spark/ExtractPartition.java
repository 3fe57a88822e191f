package org.borderwatch.extract.spark;

import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.PUBLISHED_AT;
import static org.borderwatch.io.Columns.PUBLISHED_DATE;
import static org.borderwatch.io.Columns.SOURCE;
import static org.borderwatch.io.Columns.TEXT;
import static org.borderwatch.io.Columns.URL;

import java.sql.Date;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.extract.ArticleExtractor;
import org.borderwatch.extract.Extraction;
import org.borderwatch.extract.ExtractionRules;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.io.Reject;
import org.borderwatch.io.spark.RejectRows;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.spark.SparkNlpSentences;

/**
 * Extracts one partition of articles: the extractor is built once per partition from the broadcast
 * rules and geography; an article that makes it throw becomes a reject row, and the partition goes on.
 * Sentences come from the Spark NLP column when present, else from {@link RuleSentenceSplitter}.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Row>, Row> {
  static final String STAGE = "extract";
  static final String REASON = "EXTRACT_FAILED";

  private final Broadcast<ExtractionRules> rules;
  private final GeoBroadcast geo;
  private final ExtractRows.Stamp stamp;
  private final String sentenceColumn;
  private final int maxRawChars;

  ExtractPartition(Broadcast<ExtractionRules> rules, GeoBroadcast geo, ExtractRows.Stamp stamp, String sentenceColumn,
      int maxRawChars) {
    this.rules = rules;
    this.geo = geo;
    this.stamp = stamp;
    this.sentenceColumn = sentenceColumn;
    this.maxRawChars = maxRawChars;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ArticleExtractor extractor = new ArticleExtractor(rules.value(), geo.value());
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Row next() {
        Row a = articles.next();
        String id = a.getAs(ARTICLE_ID);
        String text = a.getAs(TEXT);
        try {
          List<Sentence> sentences = sentenceColumn == null ? splitter.split(text)
              : SparkNlpSentences.toSentences(a.getList(a.fieldIndex(sentenceColumn)), text);
          Date published = a.getAs(PUBLISHED_DATE);
          Extraction e = extractor.extract(id, text, published.toLocalDate(), sentences);
          ExtractRows.ArticleKey key = new ExtractRows.ArticleKey(id, a.getAs(SOURCE), a.getAs(URL),
              a.getAs(PUBLISHED_AT), published);
          Row[] mentions = e.mentions().stream().map(m -> ExtractRows.mention(key, m, stamp)).toArray(Row[]::new);
          Row[] claims = e.claims().stream().map(c -> ExtractRows.claim(key, c, stamp)).toArray(Row[]::new);
          return RowFactory.create(mentions, claims, null);
        } catch (RuntimeException e) {
          Reject r = new Reject(STAGE, REASON, e.getClass().getSimpleName() + ": " + e.getMessage(), null, null, id,
              Reject.bound(text, maxRawChars));
          return RowFactory.create(new Row[0], new Row[0], RejectRows.toRow(r, stamp.runId()));
        }
      }
    };
  }
}
