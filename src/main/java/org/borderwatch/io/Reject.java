package org.borderwatch.io;

import java.io.Serializable;

/**
 * One row of the {@code rejects} table: a record or article a stage could not use. {@code raw} is
 * already cut to the configured bound.
 */
public record Reject(String stage, String reason, String detail, String inputFile, Long inputOffset, Long line,
    String articleId, String raw) implements Serializable {

  /** Cuts {@code raw} to {@code maxChars}, marking the cut so a reader knows the record was longer. */
  public static String bound(String raw, int maxChars) {
    if (raw == null || raw.length() <= maxChars) {
      return raw;
    }
    int end = maxChars;
    if (Character.isHighSurrogate(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end) + "…[" + (raw.length() - end) + " more chars]";
  }
}
