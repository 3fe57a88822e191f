package org.borderwatch.nlp;

import java.io.Serializable;

/** A dictionary phrase found in a text: its span (end exclusive) and the value the dictionary maps it to. */
public record PhraseMatch<T>(int begin, int end, T value) implements Span, Serializable {

  public String text(String source) {
    return source.substring(begin, end);
  }
}
