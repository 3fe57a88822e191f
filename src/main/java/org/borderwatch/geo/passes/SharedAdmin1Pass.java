package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;

/**
 * Places in an article cluster: an ambiguous name goes to its candidate in the first-level region where most
 * already-resolved places lie (Springfield beside Boston and Worcester is Springfield, Massachusetts).
 */
public final class SharedAdmin1Pass implements ResolutionPass {
  @Override
  public String describe() {
    return "an ambiguous name goes to the candidate in the region where the article's other places are";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    Map<String, Integer> regions = article.decidedAdmin1();
    PassResult.Builder result = new PassResult.Builder();
    if (regions.isEmpty()) {
      return result.build();
    }
    for (int i : article.open()) {
      int best = -1;
      int bestCount = 0;
      for (int row : article.mentions().get(i).candidates()) {
        int count = g.admin1Code(row) == null ? 0 : regions.getOrDefault(g.admin1Code(row), 0);
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
}
