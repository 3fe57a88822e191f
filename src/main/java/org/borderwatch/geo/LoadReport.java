package org.borderwatch.geo;

import java.io.Serializable;
import java.util.Map;

/**
 * What loading the gazetteer did: where from, rows kept, rows filtered out by options, malformed rows skipped
 * (per file), and the content version.
 */
public record LoadReport(String location, String version, int places, int names, long filtered,
    Map<String, Long> malformedByFile, long millis) implements Serializable {

  public LoadReport {
    malformedByFile = Map.copyOf(malformedByFile);
  }

  public long malformed() {
    return malformedByFile.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    return "gazetteer " + location + " (version " + version + "): " + places + " places, " + names + " names, "
        + filtered + " filtered out, " + malformed() + " malformed rows skipped " + malformedByFile + ", " + millis
        + " ms";
  }
}
