package org.borderwatch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.borderwatch.BorderwatchException;

/**
 * Driver-side configuration. Precedence, highest first: a dedicated command-line flag, then
 * {@code --conf key=value}, then {@code --conf-file}, then the default beside each key in
 * {@link ConfKeys}. Executors never see this object; jobs capture the few values they need into
 * small serializable settings records.
 */
public final class BorderwatchConf {
  private final Map<String, String> values;

  private BorderwatchConf(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static BorderwatchConf empty() {
    return new BorderwatchConf(Map.of());
  }

  /** Layers {@code overrides} over the properties of {@code confFile} (which may be null). */
  public static BorderwatchConf load(Path confFile, Map<String, String> overrides) {
    Map<String, String> merged = new TreeMap<>();
    if (confFile != null) {
      Properties props = new Properties();
      try (Reader reader = Files.newBufferedReader(confFile)) {
        props.load(reader);
      } catch (IOException e) {
        throw new BorderwatchException("cannot read --conf-file " + confFile + ": " + e.getMessage(), e);
      }
      props.stringPropertyNames().forEach(k -> merged.put(k, props.getProperty(k).trim()));
    }
    merged.putAll(overrides);
    return new BorderwatchConf(merged);
  }

  public BorderwatchConf with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new BorderwatchConf(copy);
  }

  public String get(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  public int getInt(String key, int defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new BorderwatchException(key + " must be an integer, got '" + v + "'");
    }
  }

  public double getDouble(String key, double defaultValue) {
    String v = values.get(key);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new BorderwatchException(key + " must be a number, got '" + v + "'");
    }
  }

  public LocalDate runDate() {
    String v = values.get(ConfKeys.RUN_DATE);
    if (v == null) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new BorderwatchException(ConfKeys.RUN_DATE + " must be an ISO date (2024-06-01), got '" + v + "'");
    }
  }

  /** Keys with the given prefix, prefix removed. */
  public Map<String, String> withPrefix(String prefix) {
    Map<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /** Every key and value, for the run manifest. */
  public Map<String, String> asMap() {
    return values;
  }
}
