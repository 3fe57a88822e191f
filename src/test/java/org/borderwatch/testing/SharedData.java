package org.borderwatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development data, {@code ../shared/data} from the project root (or {@code -Dborderwatch.shared-data}):
 * third-party files on development and CI machines only, never in the project.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("borderwatch.shared-data", "../shared/data")).toAbsolutePath().normalize();
  }

  /** {@code relative} under the root, after checking it exists (skipping outside CI, failing in CI when not). */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    Ci.assumeOrFailInCi(Files.exists(p), "the development data " + p + " is absent; it is not part of the project");
    return p;
  }
}
