package org.borderwatch.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds dictionary phrases in text by walking a token trie: case-insensitive, whole tokens only,
 * longest match first, no overlaps. Built once on the driver and broadcast; matching allocates
 * only the result list, which is why it replaces a Spark NLP TextMatcher stage (see docs/extract.md).
 */
public final class PhraseMatcher<T extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final class Node implements Serializable {
    private static final long serialVersionUID = 1L;
    final Map<String, Node> next = new HashMap<>(4);
    Serializable value;
  }

  private final Node root = new Node();
  private int size;

  /** Adds a phrase; a phrase added twice keeps its first value, so earlier dictionary lines win. */
  public void add(String phrase, T value) {
    List<String> norms = Tokenizer.norms(phrase);
    if (norms.isEmpty()) {
      return;
    }
    Node node = root;
    for (String n : norms) {
      node = node.next.computeIfAbsent(n, k -> new Node());
    }
    if (node.value == null) {
      node.value = value;
      size++;
    }
  }

  public int size() {
    return size;
  }

  /** Matches over tokens of one text, in text order. */
  @SuppressWarnings("unchecked")
  public List<PhraseMatch<T>> find(List<Token> tokens) {
    List<PhraseMatch<T>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = root;
      int bestEnd = -1;
      Serializable bestValue = null;
      for (int j = i; j < tokens.size(); j++) {
        if (j > i && isQuoteMark(tokens.get(j).norm())) {
          // "opened \"unprovoked\" fire": a word quoted inside a phrase leaves the phrase whole
          continue;
        }
        node = node.next.get(tokens.get(j).norm());
        if (node == null) {
          break;
        }
        if (node.value != null) {
          bestEnd = j;
          bestValue = node.value;
        }
      }
      if (bestEnd >= 0) {
        out.add(new PhraseMatch<>(tokens.get(i).begin(), tokens.get(bestEnd).end(), (T) bestValue));
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isQuoteMark(String norm) {
    return norm.length() == 1 && "\"“”«»".indexOf(norm.charAt(0)) >= 0;
  }
}
