package org.borderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.nlp.Span;

/**
 * A quotation in the article text, marks included. Quotes of three words or fewer are scare quotes
 * ("‘liberation’"): they mark a word as the speaker's, not speech to attribute.
 */
record Quote(int begin, int end, boolean scare) implements Span {

  static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = closing(c, text, i);
      if (close == 0) {
        i++;
        continue;
      }
      int j = text.indexOf(close, i + 1);
      if (c == '\u2018') {
        // ’ is also an apostrophe: the closing mark is one not followed by a letter
        while (j > 0 && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))) {
          j = text.indexOf(close, j + 1);
        }
      }
      if (j < 0 || j - i > 3000) {
        i++;
        continue;
      }
      String inner = text.substring(i + 1, j).trim();
      out.add(new Quote(i, j + 1, inner.split("\\s+").length <= 3));
      i = j + 1;
    }
    return out;
  }

  private static char closing(char c, String text, int i) {
    return switch (c) {
      case '\u201C' -> '\u201D';
      case '\u00AB' -> '\u00BB';
      case '\u2018' -> '\u2019';
      case '"' -> '"';
      default -> 0;
    };
  }
}
