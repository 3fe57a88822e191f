package org.borderwatch.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads one record ahead from a file or a split of one; stops after an {@link RejectReason#UNREADABLE_FILE} record,
 * since nothing after a read failure can be trusted.
 */
public abstract class RecordIterator implements Iterator<RawRecord> {
  private RawRecord next;
  private boolean started;

  /** The next record of the file, or null at its end. */
  protected abstract RawRecord advance();

  @Override
  public boolean hasNext() {
    if (!started) {
      next = advance();
      started = true;
    }
    return next != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord current = next;
    next = current.failure() == RejectReason.UNREADABLE_FILE ? null : advance();
    return current;
  }
}
