package org.borderwatch.report;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping for text and attribute values written into the report; every datum passes through here. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > "} (HTML 4 entities) and the apostrophe, so a value is safe in text and in quoted attributes. */
  public static String escape(Object value) {
    if (value == null) {
      return "";
    }
    return StringEscapeUtils.escapeHtml4(value.toString()).replace("'", "&#39;");
  }
}
