package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Countries;
import org.borderwatch.geo.Gazetteer;

/**
 * A name the country passes left open (no candidate in the countries the article is about, or one too small to
 * count) goes to its candidate in a country bordering them: "Gaza" in a story about Israel and Egypt is Gaza in the
 * Palestinian territories, not the Mozambican province. A name matched only as a spelling variant, or first of all
 * a country's or a continent's ("Africa"), is not moved. A candidate counts the focus
 * ({@link ArticleContext#focusCountries}) of every country its own borders; it needs at least {@value #MIN_FOCUS},
 * and the most prominent of the best-counted candidates wins unless a place elsewhere is
 * {@code focus-override-ratio} times more populous.
 */
public final class NeighbourCountryPass implements ResolutionPass {
  /** Focus the bordering countries must add up to: more than one passing mention. */
  static final int MIN_FOCUS = 2;

  private final Countries countries;

  public NeighbourCountryPass(Countries countries) {
    this.countries = countries;
  }

  @Override
  public String describe() {
    return "a name still open goes to its candidate in a country bordering the countries the article is about";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    Map<String, Integer> focus = article.focusCountries();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      int top = article.mentions().get(i).candidates()[0];
      if (article.mentions().get(i).variantMatch() || g.countryCode(top) == null || g.adminRank(top) == 4) {
        continue;
      }
      int best = -1;
      int bestFocus = MIN_FOCUS - 1;
      for (int row : article.mentions().get(i).candidates()) {
        String country = g.countryCode(row);
        int bordering = country == null ? 0 : bordering(country, focus);
        if (bordering > bestFocus) {
          best = row;
          bestFocus = bordering;
        }
      }
      String country = best < 0 ? null : g.countryCode(best);
      int chosen = country == null ? -1 : article.bestWithin(i, row -> country.equals(g.countryCode(row)));
      if (chosen >= 0) {
        result.decide(i, chosen, 0.6);
      }
    }
    return result.build();
  }

  private int bordering(String country, Map<String, Integer> focus) {
    int sum = 0;
    for (Map.Entry<String, Integer> e : focus.entrySet()) {
      if (countries.neighbours(country, e.getKey())) {
        sum += e.getValue();
      }
    }
    return sum;
  }
}
