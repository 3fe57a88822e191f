package org.borderwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Versions stamped on every output row and manifest, read from the jar's build metadata. */
public final class Versions {
  private static final Properties PROPS = load();

  private Versions() {}

  public static String pipeline() {
    return PROPS.getProperty("version", "dev");
  }

  public static String sparkNlp() {
    return PROPS.getProperty("sparknlp.version", "unknown");
  }

  /** The {@code --add-opens} flags Spark needs on Java 17, as the build declares them; empty when unknown. */
  public static List<String> sparkJavaOptions() {
    String opens = PROPS.getProperty("java17.opens", "").trim();
    return opens.isEmpty() ? List.of() : Arrays.asList(opens.split("\\s+"));
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/borderwatch/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unreadable stamp must not stop a job: versions fall back to "dev"
    }
    return p;
  }
}
