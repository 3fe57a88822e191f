package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;

/**
 * The country the story is about (its resolved places, country names and demonyms, counted) decides between
 * namesakes in different countries: Moscow in a story about Russians is not in Idaho.
 */
public final class StoryCountryPass implements ResolutionPass {
  /** How many times bigger a place elsewhere must be before the focus has to lead clearly. */
  private static final int DWARFED = 5;
  /**
   * Focus by which the namesake's country must lead the bigger place's country: more than one country name, which
   * counts twice ({@link ArticleContext#focusCountries}: as a name and as a decided place).
   */
  private static final int CLEAR_LEAD = 3;

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
        if (chosen >= 0 && !outweighed(article, i, chosen, focus)) {
          result.decide(i, chosen, 0.7);
        }
      }
    }
    return result.build();
  }

  /**
   * A namesake in the focus country loses to a far bigger place elsewhere when the focus barely leans its way: one
   * "Russia says" in a headline does not move Donetsk (900,000 people, Ukraine) to its namesake in Rostov Oblast.
   */
  private static boolean outweighed(ArticleContext article, int mention, int chosen, Map<String, Integer> focus) {
    Gazetteer g = article.gazetteer();
    String country = g.countryCode(chosen);
    int biggest = -1;
    for (int row : article.mentions().get(mention).candidates()) {
      if (!country.equals(g.countryCode(row)) && (biggest < 0 || g.population(row) > g.population(biggest))) {
        biggest = row;
      }
    }
    if (biggest < 0 || g.population(biggest) <= DWARFED * Math.max(1, g.population(chosen))) {
      return false;
    }
    String other = g.countryCode(biggest);
    int lead = focus.getOrDefault(country, 0) - (other == null ? 0 : focus.getOrDefault(other, 0));
    return lead < CLEAR_LEAD;
  }
}
