package org.borderwatch.extract.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.nlp.PhraseMatch;
import org.borderwatch.nlp.PhraseMatcher;
import org.borderwatch.nlp.Token;
import org.borderwatch.nlp.Tokenizer;

/**
 * The lexicon's {@code crossing} phrases. A phrase may have two parts joined by "…" ("entered … region"): the second
 * part must follow the first within {@value #GAP} words, so "entered the Kursk region" states a crossing and
 * "entered the village" does not.
 */
public final class CrossingPhrases implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Words allowed between the parts of a two-part phrase: "entered the Graivoron district of Belgorod region". */
  static final int GAP = 4;

  private final PhraseMatcher<Head> heads = new PhraseMatcher<>();
  private final Map<String, Head> byHead = new HashMap<>();

  /** The phrases starting with one first part, each with its second part (empty for one-part phrases). */
  private static final class Head implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<List<String>> tails = new ArrayList<>();
    private final List<Crossing> kinds = new ArrayList<>();
  }

  void add(String phrase, Crossing kind) {
    String[] parts = phrase.split("…", 2);
    String head = String.join(" ", Tokenizer.norms(parts[0]));
    List<String> tail = parts.length == 2 ? Tokenizer.norms(parts[1]) : List.of();
    Head h = byHead.computeIfAbsent(head, k -> new Head());
    if (h.tails.isEmpty()) {
      heads.add(head, h);
    }
    if (!h.tails.contains(tail)) {
      h.tails.add(tail);
      h.kinds.add(kind);
    }
  }

  public int size() {
    return byHead.values().stream().mapToInt(h -> h.tails.size()).sum();
  }

  /** The crossings the tokens state, in text order; a two-part phrase spans both parts. */
  public List<PhraseMatch<Crossing>> find(List<Token> tokens) {
    List<PhraseMatch<Crossing>> out = new ArrayList<>();
    for (PhraseMatch<Head> m : heads.find(tokens)) {
      int next = indexAfter(tokens, m.end());
      for (int v = 0; v < m.value().tails.size(); v++) {
        List<String> tail = m.value().tails.get(v);
        int end = tail.isEmpty() ? m.end() : tailEnd(tokens, next, tail);
        if (end >= 0) {
          out.add(new PhraseMatch<>(m.begin(), end, m.value().kinds.get(v)));
          break;
        }
      }
    }
    return out;
  }

  private static int indexAfter(List<Token> tokens, int offset) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).begin() < offset) {
      i++;
    }
    return i;
  }

  /** End offset of the tail when it starts within {@link #GAP} words of token {@code from}, else -1. */
  private static int tailEnd(List<Token> tokens, int from, List<String> tail) {
    for (int start = from; start <= from + GAP && start + tail.size() <= tokens.size(); start++) {
      boolean same = true;
      for (int k = 0; k < tail.size() && same; k++) {
        same = tokens.get(start + k).norm().equals(tail.get(k));
      }
      if (same) {
        return tokens.get(start + tail.size() - 1).end();
      }
    }
    return -1;
  }
}
