package org.borderwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.spark.CorpusSpec;
import org.borderwatch.ingest.spark.IngestJob;
import org.borderwatch.io.Columns;
import org.borderwatch.io.RunContext;
import org.borderwatch.io.RunMode;
import org.borderwatch.io.Schemas;
import org.borderwatch.io.spark.TableStore;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;

/** A real corpus repeated for the benchmark: every copy is new to ingest, bad lines stay bad. */
class RepeatedCorpusTest extends SparkTestBase {
  private static final List<String> CORPUS = List.of(
      "{\"id\": \"a\", \"url\": \"https://news.example/a?page=2#top\", \"title\": \"Ferry resumes\", "
          + "\"text\": \"The river ferry at Velyka Balka ran again on Monday, the port office said.\", \"published\": \"2023-04-03\"}",
      "",
      "{\"id\": \"b\", \"title\": \"Market day\", \"text\": \"Stallholders in Kopani counted fewer buyers than last spring.\", "
          + "\"published\": \"2023-04-05\"}",
      "{\"id\": \"c\", \"text\": ");

  @Test
  void copiesAfterTheFirstGetNewIdsAndUrlsAndIngestKeepsThemAll() throws Exception {
    Path work = Files.createTempDirectory("bw-repeat");
    Path input = work.resolve("corpus.jsonl");
    Files.write(input, CORPUS);
    RepeatedCorpus corpus = RepeatedCorpus.read(input, ColumnMapping.defaults());

    assertThat(corpus.size()).as("records, blank lines skipped").isEqualTo(3);
    assertThat(corpus.line(0)).as("first copy as it was").isEqualTo(CORPUS.get(0));
    assertThat(corpus.line(5)).as("a malformed line repeats unchanged").isEqualTo(CORPUS.get(3));
    assertThat(corpus.line(3)).as("second copy: id and URL say so, before the fragment")
        .contains("\"id\":\"a~1\"", "\"url\":\"https://news.example/a?page=2&bench-copy=1#top\"");
    assertThat(corpus.line(7)).as("a record without URL gets one of its own")
        .contains("\"id\":\"b~2\"", "\"url\":\"urn:bench-copy=2:7\"");

    Path folder = work.resolve("x3");
    long bytes = corpus.writeJsonl(9, folder, 2);
    assertThat(bytes).as("bytes written").isPositive();
    TableStore store = new TableStore(spark, work.resolve("out").toString(), "snappy");
    CorpusSpec spec = new CorpusSpec(folder.toString(), InputFormat.JSONL, ColumnMapping.defaults());
    IngestJob.run(spark, store, RunContext.create("bench", store.root(), List.of(spec.input()), List.of(),
        BorderwatchConf.empty()), spec, RunMode.FULL);

    assertThat(store.read(Schemas.ARTICLES).count()).as("two good records, three copies, none collapsed").isEqualTo(6);
    assertThat(store.read(Schemas.ARTICLES).where(Columns.DUPLICATES + " > 0").count()).as("no duplicates").isZero();
    assertThat(store.read(Schemas.REJECTS).count()).as("the malformed line, three times").isEqualTo(3);
  }
}
