package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;

/**
 * The country the story is about (its resolved places, country names and demonyms, counted) decides between
 * namesakes in different countries: Moscow in a story about Russians is not in Idaho.
 */
public final class StoryCountryPass implements ResolutionPass {
  @Override
  public String describe() {
    return "an ambiguous name goes to its candidate in the country the article is most about";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    Map<String, Integer> focus = article.focusCountries();
    PassResult.Builder result = new PassResult.Builder();
    if (focus.isEmpty()) {
      return result.build();
    }
    for (int i : article.open()) {
      String bestCountry = null;
      int bestCount = 0;
      for (int row : article.mentions().get(i).candidates()) {
        int count = g.countryCode(row) == null ? 0 : focus.getOrDefault(g.countryCode(row), 0);
        if (count > bestCount) {
          bestCountry = g.countryCode(row);
          bestCount = count;
        }
      }
      if (bestCountry != null) {
        String country = bestCountry;
        int chosen = article.bestWithin(i, row -> country.equals(g.countryCode(row)));
        if (chosen >= 0) {
          result.decide(i, chosen, 0.7);
        }
      }
    }
    return result.build();
  }
}
