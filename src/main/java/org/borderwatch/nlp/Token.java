package org.borderwatch.nlp;

import java.io.Serializable;

/** A word or punctuation token: its span in the text (end exclusive) and its folded form for matching. */
public record Token(int begin, int end, String norm) implements Span, Serializable {

  public boolean isWord() {
    return Character.isLetterOrDigit(norm.charAt(0));
  }
}
