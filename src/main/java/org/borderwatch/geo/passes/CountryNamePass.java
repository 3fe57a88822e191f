package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.PlaceMention;

/**
 * A name that is a country's ("Ukraine", "Georgia") means the country, unless a first-level region of that name
 * lies in a country the article is more about than that country (Georgia beside Kentucky). How much an article is
 * about a country: its decided places, country names and demonyms there ({@link ArticleContext#focusCountries}),
 * less the name's own mentions, plus the other names that can lie only in that country.
 */
public final class CountryNamePass implements ResolutionPass {
  @Override
  public String describe() {
    return "country names resolve to the country unless a same-named region sits in the article's focus country";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    Map<String, Integer> focus = article.focusCountries();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      int country = -1;
      int focusRegion = -1;
      for (int row : m.candidates()) {
        if (g.adminRank(row) == 4 && country < 0) {
          country = row;
        } else if (g.adminRank(row) == 3 && focusRegion < 0) {
          focusRegion = row;
        }
      }
      if (country >= 0) {
        boolean regionCountryLeads = focusRegion >= 0
            && weight(article, focus, g.countryCode(focusRegion), i) > weight(article, focus, g.countryCode(country), i)
                - article.sameNameCount(i);
        result.decide(i, regionCountryLeads ? focusRegion : country, 0.9);
      }
    }
    return result.build();
  }

  private static int weight(ArticleContext article, Map<String, Integer> focus, String country, int mention) {
    return focus.getOrDefault(country, 0) + article.namesOnlyIn(country, mention);
  }
}
