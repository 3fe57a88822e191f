package org.borderwatch.eval;

import java.util.List;

/** The usable events of a gold file and, for every row that could not be used, its line and why. */
public record GoldFile(List<GoldEvent> events, List<String> skipped) {
  public GoldFile {
    events = List.copyOf(events);
    skipped = List.copyOf(skipped);
  }
}
