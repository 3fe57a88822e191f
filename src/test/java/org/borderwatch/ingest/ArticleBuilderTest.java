package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {
  private static final IngestSettings SETTINGS = new IngestSettings(200, 20, 50, LocalDate.of(2024, 1, 1));
  private static final String TEXT = "Shelling hit the village of Kozinka on Monday, the governor said.";
  private final ArticleBuilder builder = new ArticleBuilder(SETTINGS);

  private static RawRecord record(String text, String published) {
    return new RawRecord("f.jsonl", 214L, 3L, "a1", "https://example.org/a1", "Title", text, published, "Wire", null,
        "{\"raw\":true}", null, null);
  }

  private String reason(RawRecord r) {
    IngestOutcome o = builder.build(r);
    assertThat(o.isAccepted()).as("rejected").isFalse();
    assertThat(o.reject().inputFile()).isEqualTo(r.inputFile());
    assertThat(o.reject().inputOffset()).isEqualTo(r.offset());
    assertThat(o.reject().line()).isEqualTo(r.line());
    return o.reject().reason();
  }

  @Test
  void acceptsAndNormalises() {
    IngestOutcome o = builder.build(record("  " + TEXT + "  ", "2023-05-23T10:00:00Z"));
    assertThat(o.isAccepted()).isTrue();
    Article a = o.article();
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 5, 23));
    assertThat(a.publishedInferred()).isFalse();
    assertThat(a.language()).as("guessed").isEqualTo("en");
    assertThat(a.articleId()).isEqualTo(ArticleIds.of("https://example.org/a1", TEXT));
    assertThat(a.inputOffset()).as("locator kept").isEqualTo(214L);
    assertThat(a.inputLine()).isEqualTo(3L);
  }

  @Test
  void missingDateFallsBackToRunDateWithFlag() {
    Article a = builder.build(record(TEXT, null)).article();
    assertThat(a.publishedDate()).isEqualTo(SETTINGS.runDate());
    assertThat(a.publishedInferred()).isTrue();
  }

  @Test
  void everyRejectReason() {
    assertThat(reason(record(null, "2023-05-23"))).isEqualTo("MISSING_TEXT");
    assertThat(reason(record("   ", "2023-05-23"))).isEqualTo("EMPTY_TEXT");
    assertThat(reason(record("too short", "2023-05-23"))).isEqualTo("EMPTY_TEXT");
    assertThat(reason(record(TEXT.repeat(5), "2023-05-23"))).isEqualTo("TEXT_TOO_LONG");
    assertThat(reason(record(TEXT, "last Tuesday-ish"))).isEqualTo("BAD_DATE");
    assertThat(reason(record(TEXT + "\u0000\u0001", "2023-05-23"))).isEqualTo("BINARY_CONTENT");
    assertThat(reason(record(TEXT + "\uFFFD", "2023-05-23"))).isEqualTo("INVALID_UTF8");
    assertThat(reason(RawRecord.failed("f.jsonl", null, 3L, "{", RejectReason.MALFORMED_JSON, "eof"))).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void rawIsBounded() {
    RawRecord long_ = new RawRecord("f", null, 1L, null, null, null, null, null, null, null, "x".repeat(500), null, null);
    assertThat(builder.build(long_).reject().raw()).startsWith("x".repeat(50)).contains("450 more chars");
  }
}
