package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusFileReaderTest {

  private static List<RawRecord> read(InputFormat format, ColumnMapping columns, byte[] bytes) {
    List<RawRecord> out = new ArrayList<>();
    CorpusFileReader.of(format, columns).read("file:/in/x", new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesKeepsLineNumbersAcrossBlankAndBadLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8("{\"text\":\"first\",\"published\":\"2023-05-23\"}\n\n"));
    bytes.writeBytes(utf8("not json\n"));
    bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    bytes.writeBytes(utf8("[1,2]\n{\"text\":{\"nested\":1}}\r\n{\"body\":\"mapped\"}"));
    List<RawRecord> records = read(InputFormat.JSONL, ColumnMapping.defaults(), bytes.toByteArray());
    assertThat(records).extracting(RawRecord::line).containsExactly(1L, 3L, 4L, 5L, 6L, 7L);
    assertThat(records).extracting(RawRecord::offset).as("byte offsets of those lines")
        .containsExactly(0L, 43L, 52L, 66L, 72L, 95L);
    assertThat(records).extracting(RawRecord::failure).containsExactly(null, RejectReason.MALFORMED_JSON,
        RejectReason.INVALID_UTF8, RejectReason.MALFORMED_JSON, RejectReason.MALFORMED_JSON, null);
    assertThat(records.get(0).text()).isEqualTo("first");
    assertThat(records.get(5).text()).as("no text column").isNull();
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstLineButCountsInTheOffsets() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes(utf8("{\"text\":\"Обстрел\"}\r\n{\"text\":\"second\"}\n"));
    List<RawRecord> records = read(InputFormat.JSONL, ColumnMapping.defaults(), bytes.toByteArray());
    assertThat(records).extracting(RawRecord::text).containsExactly("Обстрел", "second");
    assertThat(records).extracting(RawRecord::offset).containsExactly(0L, 3L + utf8("{\"text\":\"Обстрел\"}\r\n").length);
  }

  @Test
  void columnMappingRenamesFields() {
    ColumnMapping m = ColumnMapping.of(Map.of("text", "body", "published", "date"));
    RawRecord r = read(InputFormat.JSONL, m, utf8("{\"body\":\"b\",\"date\":\"2023-01-02\",\"url\":\"u\"}")).get(0);
    assertThat(r.text()).isEqualTo("b");
    assertThat(r.published()).isEqualTo("2023-01-02");
    assertThat(r.url()).isEqualTo("u");
  }

  @Test
  void csvWithMultiLineFieldsAndAShortRecord() {
    String csv = "id,title,text,published\n"
        + "a,T1,\"line one\nline two, with comma\",2023-05-23\n"
        + "b,T2,plain,2023-05-24\n"
        + "c,only-two\n"
        + "d,T4,\"she said \"\"hello\"\"\",2023-05-25\n";
    List<RawRecord> records = read(InputFormat.CSV, ColumnMapping.defaults(), utf8(csv));
    assertThat(records).extracting(RawRecord::id).containsExactly("a", "b", null, "d");
    assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L, 5L, 6L);
    assertThat(records.get(0).text()).isEqualTo("line one\nline two, with comma");
    assertThat(records.get(2).failure()).isEqualTo(RejectReason.MALFORMED_CSV);
    assertThat(records.get(3).text()).isEqualTo("she said \"hello\"");
  }

  @Test
  void textFileIsOneArticleWithTitleAndDateFromItsName() {
    InputStream in = new ByteArrayInputStream(utf8("Headline here\n\nBody of the report."));
    List<RawRecord> out = new ArrayList<>();
    new TextFileReader().read("file:/c/2023-05-23-belgorod.txt", in).forEachRemaining(out::add);
    assertThat(out).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo("2023-05-23-belgorod");
      assertThat(r.title()).isEqualTo("Headline here");
      assertThat(r.published()).isEqualTo("2023-05-23");
      assertThat(r.text()).isEqualTo("Headline here\n\nBody of the report.");
    });
  }

  @Test
  void invalidUtf8TextFileIsRejected() {
    List<RawRecord> out = new ArrayList<>();
    new TextFileReader().read("file:/c/bad.txt", new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF, 'b'}))
        .forEachRemaining(out::add);
    assertThat(out).singleElement().extracting(RawRecord::failure).isEqualTo(RejectReason.INVALID_UTF8);
  }
}
