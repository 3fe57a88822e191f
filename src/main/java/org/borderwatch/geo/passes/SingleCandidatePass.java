package org.borderwatch.geo.passes;

import org.borderwatch.geo.PlaceMention;

/** A name with one gazetteer entry is that entry; a transliteration-variant match is less certain. */
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
      if (m.candidates().length == 1) {
        result.decide(i, m.candidates()[0], m.variantMatch() ? 0.7 : 0.85);
      }
    }
    return result.build();
  }
}
