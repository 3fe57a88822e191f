package org.borderwatch.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/** The ingest settings executors need, captured from the driver's configuration. */
public record IngestSettings(int maxTextChars, int minTextChars, int maxRawChars, LocalDate runDate)
    implements Serializable {

  public static IngestSettings from(BorderwatchConf conf) {
    return new IngestSettings(
        conf.getInt(ConfKeys.INGEST_MAX_TEXT_CHARS, ConfKeys.INGEST_MAX_TEXT_CHARS_DEFAULT),
        conf.getInt(ConfKeys.INGEST_MIN_TEXT_CHARS, ConfKeys.INGEST_MIN_TEXT_CHARS_DEFAULT),
        conf.getInt(ConfKeys.REJECTS_MAX_RAW_CHARS, ConfKeys.REJECTS_MAX_RAW_CHARS_DEFAULT),
        conf.runDate());
  }
}
