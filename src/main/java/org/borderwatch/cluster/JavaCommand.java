package org.borderwatch.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.io.Versions;

/** A {@code java} command line for a Spark JVM: this JVM's java, a heap, Spark's Java 17 flags, a class path. */
record JavaCommand(String heap, String classpath, String mainClass, List<String> args) {

  List<String> toList() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(Versions.sparkJavaOptions());
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }
}
