package org.borderwatch.geo.passes;

import org.borderwatch.geo.Gazetteer;

/**
 * A name nothing in its article settles goes to its namesake in the home region of the article's source
 * ({@code geo.HomeRegions}): "Athens" in the Athens, Georgia paper, "Albany" in a paper of south-west Georgia. It
 * runs after every pass that reads the article itself, so the article's own evidence always wins.
 */
public final class HomeRegionPass implements ResolutionPass {
  @Override
  public String describe() {
    return "a name the article leaves open goes to its namesake in the home region of the article's source";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    PassResult.Builder result = new PassResult.Builder();
    String home = article.homeRegion();
    if (home == null) {
      return result.build();
    }
    Gazetteer g = article.gazetteer();
    for (int i : article.open()) {
      for (int row : article.mentions().get(i).candidates()) {
        if (home.equals(g.admin1Code(row)) && g.adminRank(row) < 4) {
          result.decide(i, row, 0.5);
          break;
        }
      }
    }
    return result.build();
  }
}
