package org.borderwatch.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads publication dates as news feeds write them: ISO dates and timestamps (with or without an
 * offset; without one, UTC), {@code 2023-05-23 10:15:00}, RFC 1123 ({@code Tue, 23 May 2023
 * 10:15:00 GMT}) and Unix epoch seconds or milliseconds.
 */
public final class PublishedDates {
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT));
  private static final int MIN_YEAR = 1900;

  private PublishedDates() {}

  /** The instant, or empty when the value is not a date this reader understands or is implausible. */
  public static Optional<Instant> parse(String value, LocalDate runDate) {
    Optional<Instant> parsed = parseAny(value.trim());
    return parsed.filter(i -> {
      int year = i.atZone(ZoneOffset.UTC).getYear();
      return year >= MIN_YEAR && year <= runDate.getYear() + 1;
    });
  }

  private static Optional<Instant> parseAny(String v) {
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(Character::isDigit) && (v.length() == 10 || v.length() == 13)) {
      long n = Long.parseLong(v);
      return Optional.of(v.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n));
    }
    try {
      return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // not a plain date: try the timestamp forms
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException ignored) {
      // no offset
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException ignored) {
      // not RFC 1123
    }
    for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
      try {
        return Optional.of(LocalDateTime.parse(v, f).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException ignored) {
        // next form
      }
    }
    return Optional.empty();
  }
}
