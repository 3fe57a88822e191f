package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.PlaceMention;

/**
 * A bare name whose every candidate is a small place in a country the article never names, while the article is
 * clearly about somewhere else, is left unresolved: it is far more often a village the gazetteer lacks (Krasna Hora
 * near Bakhmut, not the Czech one) or a capitalised word ("Spring", "Defence") than that small place abroad.
 */
public final class StrayVillagePass implements ResolutionPass {
  /** Below this population a candidate abroad is a stray, not a place the story would visit unannounced. */
  static final long SMALL = 20_000;
  /** How much the article's own country must be named before a small place abroad is doubted. */
  private static final int CLEAR_FOCUS = 3;

  @Override
  public String describe() {
    return "a bare name whose only candidates are small places in countries the article never names stays unresolved";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    PassResult.Builder result = new PassResult.Builder();
    Map<String, Integer> focus = withCountryNames(article);
    if (focus.values().stream().noneMatch(n -> n >= CLEAR_FOCUS)) {
      return result.build();
    }
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      if (m.qualifier() < 0 && allStray(article.gazetteer(), m.candidates(), focus)) {
        result.decide(i, Decision.AT_QUALIFIER, 0.0);
      }
    }
    return result.build();
  }

  /** The article's focus, with the country names not yet decided this early in the chain ("Ukraine said"). */
  private static Map<String, Integer> withCountryNames(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    Map<String, Integer> focus = new java.util.TreeMap<>(article.focusCountries());
    for (int i : article.open()) {
      for (int row : article.mentions().get(i).candidates()) {
        if ("PCLI".equals(g.featureCode(row))) {
          focus.merge(g.countryCode(row), 1, Integer::sum);
        }
      }
    }
    return focus;
  }

  private static boolean allStray(Gazetteer g, int[] candidates, Map<String, Integer> focus) {
    for (int row : candidates) {
      String country = g.countryCode(row);
      if (country == null || focus.containsKey(country) || g.population(row) >= SMALL
          || !"P".equals(g.featureClass(row))) {
        return false;
      }
    }
    return candidates.length > 0;
  }
}
