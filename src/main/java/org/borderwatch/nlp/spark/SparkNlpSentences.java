package org.borderwatch.nlp.spark;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.nlp.SentenceBounds;
import org.borderwatch.nlp.SentenceSplitter;

/**
 * Sentence detection with Spark NLP: DocumentAssembler then SentenceDetector with the boundaries of
 * {@link SentenceBounds} as its only custom bound. The detector's default pragmatic rules cost as
 * much as the whole extract stage (docs/extract.md, Speed) and split "Gen." no better. Rule-based,
 * offline; no pretrained model is involved.
 */
public final class SparkNlpSentences {
  public static final String TEXT = "text";
  public static final String DOCUMENT = "document";
  public static final String SENTENCE = "sentence";

  private SparkNlpSentences() {}

  /** The DocumentAssembler → SentenceDetector pipeline, fitted (nothing to learn) on one row. */
  public static PipelineModel model(SparkSession spark) {
    return fit(spark, stages());
  }

  /** DocumentAssembler on {@link #TEXT} and the custom-bound SentenceDetector, for longer pipelines. */
  public static PipelineStage[] stages() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(TEXT);
    document.setOutputCol(DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    sentences.setCustomBounds(new String[] {SentenceBounds.regex()});
    sentences.setUseCustomBoundsOnly(true);
    sentences.setDetectLists(false);
    return new PipelineStage[] {document, sentences};
  }

  /** Fits {@code stages} on a one-row frame with a {@link #TEXT} column: every stage used here is rule-based. */
  public static PipelineModel fit(SparkSession spark, PipelineStage[] stages) {
    return new Pipeline().setStages(stages).fit(
        spark.createDataFrame(List.of(RowFactory.create("x")), new StructType().add(TEXT, "string")));
  }

  /** Adds an annotation column {@code outputCol} with the sentences of {@code textCol}, in the Spark plan. */
  public static Dataset<Row> annotate(PipelineModel model, Dataset<Row> rows, String textCol, String outputCol) {
    return model.transform(rows.withColumnRenamed(textCol, TEXT)).withColumnRenamed(TEXT, textCol)
        .withColumnRenamed(SENTENCE, outputCol).drop(DOCUMENT);
  }

  /**
   * Spark NLP sentence annotations (begin and end inclusive, into the document text) as
   * {@link Sentence}s with exclusive ends, trimmed of surrounding whitespace, renumbered from 0.
   */
  public static List<Sentence> toSentences(List<Row> annotations, String text) {
    List<Sentence> out = new ArrayList<>();
    if (annotations != null) {
      for (Row a : annotations) {
        add(out, text, a.getInt(a.fieldIndex("begin")), a.getInt(a.fieldIndex("end")));
      }
    }
    return out;
  }

  private static void add(List<Sentence> out, String text, int beginInclusive, int endInclusive) {
    int begin = Math.max(0, beginInclusive);
    int end = Math.min(text.length(), endInclusive + 1);
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new Sentence(out.size(), begin, end));
    }
  }

  /**
   * The fitted pipeline run on one text at a time through a {@link LightPipeline}, without the
   * DataFrame round trip of annotation structs: made once per partition from a broadcast model.
   */
  public static final class Splitter implements SentenceSplitter {
    private final LightPipeline pipeline;

    public Splitter(PipelineModel model) {
      this.pipeline = new LightPipeline(model, false);
    }

    @Override
    public List<Sentence> split(String text) {
      List<Sentence> out = new ArrayList<>();
      if (text == null || text.isBlank()) {
        return out;
      }
      for (IAnnotation a : pipeline.fullAnnotateJava(text).get(SENTENCE)) {
        JavaAnnotation s = (JavaAnnotation) a;
        add(out, text, s.begin(), s.end());
      }
      return out;
    }
  }
}
