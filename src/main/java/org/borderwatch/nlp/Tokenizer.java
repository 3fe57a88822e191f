package org.borderwatch.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens (runs of letters and digits) and single-character punctuation
 * tokens, folding case and typographic variants (’ → ', – → -) so that dictionary phrases match
 * however a publisher typeset them. Offsets always index into the original text.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text == null ? 0 : text.length());
  }

  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(start, i, text.substring(start, i).toLowerCase(Locale.ROOT)));
      } else {
        tokens.add(new Token(i, i + 1, String.valueOf(fold(c))));
        i++;
      }
    }
    return tokens;
  }

  /** Folds the punctuation variants publishers use for one another. */
  static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
      case '\u2013', '\u2014', '\u2012', '\u2212', '\u2010', '\u2011' -> '-';
      default -> c;
    };
  }

  /** The folded token forms of a dictionary phrase, as {@link #tokenize} would produce them. */
  public static List<String> norms(String phrase) {
    return tokenize(phrase).stream().map(Token::norm).toList();
  }
}
