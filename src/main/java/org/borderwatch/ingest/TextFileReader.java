package org.borderwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of plain-text files, one article per file. The id is the file name without extension;
 * the title is the first line when it is short and followed by more text; a file name starting
 * with an ISO date ({@code 2023-05-23-belgorod.txt}) gives the publication date.
 */
final class TextFileReader implements CorpusFileReader {
  /** Files larger than this are not read into memory; they are rejected as TEXT_TOO_LONG. */
  static final int MAX_FILE_BYTES = 64 << 20;
  private static final int MAX_TITLE_CHARS = 300;
  private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  @Override
  public Iterator<RawRecord> read(String file, InputStream in) {
    return List.of(readOne(file, in)).iterator();
  }

  private RawRecord readOne(String file, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return JsonLinesReader.unreadable(file, e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return RawRecord.failed(file, null, 1L, null, RejectReason.TEXT_TOO_LONG, "file is larger than " + MAX_FILE_BYTES + " bytes");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return RawRecord.failed(file, null, 1L, new String(bytes, StandardCharsets.UTF_8), RejectReason.INVALID_UTF8,
          "file is not valid UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String name = file.substring(file.lastIndexOf('/') + 1);
    String id = name.replaceAll("(\\.[A-Za-z0-9]+)+$", "");
    Matcher dated = DATED_NAME.matcher(name);
    String published = dated.find() ? dated.group(1) : null;
    return new RawRecord(file, null, 1L, id, null, title(text), text, published, null, null, text, null, null);
  }

  private static String title(String text) {
    String stripped = text.strip();
    int nl = stripped.indexOf('\n');
    if (nl <= 0 || nl > MAX_TITLE_CHARS) {
      return null;
    }
    return stripped.substring(0, nl).strip();
  }
}
