package org.borderwatch.nlp;

import java.util.Set;
import java.util.TreeSet;

/**
 * Where English news sentences end, shared by {@link RuleSentenceSplitter} and the Spark NLP
 * sentence detector (as its only custom bound): a line break, a list bullet ("•", as digests set
 * items in one paragraph), or {@code . ! ?} (with closing quotes or brackets) then whitespace and an
 * upper-case letter, digit or opening quote, unless the word before the full stop is a known
 * abbreviation ("Gen.", "U.S.", also after a dash or quote: "-St. John's") or a single initial.
 */
public final class SentenceBounds {
  /** Lower-case words that a full stop follows without ending the sentence. */
  public static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj",
      "capt", "sgt", "st", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "gov",
      "sen", "rep", "prof", "u.s", "u.n", "approx", "est", "inc", "co", "corp", "jr", "sr");
  /** Quotes and brackets that may close a sentence after its full stop. */
  public static final String CLOSERS = "\"'”’)]»";
  static final String OPENERS = "\"“‘'«(";
  /** Characters that may stand right before an abbreviation: "(Gen.", "-St.". */
  static final String BEFORE_ABBREVIATION = "(\"“‘'-";
  static final char BULLET = '•';

  private SentenceBounds() {}

  /**
   * The boundary as one Java regular expression matching only the whitespace between two sentences
   * (so that a detector dropping the match keeps every sentence's offsets).
   */
  public static String regex() {
    StringBuilder abbreviations = new StringBuilder("\\p{L}");
    for (String a : new TreeSet<>(ABBREVIATIONS)) {
      abbreviations.append('|').append(a.replace(".", "\\."));
    }
    String closers = "[" + escape(CLOSERS) + "]";
    return "\\s*\\n\\s*|\\s*" + BULLET + "\\s*"
        + "|(?<=[.!?]" + closers + "{0,3})"
        + "(?<!(?:^|[\\s" + escape(BEFORE_ABBREVIATION) + "])(?i:" + abbreviations + ")\\.)"
        + "\\s+(?=[\\p{Lu}\\p{N}" + escape(OPENERS) + "])";
  }

  private static String escape(String chars) {
    return chars.replace("]", "\\]").replace("(", "\\(").replace(")", "\\)").replace("-", "\\-");
  }
}
