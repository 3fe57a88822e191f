package org.borderwatch.io;

/** Whether a stage replaces its tables or adds to them. */
public enum RunMode {
  /** Read every input and replace the tables. */
  FULL,
  /**
   * Process only what is new since the last run into this output root (input files not ingested
   * before, articles added or replaced by that ingest, the incident blocks their claims fall in) and
   * rewrite only the partitions that touches; the tables then equal a full run over all inputs so far.
   */
  INCREMENTAL
}
