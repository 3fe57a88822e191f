package org.borderwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.borderwatch.BorderwatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkDistributionTest {
  @TempDir Path tmp;

  @Test
  void linksEveryJarOfTheClasspathIntoJars() throws IOException {
    Path a = jar("repo/org/a/core/1.0/core-1.0.jar");
    Path b = jar("repo/org/b/core/1.0/core-1.0.jar");
    Path c = jar("repo/org/c/util/2.0/util-2.0.jar");
    Path list = Files.writeString(tmp.resolve("cp.txt"),
        String.join(File.pathSeparator, a.toString(), tmp.resolve("classes").toString(), b.toString(), c.toString()) + "\n");

    SparkDistribution spark = SparkDistribution.assemble(list, tmp.resolve("home"));

    Path jars = tmp.resolve("home/jars");
    assertThat(names(jars)).as("linked jars; a clashing file name kept apart, folders skipped")
        .containsExactly("1-core-1.0.jar", "core-1.0.jar", "util-2.0.jar");
    assertThat(Files.readSymbolicLink(jars.resolve("util-2.0.jar"))).as("link target").isEqualTo(c);
    assertThat(spark.classpath()).as("class path").isEqualTo(jars + File.separator + "*");
    assertThat(spark.environment()).as("daemon environment")
        .containsEntry("SPARK_HOME", tmp.resolve("home").toString())
        .containsEntry("SPARK_SCALA_VERSION", "2.12");
  }

  @Test
  void reassemblingReplacesTheOldLinks() throws IOException {
    Path a = jar("repo/a-1.0.jar");
    Path b = jar("repo/b-1.0.jar");
    SparkDistribution.assemble(Files.writeString(tmp.resolve("one.txt"), a.toString()), tmp.resolve("home"));

    SparkDistribution.assemble(Files.writeString(tmp.resolve("two.txt"), b.toString()), tmp.resolve("home"));

    assertThat(names(tmp.resolve("home/jars"))).as("jars after the second assembly").containsExactly("b-1.0.jar");
  }

  @Test
  void anInstallationWithoutJarsIsRefused() {
    assertThatThrownBy(() -> SparkDistribution.installed(tmp))
        .as("a folder without jars/")
        .isInstanceOf(BorderwatchException.class)
        .hasMessageContaining("not a Spark installation (no jars/ folder): " + tmp);
  }

  private Path jar(String path) throws IOException {
    Path jar = tmp.resolve(path);
    Files.createDirectories(jar.getParent());
    return Files.write(jar, new byte[] {0x50, 0x4b});
  }

  private static java.util.List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
