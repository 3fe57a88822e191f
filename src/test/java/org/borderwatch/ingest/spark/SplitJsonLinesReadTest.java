package org.borderwatch.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.io.compress.bzip2.CBZip2OutputStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.borderwatch.cli.Main;
import org.borderwatch.ingest.ColumnMapping;
import org.borderwatch.ingest.InputFormat;
import org.borderwatch.ingest.RawRecord;
import org.borderwatch.ingest.RejectReason;
import org.borderwatch.io.Columns;
import org.borderwatch.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON Lines file larger than the split size is read by several tasks: every line exactly once,
 * located by the byte offset of its start, with the same per-line rules as a whole-file read.
 */
class SplitJsonLinesReadTest extends SparkTestBase {
  private static final int SMALL_SPLIT = 8 * 1024;
  private static final String[] WORDS = {"Russian", "forces", "shelled", "the", "village", "of", "Kozinka", "near",
      "Belgorod", "governor", "said", "Обстрел", "Белгородской", "области", "сообщила", "служба", "drone", "border"};
  private static final String BAD_UTF8_ID = "bad-utf8";
  private static final String BAD_JSON_ID = "bad-json";

  @TempDir Path tmp;

  /** Generated JSON Lines bytes and, for each non-blank line, the offset of its start. */
  private record Corpus(byte[] bytes, Map<String, Long> offsetById, Map<String, Long> lineById, int lines) {
    List<String> goodIds() {
      return offsetById.keySet().stream().filter(id -> id.startsWith("r")).toList();
    }
  }

