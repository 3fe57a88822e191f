package org.borderwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2024, 1, 1);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-05-23|2023-05-23T00:00:00Z",
      "2023-05-23T14:05:00Z|2023-05-23T14:05:00Z",
      "2023-05-23T17:05:00+03:00|2023-05-23T14:05:00Z",
      "2023-05-23T14:05:00|2023-05-23T14:05:00Z",
      "2023-05-23 14:05|2023-05-23T14:05:00Z",
      "'Tue, 23 May 2023 14:05:00 GMT'|2023-05-23T14:05:00Z",
      "1684850700|2023-05-23T14:05:00Z",
      "1684850700000|2023-05-23T14:05:00Z"})
  void readsTheFormsFeedsUse(String value, String expected) {
    assertThat(PublishedDates.parse(value, RUN_DATE)).as(value).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"last Tuesday-ish", "2023-13-40", "23/05/2023", "1850-01-01", "2031-01-01", ""})
  void rejectsUnreadableOrImplausibleDates(String value) {
    assertThat(PublishedDates.parse(value, RUN_DATE)).as(value).isEmpty();
  }
}
