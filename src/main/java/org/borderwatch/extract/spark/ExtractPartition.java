package org.borderwatch.extract.spark;

import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.PUBLISHED_AT;
import static org.borderwatch.io.Columns.PUBLISHED_DATE;
import static org.borderwatch.io.Columns.SOURCE;
import static org.borderwatch.io.Columns.TEXT;
import static org.borderwatch.io.Columns.URL;

import java.io.Serializable;
import java.sql.Date;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.borderwatch.extract.ArticleExtractor;
import org.borderwatch.extract.model.Extraction;
import org.borderwatch.geo.HomeRegions;
import org.borderwatch.geo.spark.GeoBroadcast;
import org.borderwatch.io.Reject;
import org.borderwatch.io.spark.RejectRows;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.SentenceSplitter;
import org.borderwatch.nlp.spark.SparkNlpSentences;

/**
 * Extracts one partition of articles: the extractor is built once per partition from the broadcast
 * rules and geography; an article that makes it throw becomes a reject row, and the partition goes on.
 * Sentences come from a Spark NLP annotation column, a Spark NLP LightPipeline made once per partition
 * from the broadcast model, or {@link RuleSentenceSplitter}.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Row>, Row> {
  static final String STAGE = "extract";
  static final String REASON = "EXTRACT_FAILED";

  private final RulesBroadcast rules;
  private final GeoBroadcast geo;
  private final Broadcast<HomeRegions> homes;
  private final ExtractRows.Stamp stamp;
  private final Sentences sentences;
  private final int maxRawChars;

  /** Where the sentences of each article come from; exactly one of column and model, or neither (rules). */
  record Sentences(String column, Broadcast<PipelineModel> model) implements Serializable {
    static final Sentences RULES = new Sentences(null, null);

    static Sentences column(String name) {
      return new Sentences(name, null);
    }

    static Sentences lightPipeline(Broadcast<PipelineModel> model) {
      return new Sentences(null, model);
    }

    SentenceSplitter splitter() {
      return model == null ? new RuleSentenceSplitter() : new SparkNlpSentences.Splitter(model.value());
    }

    List<Sentence> of(Row article, String text, SentenceSplitter splitter) {
      return column == null ? splitter.split(text)
          : SparkNlpSentences.toSentences(article.getList(article.fieldIndex(column)), text);
    }
  }

  ExtractPartition(RulesBroadcast rules, GeoBroadcast geo, Broadcast<HomeRegions> homes, ExtractRows.Stamp stamp,
      Sentences sentences, int maxRawChars) {
    this.rules = rules;
    this.geo = geo;
    this.homes = homes;
    this.stamp = stamp;
    this.sentences = sentences;
    this.maxRawChars = maxRawChars;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    ArticleExtractor extractor = new ArticleExtractor(rules.value(), geo.value());
    HomeRegions homeRegions = homes.value();
    SentenceSplitter splitter = sentences.splitter();
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
          Date published = a.getAs(PUBLISHED_DATE);
          Extraction e = extractor.extract(id, text, published.toLocalDate(), sentences.of(a, text, splitter),
              homeRegions.homeOf(HomeRegions.sourceKey(a.getAs(SOURCE), a.getAs(URL))));
          ExtractRows.ArticleKey key = new ExtractRows.ArticleKey(id, a.getAs(SOURCE), a.getAs(URL),
              a.getAs(PUBLISHED_AT), published);
          Row[] mentions = e.mentions().stream().map(m -> ExtractRows.mention(key, m, stamp)).toArray(Row[]::new);
          Row[] claims = e.claims().stream().map(c -> ExtractRows.claim(key, c, stamp)).toArray(Row[]::new);
          return RowFactory.create(mentions, claims, null);
        } catch (RuntimeException e) {
          Reject r = new Reject(STAGE, REASON, e.getClass().getSimpleName() + ": " + e.getMessage(), null, null, null, id,
              Reject.bound(text, maxRawChars));
          return RowFactory.create(new Row[0], new Row[0], RejectRows.toRow(r, stamp.runId()));
        }
      }
    };
  }
}
