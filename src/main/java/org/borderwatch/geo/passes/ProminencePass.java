package org.borderwatch.geo.passes;

import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.PlaceMention;

/**
 * Whatever is left goes to its most prominent candidate (population and administrative rank), except that a
 * region loses to a same-named town inside it (bare "Moscow" is the city, not the federal subject). Confidence
 * is low, lower still when the runner-up is nearly as prominent.
 */
public final class ProminencePass implements ResolutionPass {
  private static final double CLEAR_LEAD = 1.0;

  @Override
  public String describe() {
    return "remaining names go to their most prominent candidate, with low confidence";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      int[] candidates = article.mentions().get(i).candidates();
      int best = townInsideRegion(g, article.mentions().get(i));
      if (best < 0) {
        best = candidates[0];
      }
      double lead = candidates.length < 2 ? CLEAR_LEAD
          : g.prominence(candidates[0]) - g.prominence(candidates[1]);
      result.decide(i, best, lead >= CLEAR_LEAD ? 0.6 : 0.4);
    }
    return result.build();
  }

  private static int townInsideRegion(Gazetteer g, PlaceMention m) {
    int top = m.candidates()[0];
    if (g.adminRank(top) < 2 || g.adminRank(top) == 4) {
      return -1;
    }
    for (int row : m.candidates()) {
      if (g.featureClass(row).equals("P") && g.countryCode(row).equals(g.countryCode(top))
          && g.admin1Code(row) != null && g.admin1Code(row).equals(g.admin1Code(top))) {
        return row;
      }
    }
    return -1;
  }
}
