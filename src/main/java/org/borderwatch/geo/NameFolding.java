package org.borderwatch.geo;

import com.ibm.icu.text.Transliterator;

/**
 * Folds place names to lookup keys: any script to Latin (ICU, so "Белгород" and "Belgorod" meet),
 * diacritics removed, lower case, punctuation to single spaces. A second, looser key ({@link #variantKey})
 * absorbs transliteration variants (Graivoron/Grayvoron/Gravoron, Kharkov/Kharkiv, -ov/-ow, kh/h).
 */
public final class NameFolding {
  private static final ThreadLocal<Transliterator> TO_LATIN_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  private NameFolding() {}

  /** The exact lookup key: "Sant Julià de Lòria" → "sant julia de loria", "Gora-Podol" → "gora podol". */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String ascii = toAscii(name);
    StringBuilder out = new StringBuilder(ascii.length());
    boolean space = true;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (c == '\'' || c == '`') {
        continue; // apostrophes inside names (Kam'yanka, O'Neill) and soft-sign marks vanish
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int len = out.length();
    return space && len > 0 ? out.substring(0, len - 1) : out.toString();
  }

  /**
   * The variant key of a folded name: "kh"→"h", "w"→"v", "y"/"j"→"i", glide "i" after a vowel dropped, doubled
   * letters collapsed, and vowels after the first letter removed. Short keys (under four letters) are too
   * ambiguous to match by variant and return empty.
   */
  public static String variantKey(String folded) {
    String s = folded.replace("kh", "h").replace('w', 'v').replace('y', 'i').replace('j', 'i');
    StringBuilder out = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wordStart = i == 0 || s.charAt(i - 1) == ' ';
      if (c == prev || (!wordStart && isVowel(c))) {
        continue;
      }
      out.append(c);
      prev = c;
    }
    String key = out.toString();
    return key.replace(" ", "").length() < 4 ? "" : key;
  }

  /** True when the name is written in Latin or Cyrillic script (the scripts whose alternate names are indexed). */
  public static boolean isLatinOrCyrillic(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC) {
          return false;
        }
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static String toAscii(String name) {
    boolean ascii = true;
    boolean latin = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        ascii = false;
        if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          latin = false;
          break;
        }
      }
    }
    if (ascii) {
      return name;
    }
    String normalised = name.replace('’', '\'').replace('ʼ', '\'');
    return (latin ? LATIN_TO_ASCII : TO_LATIN_ASCII).get().transliterate(normalised);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** Levenshtein distance between two strings. */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
