package org.borderwatch.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-Java sentence splitter for English news text with the boundaries of {@link SentenceBounds}.
 * Used by unit tests and as the {@code rules} sentence option of the extract stage; Spark NLP applies
 * the same boundaries in the default option.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  @Override
  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    int start = skipSpace(text, 0);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == SentenceBounds.BULLET) {
        add(out, text, start, i);
        start = skipSpace(text, i + 1);
        i = start;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?') && !isAbbreviation(text, start, i, c)) {
        int end = i + 1;
        while (end < text.length() && SentenceBounds.CLOSERS.indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        int next = skipSpace(text, end);
        if (next == text.length() || (next > end && startsSentence(text.charAt(next)))) {
          add(out, text, start, end);
          start = next;
          i = next;
          continue;
        }
      }
      i++;
    }
    add(out, text, start, text.length());
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || SentenceBounds.OPENERS.indexOf(c) >= 0;
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot, char c) {
    if (c != '.') {
      return false;
    }
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))
        && SentenceBounds.BEFORE_ABBREVIATION.indexOf(text.charAt(w - 1)) < 0) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 && Character.isLetter(word.charAt(0)) || SentenceBounds.ABBREVIATIONS.contains(word);
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<Sentence> out, String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new Sentence(out.size(), begin, end));
    }
  }
}
