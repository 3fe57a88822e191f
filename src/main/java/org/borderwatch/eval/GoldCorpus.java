package org.borderwatch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns gold events into corpus records (JSON Lines, the ingest stage's default columns): one
 * article per event, id = event id, text = notes, published = event date, source = source. Each
 * gets a URL of its own ({@code urn:acled:<event id>}), so events with identical notes stay
 * separate articles instead of collapsing as duplicates. No title: the notes are the whole article,
 * and nothing of the coding (types, place, actors) may reach the extractor outside them.
 */
public final class GoldCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String URL_PREFIX = "urn:acled:";

  private GoldCorpus() {}

  public static String toJsonLine(GoldEvent e) {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("id", e.eventId());
    record.put("url", URL_PREFIX + e.eventId());
    record.put("text", e.notes());
    record.put("published", e.eventDate().toString());
    record.put("source", e.source());
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e1) {
      throw new IllegalStateException("a map of strings always serialises", e1);
    }
  }
}
