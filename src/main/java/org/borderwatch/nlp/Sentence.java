package org.borderwatch.nlp;

import java.io.Serializable;

/**
 * A sentence of an article: its 0-based index and its span, as UTF-16 code unit offsets into the
 * article text, end exclusive.
 */
public record Sentence(int index, int begin, int end) implements Serializable {

  public String text(String articleText) {
    return articleText.substring(begin, end);
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }
}
