package org.borderwatch.geo.passes;

import org.borderwatch.geo.Gazetteer;

/**
 * Whatever is left goes to its most prominent candidate (population and administrative rank); confidence is
 * low, lower still when the runner-up is nearly as prominent. A name matched only by transliteration variant
 * is not guessed: it stays open and is kept at the level its context gives.
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
      if (article.mentions().get(i).variantMatch()) {
        continue;
      }
      int[] candidates = article.mentions().get(i).candidates();
      int best = candidates[0];
      double lead = candidates.length < 2 ? CLEAR_LEAD
          : g.prominence(candidates[0]) - g.prominence(candidates[1]);
      result.decide(i, best, lead >= CLEAR_LEAD ? 0.6 : 0.4);
    }
    return result.build();
  }
}
