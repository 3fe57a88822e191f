package org.borderwatch.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of GeoNames dump files, wherever it lives: the jar's bundled gazetteer, a local folder, or (in
 * {@code geo.spark}) a Hadoop FileSystem path on HDFS or S3.
 */
public interface GazetteerFiles {
  /** Classpath folder of the gazetteer bundled in the jar. */
  String BUNDLED_RESOURCE_DIR = "borderwatch/gazetteer/";

  /** Where the files come from, for messages and the run manifest. */
  String location();

  /** Names of the plain files in the folder, sorted. */
  List<String> names();

  /** Opens a file by name; empty when the folder has no such file. */
  Optional<InputStream> open(String name) throws IOException;

  /** The gazetteer bundled in the jar. */
  static GazetteerFiles bundled() {
    return new ClasspathFiles(BUNDLED_RESOURCE_DIR,
        List.of("admin1CodesASCII.txt", "admin2Codes.txt", "border-regions.tsv", "cities.txt", "countryInfo.txt"));
  }

  /** One classpath resource as a folder holding a single file named "". */
  static GazetteerFiles bundledResource(String resource) {
    return new ClasspathFiles(resource, List.of(""));
  }

  /** A local folder. */
  static GazetteerFiles directory(Path dir) {
    return new GazetteerFiles() {
      @Override
      public String location() {
        return dir.toString();
      }

      @Override
      public List<String> names() {
        try (Stream<Path> files = Files.list(dir)) {
          return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list gazetteer folder " + dir, e);
        }
      }

      @Override
      public Optional<InputStream> open(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
      }
    };
  }

  /** Files under a classpath folder whose names are known in advance (a classpath cannot be listed). */
  record ClasspathFiles(String resourceDir, List<String> names) implements GazetteerFiles {
    @Override
    public String location() {
      return "classpath:" + resourceDir;
    }

    @Override
    public Optional<InputStream> open(String name) {
      return Optional.ofNullable(GazetteerFiles.class.getClassLoader().getResourceAsStream(resourceDir + name));
    }
  }
}
