package org.borderwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream on {@code \n} and decodes each line as strict UTF-8, so one line with
 * invalid bytes is reported on its own instead of corrupting the file.
 */
final class LineSplitter {
  private final InputStream in;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
  private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private long lineNumber;
  private boolean eof;

  LineSplitter(InputStream in) {
    this.in = in;
  }

  /** A decoded line: {@code valid} is false when its bytes were not UTF-8 ({@code text} then has replacement characters). */
  record Line(long number, String text, boolean valid) {}

  /** The next line, or null at end of stream. */
  Line next() throws IOException {
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
    byte[] bytes = buf.toByteArray();
    int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    if (lineNumber == 1 && len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return decode(bytes, 3, len - 3);
    }
    return decode(bytes, 0, len);
  }

  private Line decode(byte[] bytes, int offset, int len) {
    try {
      return new Line(lineNumber, strict.decode(ByteBuffer.wrap(bytes, offset, len)).toString(), true);
    } catch (CharacterCodingException e) {
      return new Line(lineNumber, new String(bytes, offset, len, StandardCharsets.UTF_8), false);
    }
  }
}
