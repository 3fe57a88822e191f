package org.borderwatch.nlp.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.borderwatch.nlp.RuleSentenceSplitter;
import org.borderwatch.nlp.Sentence;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkNlpSentencesTest extends SparkTestBase {
  private static final String TRICKY = "Belgorod raid: governor reports sabotage group\n\n"
      + "Gen. Valery Gerasimov met U.S. and U.N. officials in St. Petersburg on Monday. "
      + "\"We hold the village,\" the Legion said. \"Russian troops fled!\" a fighter added. "
      + "Mr. Gladkov said J. Smith of Reuters was there. 3 drones were shot down? "
      + "Officials said the strikes hit Sumy (the city centre.) The U.S. embassy said nothing.\n"
      + "KYIV (AP) — ‘Liberation’ was claimed. It could not be verified.";
  private static final List<String> EXPECTED = List.of(
      "Belgorod raid: governor reports sabotage group",
      "Gen. Valery Gerasimov met U.S. and U.N. officials in St. Petersburg on Monday.",
      "\"We hold the village,\" the Legion said.",
      "\"Russian troops fled!\" a fighter added.",
      "Mr. Gladkov said J. Smith of Reuters was there.",
      "3 drones were shot down?",
      "Officials said the strikes hit Sumy (the city centre.)",
      "The U.S. embassy said nothing.",
      "KYIV (AP) — ‘Liberation’ was claimed.",
      "It could not be verified.");

  private static PipelineModel model;

  @BeforeAll
  static void fit() {
    model = SparkNlpSentences.model(spark);
  }

  @Test
  void sparkNlpSplitsTrickyNewsSentencesAtTheRuleBoundaries() {
    List<Sentence> sentences = new SparkNlpSentences.Splitter(model).split(TRICKY);

    assertThat(sentences.stream().map(s -> s.text(TRICKY)).toList())
        .as("Spark NLP sentences of abbreviations, initials, quotes, brackets and line breaks").isEqualTo(EXPECTED);
    assertThat(sentences).as("the same spans as the plain-Java splitter").isEqualTo(new RuleSentenceSplitter().split(TRICKY));
  }

  @Test
  void dataFrameAnnotationsGiveTheSameSentencesAsTheLightPipeline() {
    Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("a1", TRICKY)),
        new StructType().add("id", "string").add("body", "string"));
    Row annotated = SparkNlpSentences.annotate(model, rows, "body", "sentences").first();

    assertThat(annotated.schema().fieldNames()).as("columns after annotate").containsExactly("id", "body", "sentences");
    assertThat(SparkNlpSentences.toSentences(annotated.getList(annotated.fieldIndex("sentences")), TRICKY))
        .as("DataFrame transform vs LightPipeline").isEqualTo(new SparkNlpSentences.Splitter(model).split(TRICKY));
  }

  @Test
  void everyBundledSampleArticleGetsTheRuleSplittersSentences() {
    String corpus = getClass().getResource("/borderwatch/sample/corpus.jsonl").getPath();
    List<String> texts = spark.read().json(corpus).where("trim(text) != ''").select("text").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    SparkNlpSentences.Splitter sparkNlp = new SparkNlpSentences.Splitter(model);
    RuleSentenceSplitter rules = new RuleSentenceSplitter();

    assertThat(texts).as("sample articles").hasSizeGreaterThan(40);
    for (String text : texts) {
      List<Sentence> got = sparkNlp.split(text);
      assertThat(got).as("sentences of %s", text.substring(0, Math.min(60, text.length())))
          .isEqualTo(rules.split(text)).isNotEmpty();
    }
  }

  @Test
  void blankTextHasNoSentences() {
    assertThat(new SparkNlpSentences.Splitter(model).split("  \n ")).as("blank").isEmpty();
  }
}
