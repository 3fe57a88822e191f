package org.borderwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one line's bytes (without its {@code \n}) as strict UTF-8, so a line with invalid bytes is
 * reported on its own instead of corrupting the file. A trailing {@code \r} is dropped, so
 * {@code \r\n} files read like {@code \n} ones. Not thread-safe: one per reader.
 */
public final class LineDecoder {
  private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  public InputLine decode(Long number, long offset, byte[] bytes, int start, int length) {
    int len = length > 0 && bytes[start + length - 1] == '\r' ? length - 1 : length;
    try {
      return new InputLine(number, offset, strict.decode(ByteBuffer.wrap(bytes, start, len)).toString(), true);
    } catch (CharacterCodingException e) {
      return new InputLine(number, offset, new String(bytes, start, len, StandardCharsets.UTF_8), false);
    }
  }
}
