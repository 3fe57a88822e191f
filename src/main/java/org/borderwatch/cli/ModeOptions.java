package org.borderwatch.cli;

import org.borderwatch.io.RunMode;
import picocli.CommandLine.Option;

/** Full or incremental: whether a job replaces its tables or adds what is new to them. */
public final class ModeOptions {
  @Option(names = "--incremental",
      description = "add to the existing output root: ingest only input files not read before, extract only the "
          + "articles they add or replace, re-cluster only the incident blocks their claims fall in, and rewrite "
          + "only the partitions that touches")
  boolean incremental;

  RunMode mode() {
    return incremental ? RunMode.INCREMENTAL : RunMode.FULL;
  }
}
