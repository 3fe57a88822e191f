package org.borderwatch.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sides the article's actors act for, with the nationalities of the actors of each side: whether the article
 * names forces that would have had to cross a border to be where it reports, or only local ones (the Luhansk militia
 * fights for Russia's side on Ukrainian soil and came across no border).
 */
final class ArticleParties {
  private final Map<String, Set<String>> nationalitiesBySide = new TreeMap<>();

  static ArticleParties of(List<SentenceFacts> facts) {
    ArticleParties p = new ArticleParties();
    facts.forEach(f -> f.actors().stream().map(a -> a.actor()).filter(a -> a.side() != null)
        .forEach(a -> p.nationalitiesBySide.computeIfAbsent(a.side(), k -> new TreeSet<>())
            .add(Objects.requireNonNullElse(a.nationality(), a.side()))));
    return p;
  }

  /** Every side named, sorted. */
  Set<String> sides() {
    return nationalitiesBySide.keySet();
  }

  /** Whether some actor of the side is of another nationality than {@code country}: it came from elsewhere. */
  boolean hasForcesForeignTo(String side, String country) {
    return nationalitiesBySide.getOrDefault(side, Set.of()).stream().anyMatch(n -> !n.equals(country));
  }
}
