package org.borderwatch.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.borderwatch.BorderwatchException;

/**
 * A folder laid out like a Spark installation ({@code <home>/jars/*.jar}): what a standalone Worker
 * needs to build its executors' class path. Either an installed Spark ({@code SPARK_HOME}) or one
 * assembled from the jars of the build's class path.
 */
public record SparkDistribution(Path home) {
  /** Scala binary version of the Spark jars borderwatch is built against. */
  public static final String SCALA_VERSION = "2.12";

  public SparkDistribution {
    home = home.toAbsolutePath().normalize();
  }

  /** An installed Spark, such as {@code $SPARK_HOME}. */
  public static SparkDistribution installed(Path sparkHome) {
    if (!Files.isDirectory(sparkHome.resolve("jars"))) {
      throw new BorderwatchException("not a Spark installation (no jars/ folder): " + sparkHome);
    }
    return new SparkDistribution(sparkHome);
  }

  /**
   * Assembles {@code <home>/jars} from a class-path file (entries joined by the path separator, as
   * {@code dependency:build-classpath} writes it), linking every jar rather than copying it.
   */
  public static SparkDistribution assemble(Path classpathFile, Path home) {
    Path jars = home.resolve("jars");
    try {
      String classpath = Files.readString(classpathFile).trim();
      if (classpath.isEmpty()) {
        throw new BorderwatchException("empty class-path file: " + classpathFile);
      }
      Files.createDirectories(jars);
      // links from an earlier assembly go; anything else in the folder is not ours to delete
      try (Stream<Path> old = Files.list(jars)) {
        for (Path p : (Iterable<Path>) old.filter(Files::isSymbolicLink)::iterator) {
          Files.delete(p);
        }
      }
      Set<String> names = new HashSet<>();
      for (String entry : classpath.split(java.io.File.pathSeparator)) {
        Path jar = Path.of(entry).toAbsolutePath();
        if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
          continue;
        }
        String name = jar.getFileName().toString();
        // artifacts of different groups may share a file name: keep both
        String unique = names.add(name) ? name : names.size() + "-" + name;
        names.add(unique);
        Files.createSymbolicLink(jars.resolve(unique), jar);
      }
    } catch (IOException e) {
      throw new BorderwatchException("cannot assemble Spark jars from " + classpathFile + " into " + jars + ": "
          + e.getMessage(), e);
    }
    return new SparkDistribution(home);
  }

  /** Class path of the Spark jars, as a JVM wildcard. */
  public String classpath() {
    return home.resolve("jars") + java.io.File.separator + "*";
  }

  /** Environment a Spark daemon needs to launch executors from this distribution. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", SCALA_VERSION);
    return env;
  }
}
