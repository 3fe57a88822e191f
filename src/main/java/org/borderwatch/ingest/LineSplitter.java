package org.borderwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a whole (decompressed) byte stream on {@code \n}, numbering lines and counting their byte
 * offsets; a UTF-8 byte order mark before the first line is not part of it.
 */
final class LineSplitter {
  private static final int BOM_LENGTH = 3;

  private final InputStream in;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
  private final LineDecoder decoder = new LineDecoder();
  private long lineNumber;
  private long offset;
  private boolean eof;

  LineSplitter(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at end of stream. */
  InputLine next() throws IOException {
    if (eof) {
      return null;
    }
    buf.reset();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      buf.write(b);
    }
    if (b == -1) {
      eof = true;
      if (buf.size() == 0) {
        return null;
      }
    }
    lineNumber++;
    long start = offset;
    offset += buf.size() + (b == '\n' ? 1 : 0);
    byte[] bytes = buf.toByteArray();
    int skip = lineNumber == 1 && startsWithBom(bytes) ? BOM_LENGTH : 0;
    return decoder.decode(lineNumber, start, bytes, skip, bytes.length - skip);
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= BOM_LENGTH
        && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }
}
