package org.borderwatch.io;

import java.io.IOException;
import java.io.InputStream;
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
