package org.borderwatch.cli;

import picocli.CommandLine.Option;

/** The output root holding one folder per table. */
public final class OutputOptions {
  static final String DEFAULT_OUT = "./borderwatch-out";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
      description = "output root, one folder per table (local, hdfs://, s3a://); default: ${DEFAULT-VALUE}")
  String out;
}
