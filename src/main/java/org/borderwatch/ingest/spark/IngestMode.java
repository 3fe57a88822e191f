package org.borderwatch.ingest.spark;

/** Whether an ingest replaces the {@code articles} table or adds to it. */
public enum IngestMode {
  /** Read every input file and replace the tables. */
  FULL,
  /**
   * Read only input files not ingested before into this output root, add their new articles, and
   * rewrite only the date partitions they touch; the result equals a full run over all inputs so far.
   */
  INCREMENTAL
}
