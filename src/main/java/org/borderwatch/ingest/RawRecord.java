package org.borderwatch.ingest;

import java.io.Serializable;

/**
 * An input record as read, before validation: the mapped fields as strings (null when absent), the
 * raw text of the record, where it came from (file, byte offset of its line, line number; either
 * locator may be null, see {@link org.borderwatch.io.Schemas#ARTICLES}), and a read failure when the
 * reader already knows the record is unusable (a malformed JSON line, say).
 */
public record RawRecord(String inputFile, Long offset, Long line, String id, String url, String title, String text,
    String published, String source, String language, String raw, RejectReason failure, String failureDetail)
    implements Serializable {

  public static RawRecord failed(String inputFile, Long offset, Long line, String raw, RejectReason reason,
      String detail) {
    return new RawRecord(inputFile, offset, line, null, null, null, null, null, null, null, raw, reason, detail);
  }

  public boolean isFailed() {
    return failure != null;
  }
}
