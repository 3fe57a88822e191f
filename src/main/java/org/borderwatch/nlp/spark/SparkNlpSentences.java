package org.borderwatch.nlp.spark;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.borderwatch.nlp.Sentence;

/**
 * Sentence detection with Spark NLP inside the Spark plan: DocumentAssembler then SentenceDetector,
 * a line break always ending a sentence (headlines, datelines, paragraphs). Rule-based, offline;
 * no pretrained model is involved.
 */
public final class SparkNlpSentences {
  private static final String DOCUMENT = "_bw_document";

  private SparkNlpSentences() {}

  /** Adds an annotation column {@code outputCol} with the sentences of {@code textCol}. */
  public static Dataset<Row> annotate(Dataset<Row> rows, String textCol, String outputCol) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(textCol);
    document.setOutputCol(DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(outputCol);
    sentences.setCustomBounds(new String[] {"\n"});
    return sentences.transform(document.transform(rows)).drop(DOCUMENT);
  }

  /**
   * Spark NLP sentence annotations (begin and end inclusive, into the document text) as
   * {@link Sentence}s with exclusive ends, trimmed of surrounding whitespace, renumbered from 0.
   */
  public static List<Sentence> toSentences(List<Row> annotations, String text) {
    List<Sentence> out = new ArrayList<>();
    if (annotations == null) {
      return out;
    }
    for (Row a : annotations) {
      int begin = Math.max(0, a.getInt(a.fieldIndex("begin")));
      int end = Math.min(text.length(), a.getInt(a.fieldIndex("end")) + 1);
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
    return out;
  }
}
