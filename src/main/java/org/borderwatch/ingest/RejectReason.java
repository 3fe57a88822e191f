package org.borderwatch.ingest;

/** Why an input record could not become an article. Codes are stable: users filter on them. */
public enum RejectReason {
  /** A JSON Lines line that is not a JSON object. */
  MALFORMED_JSON,
  /** A CSV record whose field count differs from the header, or that the CSV parser could not read. */
  MALFORMED_CSV,
  /** The record has no text field, or it is null. */
  MISSING_TEXT,
  /** The text is blank, or too short to be an article after normalisation. */
  EMPTY_TEXT,
  /** The text exceeds {@code borderwatch.ingest.max-text-chars}. */
  TEXT_TOO_LONG,
  /** The publication date is present but not a date or timestamp borderwatch can read. */
  BAD_DATE,
  /** The bytes are not valid UTF-8. */
  INVALID_UTF8,
  /** The record holds binary content (NUL or other control bytes). */
  BINARY_CONTENT,
  /** A file that could not be read or decompressed; the rest of the file is reported here. */
  UNREADABLE_FILE
}
