package org.borderwatch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a standalone Master reports on its web UI's {@code /json/} page. */
public record MasterStatus(String url, String state, int aliveWorkers, int cores, int coresUsed,
    List<String> activeApps, List<String> completedApps) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .proxy(HttpClient.Builder.NO_PROXY)
      .connectTimeout(Duration.ofSeconds(2))
      .build();

  /** Asks the Master whose web UI is at {@code webUi}; throws {@link IOException} while it does not answer. */
  public static MasterStatus fetch(URI webUi) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(webUi.resolve("/json/")).timeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("master answered HTTP " + response.statusCode());
      }
      return parse(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking the master", e);
    }
  }

  static MasterStatus parse(String json) throws IOException {
    JsonNode root = JSON.readTree(json);
    return new MasterStatus(root.path("url").asText(), root.path("status").asText(), root.path("aliveworkers").asInt(),
        root.path("cores").asInt(), root.path("coresused").asInt(), appIds(root.path("activeapps")),
        appIds(root.path("completedapps")));
  }

  private static List<String> appIds(JsonNode apps) {
    List<String> ids = new ArrayList<>();
    apps.forEach(app -> ids.add(app.path("id").asText()));
    return List.copyOf(ids);
  }
}
