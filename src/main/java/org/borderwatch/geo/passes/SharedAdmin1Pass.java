package org.borderwatch.geo.passes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * Places in an article cluster: an ambiguous name goes to its candidate in the first-level region that the
 * article's other names can most often be placed in (a resolved name counts for its region, an open one for
 * each region among its candidates, unless it matched only as a spelling variant). Springfield beside Boston and
 * Worcester is Springfield, Massachusetts.
 */
public final class SharedAdmin1Pass implements ResolutionPass {
  @Override
  public String describe() {
    return "an ambiguous name goes to the candidate in the region where the article's other places can be";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      Map<String, Integer> support = support(article, i);
      int best = -1;
      int bestCount = 0;
      for (int row : article.mentions().get(i).candidates()) {
        int count = g.admin1Code(row) == null ? 0 : support.getOrDefault(g.admin1Code(row), 0);
        if (count > bestCount) {
          best = row;
          bestCount = count;
        }
      }
      if (best >= 0) {
        String admin1 = g.admin1Code(best);
        int chosen = article.bestWithin(i, row -> admin1.equals(g.admin1Code(row)));
        if (chosen >= 0) {
          result.decide(i, chosen, 0.8);
        }
      }
    }
    return result.build();
  }

  /** For each admin1 region, how many other distinct names of the article can lie in it. */
  static Map<String, Integer> support(ArticleContext article, int mention) {
    Gazetteer g = article.gazetteer();
    String self = NameFolding.fold(article.mentions().get(mention).text());
    Map<String, Set<String>> regionsByName = new TreeMap<>();
    for (int j = 0; j < article.mentions().size(); j++) {
      PlaceMention m = article.mentions().get(j);
      String name = NameFolding.fold(m.text());
      // a name matched only as a spelling variant ("Kirovskyi" for Kirovskaya) says too little about its region
      if (name.equals(self) || !m.known() || m.variantMatch()) {
        continue;
      }
      Set<String> regions = regionsByName.computeIfAbsent(name, k -> new HashSet<>());
      Decision d = article.decisions().get(j);
      if (d != null) {
        if (d.row() >= 0 && g.admin1Code(d.row()) != null && g.adminRank(d.row()) < 4) {
          regions.add(g.admin1Code(d.row()));
        }
      } else {
        for (int row : m.candidates()) {
          if (g.admin1Code(row) != null && g.adminRank(row) < 4) {
            regions.add(g.admin1Code(row));
          }
        }
      }
    }
    Map<String, Integer> support = new TreeMap<>();
    regionsByName.values().forEach(regions -> regions.forEach(r -> support.merge(r, 1, Integer::sum)));
    return support;
  }
}
