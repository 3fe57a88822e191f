package org.borderwatch.geo.spark;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffers what is written in memory up to a limit, then moves it to a stream it opens only then and writes the
 * rest there: the caller learns whether the whole fits without serializing twice or holding a large copy.
 */
final class SpillingOutputStream extends OutputStream {
  /** Opens the stream to spill to. */
  interface Target {
    OutputStream open() throws IOException;
  }

  private final long limit;
  private final Target target;
  private ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
  private OutputStream spill;

  SpillingOutputStream(long limit, Target target) {
    this.limit = limit;
    this.target = target;
  }

  boolean spilled() {
    return spill != null;
  }

  /** What was written, when it fitted. */
  byte[] buffered() {
    if (spill != null) {
      throw new IllegalStateException("spilled");
    }
    return buffer.toByteArray();
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (spill == null && buffer.size() + (long) len > limit) {
      spill = new BufferedOutputStream(target.open(), 1 << 16);
      buffer.writeTo(spill);
      buffer = null;
    }
    if (spill != null) {
      spill.write(b, off, len);
    } else {
      buffer.write(b, off, len);
    }
  }

  @Override
  public void flush() throws IOException {
    if (spill != null) {
      spill.flush();
    }
  }

  @Override
  public void close() throws IOException {
    if (spill != null) {
      spill.close();
    }
  }
}
