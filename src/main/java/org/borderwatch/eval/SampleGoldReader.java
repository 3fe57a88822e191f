package org.borderwatch.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.BorderwatchException;

/**
 * Reads the sample gold format: JSON Lines, one article per line, {@code {"article": id, "claims":
 * [{"actor", "actor_side", "location", "admin1_code", "country", "event_type", "sub_event_type",
 * "attribution", "modality", "cross_border_kind", ...}]}}. An article with an empty list is gold
 * too: every claim extracted from it is a false positive.
 */
public final class SampleGoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The gold claims and the ids of every article the file covers (with or without claims). */
  public record SampleGold(Set<String> articles, List<SampleGoldClaim> claims) {
    public SampleGold {
      articles = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(articles));
      claims = List.copyOf(claims);
    }
  }

  private SampleGoldReader() {}

  public static SampleGold read(InputStream in, String name) throws IOException {
    Set<String> articles = new LinkedHashSet<>();
    List<SampleGoldClaim> claims = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new BorderwatchException(name + " line " + n + ": not JSON: " + e.getOriginalMessage(), e);
      }
      String article = text(node, "article");
      if (article == null) {
        throw new BorderwatchException(name + " line " + n + ": no \"article\" id");
      }
      articles.add(article);
      for (JsonNode c : node.path("claims")) {
        claims.add(new SampleGoldClaim(article, text(c, "actor"), text(c, "actor_side"), text(c, "location"),
            text(c, "admin1_code"), text(c, "country"), text(c, "event_type"), text(c, "sub_event_type"),
            text(c, "attribution"), text(c, "modality"), text(c, "cross_border_kind")));
      }
    }
    return new SampleGold(articles, claims);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
  }
}
