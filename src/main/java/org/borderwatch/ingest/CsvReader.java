package org.borderwatch.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;

/**
 * CSV with a header row (RFC 4180 quoting, fields may span lines). A record whose field count
 * differs from the header is MALFORMED_CSV; its line is where the record starts.
 */
final class CsvReader implements CorpusFileReader {
  private final ColumnMapping columns;

  CsvReader(ColumnMapping columns) {
    this.columns = columns;
  }

  @Override
  public Iterator<RawRecord> read(String file, InputStream in) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setHeaderExtractionEnabled(true);
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(4096);
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setSkipEmptyLines(true);
    settings.trimValues(false);
    CsvParser parser = new CsvParser(settings);
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    parser.beginParsing(new InputStreamReader(in, decoder));
    String[] header = parser.getContext().headers();
    if (header == null) {
      parser.stopParsing();
      return java.util.Collections.emptyIterator();
    }
    int[] index = {
        indexOf(header, columns.id()), indexOf(header, columns.url()), indexOf(header, columns.title()),
        indexOf(header, columns.text()), indexOf(header, columns.published()), indexOf(header, columns.source()),
        indexOf(header, columns.language())};

    return new RecordIterator() {
      private long lastLine = parser.getContext().currentLine();

      @Override
      protected RawRecord advance() {
        try {
          String[] row = parser.parseNext();
          if (row == null) {
            return null;
          }
          long start = lastLine + 1;
          lastLine = parser.getContext().currentLine();
          String raw = Arrays.stream(row).map(CsvReader::quote).collect(Collectors.joining(","));
          if (row.length != header.length) {
            return RawRecord.failed(file, null, start, raw, RejectReason.MALFORMED_CSV,
                "record has " + row.length + " fields, header has " + header.length);
          }
          if (raw.indexOf('\uFFFD') >= 0) {
            return RawRecord.failed(file, null, start, raw, RejectReason.INVALID_UTF8, "record is not valid UTF-8");
          }
          return new RawRecord(file, null, start, at(row, index[0]), at(row, index[1]), at(row, index[2]),
              at(row, index[3]), at(row, index[4]), at(row, index[5]), at(row, index[6]), raw, null, null);
        } catch (TextParsingException e) {
          parser.stopParsing();
          return RawRecord.failed(file, null, lastLine + 1, null, RejectReason.UNREADABLE_FILE,
              "CSV parser stopped: " + firstLine(e.getMessage()));
        }
      }
    };
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i] != null && header[i].trim().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String at(String[] row, int i) {
    return i < 0 || i >= row.length ? null : row[i];
  }

  private static String quote(String field) {
    return field == null ? "" : "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
