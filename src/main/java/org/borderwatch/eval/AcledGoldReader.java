package org.borderwatch.eval;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.BorderwatchException;

/**
 * Reads an ACLED export CSV (header row, any column order, extra columns ignored). Rows without an
 * event id, a parsable date, coordinates or notes are skipped and listed with their line, never
 * dropped silently; a repeated event id keeps its first row.
 */
public final class AcledGoldReader {
  static final String EVENT_ID = "event_id_cnty";
  static final String EVENT_DATE = "event_date";
  static final String EVENT_TYPE = "event_type";
  static final String SUB_EVENT_TYPE = "sub_event_type";
  static final String ACTOR1 = "actor1";
  static final String ACTOR2 = "actor2";
  static final String ADMIN1 = "admin1";
  static final String LOCATION = "location";
  static final String LATITUDE = "latitude";
  static final String LONGITUDE = "longitude";
  static final String GEO_PRECISION = "geo_precision";
  static final String SOURCE = "source";
  static final String NOTES = "notes";
  private static final List<String> REQUIRED = List.of(EVENT_ID, EVENT_DATE, EVENT_TYPE, SUB_EVENT_TYPE, ACTOR1,
      ADMIN1, LOCATION, LATITUDE, LONGITUDE, GEO_PRECISION, NOTES);

  /** ACLED writes "15 April 2022" in its exports and ISO dates through its API. */
  private static final List<DateTimeFormatter> DATES = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH));

  private AcledGoldReader() {}

  public static GoldFile read(InputStream in, String name) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setSkipEmptyLines(true);
    CsvParser parser = new CsvParser(settings);
    parser.beginParsing(new InputStreamReader(in, StandardCharsets.UTF_8));
    String[] header = parser.getContext().headers();
    if (header == null) {
      throw new BorderwatchException("gold file " + name + " is empty");
    }
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < header.length; i++) {
      if (header[i] != null) {
        index.putIfAbsent(header[i].trim().toLowerCase(Locale.ROOT), i);
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new BorderwatchException("gold file " + name + " is not an ACLED export: missing columns " + missing);
    }
    List<GoldEvent> events = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long line = parser.getContext().currentLine();
    String[] row;
    while ((row = parser.parseNext()) != null) {
      long start = line + 1;
      line = parser.getContext().currentLine();
      Row r = new Row(row, index);
      try {
        GoldEvent e = toEvent(r);
        if (seen.add(e.eventId())) {
          events.add(e);
        } else {
          skipped.add("line " + start + ": repeated event id " + e.eventId());
        }
      } catch (IllegalArgumentException | DateTimeParseException e) {
        skipped.add("line " + start + ": " + e.getMessage());
      }
    }
    return new GoldFile(events, skipped);
  }

  private static GoldEvent toEvent(Row r) {
    String id = r.required(EVENT_ID);
    String notes = r.required(NOTES);
    return new GoldEvent(id, date(r.required(EVENT_DATE)), r.required(EVENT_TYPE), r.required(SUB_EVENT_TYPE),
        r.required(ACTOR1), r.optional(ACTOR2), r.optional(ADMIN1), r.optional(LOCATION),
        number(r.required(LATITUDE), LATITUDE), number(r.required(LONGITUDE), LONGITUDE),
        (int) number(r.required(GEO_PRECISION), GEO_PRECISION), r.optional(SOURCE), notes);
  }

  static LocalDate date(String value) {
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(value, f);
      } catch (DateTimeParseException ignored) {
        // next form
      }
    }
    throw new IllegalArgumentException("unreadable event_date '" + value + "'");
  }

  private static double number(String value, String column) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unreadable " + column + " '" + value + "'");
    }
  }

  /** A CSV row read by column name. */
  private record Row(String[] cells, Map<String, Integer> index) {
    String optional(String column) {
      Integer i = index.get(column);
      String v = i == null || i >= cells.length ? null : cells[i];
      return v == null || v.isBlank() ? null : v.trim();
    }

    String required(String column) {
      String v = optional(column);
      if (v == null) {
        throw new IllegalArgumentException("empty " + column);
      }
      return v;
    }
  }
}
