package org.borderwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.io.Columns.ARTICLE_ID;
import static org.borderwatch.io.Columns.INPUT_ID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.borderwatch.cli.Main;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.IngestSettings;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusReader;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestJob;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/** {@code eval --to-corpus}: ACLED gold becomes a corpus the ingest stage reads, one article per event. */
class GoldCorpusTest extends SparkTestBase {

  @Test
  void everyGoldEventBecomesItsOwnArticleKeyedByEventId() throws Exception {
    Path dir = Files.createTempDirectory("bw-gold-corpus");
    Path gold = dir.resolve("gold.csv");
    try (var in = getClass().getResourceAsStream(EvalFixture.GOLD_RESOURCE)) {
      Files.copy(in, gold);
    }
    Path corpus = dir.resolve("corpus.jsonl");
    int exit = Main.execute("eval", "--gold", gold.toString(), "--to-corpus", corpus.toString());
    assertThat(exit).as("exit code").isZero();
    assertThat(Files.readAllLines(corpus)).as("one line per usable gold event").hasSize(8)
        .first().asString().contains("\"id\":\"UKR1001\"", "\"published\":\"2023-03-03\"", "\"source\":\"Fixture Wire\"");

    IngestJob.Outputs out = IngestJob.apply(spark,
        CorpusReader.read(spark, new CorpusSpec(corpus.toString(), InputFormat.JSONL, ColumnMapping.defaults())),
        IngestSettings.from(BorderwatchConf.empty()), "run-1");
    List<Row> articles = IngestJob.collapse(out.candidates()).select(INPUT_ID, ARTICLE_ID).orderBy(INPUT_ID).collectAsList();
    assertThat(articles).as("input ids are the event ids").extracting(r -> r.getString(0))
        .containsExactly("UKR1001", "UKR1002", "UKR1003", "UKR1004", "UKR1005", "UKR1006", "UKR1007", "UKR1008");
    assertThat(articles.stream().map(r -> r.getString(1)).distinct().count())
        .as("UKR1002 and UKR1008 share their notes yet stay two articles").isEqualTo(8);
    assertThat(out.rejects().count()).as("nothing rejected").isZero();
  }

  @Test
  void noGoldCodingReachesTheCorpusOutsideTheNotes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (GoldEvent e : EvalFixture.gold().events()) {
      ObjectNode record = (ObjectNode) json.readTree(GoldCorpus.toJsonLine(e));
      assertThat(record.get("text").asText()).as("the notes are the text").isEqualTo(e.notes());
      record.remove("text");
      String rest = record.toString().toLowerCase(java.util.Locale.ROOT);
      Stream.of(e.eventType(), e.subEventType(), e.location(), e.admin1(), e.actor1(), e.actor2())
          .filter(v -> v != null && !v.isBlank())
          .forEach(v -> assertThat(rest).as("gold value '%s' of %s outside the text", v, e.eventId())
              .doesNotContain(v.toLowerCase(java.util.Locale.ROOT)));
    }
  }
}
