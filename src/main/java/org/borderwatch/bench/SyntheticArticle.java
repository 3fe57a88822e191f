package org.borderwatch.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One generated article, as a corpus record with the ingest stage's default columns. */
public record SyntheticArticle(String id, String url, String title, String text, LocalDate published, String source) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String toJsonLine() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("url", url);
    m.put("title", title);
    m.put("text", text);
    m.put("published", published.toString());
    m.put("source", source);
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }
}
