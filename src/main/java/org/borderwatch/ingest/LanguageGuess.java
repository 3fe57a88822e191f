package org.borderwatch.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A script-and-stopword guess of the article language, used only when the input does not say.
 * Cyrillic text with Ukrainian-only letters is {@code uk}, other Cyrillic {@code ru}; Latin text is
 * {@code en} when English function words are frequent, otherwise unknown (null).
 */
public final class LanguageGuess {
  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "said", "on", "was", "that",
      "for", "by", "with", "is", "were", "from");

  private LanguageGuess() {}

  public static String guess(String text) {
    int letters = 0;
    int cyrillic = 0;
    int ukrainian = 0;
    int arabic = 0;
    int hebrew = 0;
    int armenian = 0;
    int limit = Math.min(text.length(), 4000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
      if (block == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
          ukrainian++;
        }
      } else if (block == Character.UnicodeBlock.ARABIC) {
        arabic++;
      } else if (block == Character.UnicodeBlock.HEBREW) {
        hebrew++;
      } else if (block == Character.UnicodeBlock.ARMENIAN) {
        armenian++;
      }
    }
    if (letters == 0) {
      return null;
    }
    if (cyrillic * 2 > letters) {
      return ukrainian > 0 ? "uk" : "ru";
    }
    if (arabic * 2 > letters) {
      return "ar";
    }
    if (hebrew * 2 > letters) {
      return "he";
    }
    if (armenian * 2 > letters) {
      return "hy";
    }
    String[] words = text.substring(0, limit).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    long english = java.util.Arrays.stream(words).filter(ENGLISH::contains).count();
    return words.length > 0 && english * 8 >= words.length ? "en" : null;
  }
}
