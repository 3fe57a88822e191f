package org.borderwatch.geo;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/**
 * What to keep from the gazetteer files and how the resolver weighs context; captured from
 * {@link BorderwatchConf} on the driver ({@code borderwatch.geo.*}, defaults in {@link ConfKeys}).
 */
public record GazetteerOptions(Set<String> featureClasses, long minPopulation, int maxCandidates,
    long bareNameMinPopulation, double focusOverrideRatio, long acronymMinPopulation) implements Serializable {

  private static final Set<String> KNOWN_CLASSES = Set.of("A", "H", "L", "P", "R", "S", "T", "U", "V");

  public GazetteerOptions {
    featureClasses = Set.copyOf(featureClasses);
    for (String c : featureClasses) {
      if (!KNOWN_CLASSES.contains(c)) {
        throw new BorderwatchException(ConfKeys.GEO_FEATURE_CLASSES + ": unknown GeoNames feature class '" + c
            + "', expected some of " + new TreeSet<>(KNOWN_CLASSES));
      }
    }
    if (maxCandidates < 1) {
      throw new BorderwatchException(ConfKeys.GEO_MAX_CANDIDATES + " must be at least 1, got " + maxCandidates);
    }
  }

  public static GazetteerOptions defaults() {
    return from(BorderwatchConf.empty());
  }

  public static GazetteerOptions from(BorderwatchConf conf) {
    String classes = conf.get(ConfKeys.GEO_FEATURE_CLASSES, ConfKeys.GEO_FEATURE_CLASSES_DEFAULT);
    Set<String> kept = new TreeSet<>();
    Arrays.stream(classes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(kept::add);
    return new GazetteerOptions(kept,
        (long) conf.getDouble(ConfKeys.GEO_MIN_POPULATION, ConfKeys.GEO_MIN_POPULATION_DEFAULT),
        conf.getInt(ConfKeys.GEO_MAX_CANDIDATES, ConfKeys.GEO_MAX_CANDIDATES_DEFAULT),
        (long) conf.getDouble(ConfKeys.GEO_BARE_NAME_MIN_POPULATION, ConfKeys.GEO_BARE_NAME_MIN_POPULATION_DEFAULT),
        conf.getDouble(ConfKeys.GEO_FOCUS_OVERRIDE_RATIO, ConfKeys.GEO_FOCUS_OVERRIDE_RATIO_DEFAULT),
        (long) conf.getDouble(ConfKeys.GEO_ACRONYM_MIN_POPULATION, ConfKeys.GEO_ACRONYM_MIN_POPULATION_DEFAULT));
  }
}
