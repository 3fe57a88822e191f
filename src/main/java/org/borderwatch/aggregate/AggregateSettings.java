package org.borderwatch.aggregate;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/**
 * Clustering thresholds captured on the driver and shipped to executors. {@code compatibleTypes}
 * holds unordered pairs as {@code "A|B"} with A ≤ B.
 */
public record AggregateSettings(int windowDays, double distanceKm, Set<String> compatibleTypes) implements Serializable {

  public AggregateSettings {
    if (windowDays < 0) {
      throw new BorderwatchException(ConfKeys.AGGREGATE_WINDOW_DAYS + " must be 0 or more, got " + windowDays);
    }
    if (!(distanceKm >= 0)) {
      throw new BorderwatchException(ConfKeys.AGGREGATE_DISTANCE_KM + " must be 0 or more, got " + distanceKm);
    }
    // sorted, so settings print the same way on every run
    compatibleTypes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(compatibleTypes));
  }

  public static AggregateSettings defaults() {
    return from(BorderwatchConf.empty());
  }

  public static AggregateSettings from(BorderwatchConf conf) {
    return new AggregateSettings(
        conf.getInt(ConfKeys.AGGREGATE_WINDOW_DAYS, ConfKeys.AGGREGATE_WINDOW_DAYS_DEFAULT),
        conf.getDouble(ConfKeys.AGGREGATE_DISTANCE_KM, ConfKeys.AGGREGATE_DISTANCE_KM_DEFAULT),
        parsePairs(conf.get(ConfKeys.AGGREGATE_COMPATIBLE_TYPES, ConfKeys.AGGREGATE_COMPATIBLE_TYPES_DEFAULT)));
  }

  public AggregateSettings withWindowDays(int days) {
    return new AggregateSettings(days, distanceKm, compatibleTypes);
  }

  /** True when claims of these two different event types may describe one incident (same place and day). */
  public boolean compatible(String typeA, String typeB) {
    return compatibleTypes.contains(pairKey(typeA, typeB));
  }

  static Set<String> parsePairs(String spec) {
    Set<String> pairs = new TreeSet<>();
    for (String item : spec.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] types = item.split("\\|");
      if (types.length != 2 || types[0].isBlank() || types[1].isBlank()) {
        throw new BorderwatchException(ConfKeys.AGGREGATE_COMPATIBLE_TYPES
            + " expects comma-separated pairs 'TypeA|TypeB', got '" + item.trim() + "'");
      }
      pairs.add(pairKey(types[0].trim(), types[1].trim()));
    }
    return pairs;
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }
}