  /**
   * {@code n} records: a byte order mark before the first, {@code \r\n} endings on every seventh line,
   * blank lines, one line of invalid UTF-8 and one of broken JSON; words in two scripts so that byte
   * offsets differ from character offsets.
   */
  private static Corpus corpus(int n) {
    Random random = new Random(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Long> offsets = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    int line = 0;
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (int i = 0; i < n; i++) {
      if (i % 97 == 50) {
        out.writeBytes(utf8(i % 2 == 0 ? "\n" : "   \r\n"));
        line++;
      }
      String id = i == n / 2 ? BAD_UTF8_ID : i == 3 * n / 4 ? BAD_JSON_ID : "r" + i;
      long start = i == 0 ? 0 : out.size();
      offsets.put(id, start);
      lines.put(id, (long) ++line);
      if (id.equals(BAD_UTF8_ID)) {
        out.writeBytes(utf8("{\"id\":\"" + id + "\",\"text\":\""));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        out.writeBytes(utf8("\"}"));
      } else if (id.equals(BAD_JSON_ID)) {
        out.writeBytes(utf8("{\"id\":\"" + id + "\",\"text\":"));
      } else {
        StringBuilder text = new StringBuilder();
        for (int w = 20 + random.nextInt(30); w > 0; w--) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        out.writeBytes(utf8(String.format("{\"id\":\"%s\",\"url\":\"https://example.org/%s\",\"text\":\"%s\","
            + "\"published\":\"2023-05-23\"}", id, id, text.toString().strip())));
      }
      out.writeBytes(utf8(i % 7 == 3 ? "\r\n" : "\n"));
    }
    return new Corpus(out.toByteArray(), offsets, lines, line);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Path write(String name, Corpus corpus) throws IOException {
    Path file = tmp.resolve(name);
    Files.write(file, corpus.bytes());
    return file;
  }

  private static <T> T withSplitSize(int bytes, Supplier<T> action) {
    List<T> result = new ArrayList<>(1);
    withConf(Map.of("spark.sql.files.maxPartitionBytes", Integer.toString(bytes)), () -> result.add(action.get()));
    return result.get(0);
  }

  private static JavaRDD<RawRecord> reader(Path file) {
    return CorpusReader.read(spark, new CorpusSpec(file.toString(), InputFormat.JSONL, ColumnMapping.defaults()));
  }

  /** Records grouped by the task that read them. */
  private static List<List<RawRecord>> readByTask(Path file, int splitBytes) {
    return withSplitSize(splitBytes, () -> reader(file).glom().collect());
  }

  private static List<RawRecord> flat(List<List<RawRecord>> byTask) {
    return byTask.stream().flatMap(List::stream).toList();
  }

  private static String id(RawRecord r) {
    return r.isFailed() ? r.raw().substring(7, r.raw().indexOf('"', 7)) : r.id();
  }

  @Test
  void everyLineIsReadOnceByOneOfSeveralTasksAndLocatedByItsByteOffset() throws IOException {
    Corpus corpus = corpus(1500);
    Path file = write("big.jsonl", corpus);
    List<List<RawRecord>> byTask = readByTask(file, SMALL_SPLIT);
    List<RawRecord> records = flat(byTask);

    assertThat(byTask.stream().filter(t -> !t.isEmpty()).count()).as("tasks that read records")
        .isGreaterThanOrEqualTo(corpus.bytes().length / SMALL_SPLIT);
    assertThat(records).extracting(SplitJsonLinesReadTest::id).as("each line once, in file order")
        .containsExactlyElementsOf(corpus.offsetById().keySet());
    assertThat(records.stream().filter(r -> !r.isFailed()).map(RawRecord::id).toList()).as("ids parsed")
        .containsExactlyElementsOf(corpus.goodIds());
    assertThat(records).extracting(RawRecord::line).as("no line numbers when split").containsOnlyNulls();
    for (RawRecord r : records) {
      assertThat(r.offset()).as("offset of %s", id(r)).isEqualTo(corpus.offsetById().get(id(r)));
      assertThat(lineAt(corpus.bytes(), r.offset())).as("bytes at the offset of %s", id(r)).isEqualTo(r.raw());
    }
    assertThat(records.size() + blankLines(corpus)).as("read + blank = lines").isEqualTo(corpus.lines());
  }

  /** The line starting at {@code offset}: it must be a line start; its BOM and line end are not part of it. */
  private static String lineAt(byte[] bytes, long offset) {
    int start = (int) offset;
    assertThat(start == 0 || bytes[start - 1] == '\n').as("offset %d starts a line", offset).isTrue();
    if (start == 0 && (bytes[0] & 0xFF) == 0xEF) {
      start = 3;
    }
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    if (end > start && bytes[end - 1] == '\r') {
      end--;
    }
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  private static long blankLines(Corpus corpus) {
    return corpus.lines() - corpus.offsetById().size();
  }

  @Test
  void invalidUtf8AndBrokenJsonLinesAreRejectedAtTheirOffsets() throws IOException {
    Corpus corpus = corpus(1500);
    List<RawRecord> records = flat(readByTask(write("big.jsonl", corpus), SMALL_SPLIT));

    assertThat(records.stream().filter(RawRecord::isFailed))
        .extracting(RawRecord::failure, RawRecord::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RejectReason.INVALID_UTF8, corpus.offsetById().get(BAD_UTF8_ID)),
            org.assertj.core.groups.Tuple.tuple(RejectReason.MALFORMED_JSON, corpus.offsetById().get(BAD_JSON_ID)));
  }

  @Test
  void bzip2IsReadSplitWithTheSameRecords() throws IOException {
    Corpus corpus = corpus(8000);
    Path plain = write("big.jsonl", corpus);
    Path bz2 = tmp.resolve("big.jsonl.bz2");
    try (OutputStream out = Files.newOutputStream(bz2)) {
      out.write(utf8("BZ"));
      try (OutputStream blocks = new CBZip2OutputStream(out, 1)) { // 100 KB blocks: the file has several
        blocks.write(corpus.bytes());
      }
    }

    List<List<RawRecord>> byTask = readByTask(bz2, 16 * 1024);

    assertThat(byTask.stream().filter(t -> !t.isEmpty()).count()).as("tasks that read records").isGreaterThan(1);
    List<RawRecord> records = flat(byTask);
    assertThat(records).extracting(RawRecord::offset).as("positions").doesNotContainNull();
    assertThat(withoutLocators(records)).as("records as from the uncompressed file")
        .containsExactlyElementsOf(withoutLocators(flat(readByTask(plain, SMALL_SPLIT))));
  }

  private static List<RawRecord> withoutLocators(List<RawRecord> records) {
    return records.stream()
        .map(r -> new RawRecord(r.inputFile().replaceAll("\\.bz2$|\\.gz$", ""), null, null, r.id(), r.url(), r.title(),
            r.text(), r.published(), r.source(), r.language(), r.raw(), r.failure(), r.failureDetail()))
        .sorted(Comparator.comparing(SplitJsonLinesReadTest::id))
        .toList();
  }

  @Test
  void gzipIsReadWholeWithLineNumbersAndDecompressedOffsets() throws IOException {
    Corpus corpus = corpus(1500);
    Path gz = tmp.resolve("big.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(corpus.bytes());
    }

    List<List<RawRecord>> byTask = readByTask(gz, SMALL_SPLIT);

    assertThat(byTask.stream().filter(t -> !t.isEmpty()).count()).as("one task for the file").isEqualTo(1);
    List<RawRecord> records = flat(byTask);
    assertThat(records).extracting(SplitJsonLinesReadTest::id).containsExactlyElementsOf(corpus.offsetById().keySet());
    for (RawRecord r : records) {
      assertThat(r.line()).as("line of %s", id(r)).isEqualTo(corpus.lineById().get(id(r)));
      assertThat(r.offset()).as("offset of %s", id(r)).isEqualTo(corpus.offsetById().get(id(r)));
    }
  }

  @Test
  void splitIngestReconcilesAndWritesOffsetsToArticlesAndRejects() throws IOException {
    Corpus corpus = corpus(500);
    Path file = write("big.jsonl", corpus);
    String out = tmp.resolve("out").toString();

    int exit = withSplitSize(SMALL_SPLIT, () -> Main.execute("ingest", "--input", file.toString(), "--out", out,
        "--conf", "borderwatch.run-date=2024-01-01"));

    assertThat(exit).as("exit code").isZero();
    List<Row> articles = spark.read().parquet(out + "/articles").collectAsList();
    List<Row> rejects = spark.read().parquet(out + "/rejects").collectAsList();
    assertThat(articles.size() + rejects.size()).as("articles + rejects = records").isEqualTo(corpus.offsetById().size());
    for (Row a : articles) {
      String id = a.getAs(Columns.INPUT_ID);
      assertThat(a.<Long>getAs(Columns.INPUT_OFFSET)).as("offset of %s", id).isEqualTo(corpus.offsetById().get(id));
      assertThat(a.<Long>getAs(Columns.INPUT_LINE)).as("line of %s", id).isNull();
    }
    assertThat(rejects).extracting(r -> r.<String>getAs(Columns.REASON), r -> r.<Long>getAs(Columns.INPUT_OFFSET))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("INVALID_UTF8", corpus.offsetById().get(BAD_UTF8_ID)),
            org.assertj.core.groups.Tuple.tuple("MALFORMED_JSON", corpus.offsetById().get(BAD_JSON_ID)));
  }

  @Test
  void defaultSplitSizeSpreadsAFileOverTheCoresAndCapsLargeOnes() {
    long mb = 1 << 20;
    assertThat(SplitJsonLinesReader.maxSplitBytes(spark, 10 * mb, 1)).as("10 MB over 2 cores")
        .isEqualTo((10 * mb + 4 * mb) / 2);
    assertThat(SplitJsonLinesReader.maxSplitBytes(spark, 600 * mb, 1)).as("600 MB: maxPartitionBytes")
        .isEqualTo(128 * mb);
    assertThat(withSplitSize(SMALL_SPLIT, () -> SplitJsonLinesReader.maxSplitBytes(spark, 10 * mb, 1)))
        .as("honours spark.sql.files.maxPartitionBytes").isEqualTo(SMALL_SPLIT);
  }
}
