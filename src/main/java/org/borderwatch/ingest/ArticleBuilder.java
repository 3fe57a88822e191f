package org.borderwatch.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.borderwatch.io.Reject;

/** Validates and normalises one {@link RawRecord} into an {@link Article}, or says why it cannot. */
public final class ArticleBuilder {
  public static final String STAGE = "ingest";

  private final IngestSettings settings;

  public ArticleBuilder(IngestSettings settings) {
    this.settings = settings;
  }

  public IngestOutcome build(RawRecord r) {
    if (r.isFailed()) {
      return reject(r, r.failure(), r.failureDetail());
    }
    if (r.text() == null) {
      return reject(r, RejectReason.MISSING_TEXT, "no text field");
    }
    if (containsBinary(r.text())) {
      return reject(r, RejectReason.BINARY_CONTENT, "text contains NUL or other binary control characters");
    }
    if (r.text().indexOf('\uFFFD') >= 0) {
      return reject(r, RejectReason.INVALID_UTF8, "text contains bytes that are not valid UTF-8");
    }
    String text = TextNormalizer.normalize(r.text());
    if (text.length() < settings.minTextChars()) {
      return reject(r, RejectReason.EMPTY_TEXT,
          "text has " + text.length() + " characters after normalisation; minimum " + settings.minTextChars());
    }
    if (text.length() > settings.maxTextChars()) {
      return reject(r, RejectReason.TEXT_TOO_LONG,
          "text has " + text.length() + " characters; maximum " + settings.maxTextChars());
    }
    Instant publishedAt;
    boolean inferred = isBlank(r.published());
    if (inferred) {
      publishedAt = settings.runDate().atStartOfDay().toInstant(ZoneOffset.UTC);
    } else {
      Optional<Instant> parsed = PublishedDates.parse(r.published(), settings.runDate());
      if (parsed.isEmpty()) {
        return reject(r, RejectReason.BAD_DATE, "unreadable publication date '" + Reject.bound(r.published(), 80) + "'");
      }
      publishedAt = parsed.get();
    }
    String url = trimToNull(r.url());
    String language = trimToNull(r.language());
    return IngestOutcome.accepted(new Article(
        ArticleIds.of(url, text),
        trimToNull(r.id()),
        url,
        trimToNull(r.source()),
        r.title() == null ? null : trimToNull(TextNormalizer.normalize(r.title())),
        text,
        publishedAt,
        LocalDate.ofInstant(publishedAt, ZoneOffset.UTC),
        inferred,
        language == null ? LanguageGuess.guess(text) : language.toLowerCase(java.util.Locale.ROOT),
        ArticleIds.contentHash(text),
        r.inputFile(),
        r.offset(),
        r.line()));
  }

  private IngestOutcome reject(RawRecord r, RejectReason reason, String detail) {
    return IngestOutcome.rejected(new Reject(STAGE, reason.name(), detail, r.inputFile(), r.offset(), r.line(), null,
        Reject.bound(r.raw(), settings.maxRawChars())));
  }

  private static boolean containsBinary(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimToNull(String s) {
    return isBlank(s) ? null : s.trim();
  }
}
