package org.borderwatch.geo.passes;

import org.borderwatch.geo.PlaceMention;

/**
 * A name with one gazetteer entry is that entry. Variant-only matches are left to the context passes: a
 * one-letter-off namesake in another region (Kazinka for Kozinka) is no evidence.
 */
public final class SingleCandidatePass implements ResolutionPass {
  @Override
  public String describe() {
    return "a name with a single candidate resolves to it";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      if (m.candidates().length == 1 && !m.variantMatch()) {
        result.decide(i, m.candidates()[0], 0.85);
      }
    }
    return result.build();
  }
}
