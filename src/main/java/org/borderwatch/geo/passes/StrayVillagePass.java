package org.borderwatch.geo.passes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.geo.Countries;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.MentionCue;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * A bare name whose every candidate is a small place in a country the article never names, while the article is
 * clearly about somewhere else, is left unresolved: it is far more often a village the gazetteer lacks (Krasna Hora
 * near Bakhmut, not the Czech one) or a capitalised word ("Spring", "Defence") than that small place abroad.
 */
public final class StrayVillagePass implements ResolutionPass {
  /** Below this population a candidate abroad is a stray, not a place the story would visit unannounced. */
  static final long SMALL = 20_000;
  /**
   * Below this population a candidate abroad of a bare capitalised word ("Wave", "Downs", "Republic") is doubted as
   * soon as the article names any country: such a word is far more often English in a headline or at a sentence's
   * start than a town abroad the story never announces.
   */
  static final long SMALL_FOR_A_WORD = 100_000;
  /** How much the article's own country must be named before a small place abroad is doubted. */
  private static final int CLEAR_FOCUS = 3;

  private final Countries countries;

  public StrayVillagePass(Countries countries) {
    this.countries = countries;
  }

  @Override
  public String describe() {
    return "a bare name (or a headline's word) whose only candidates are small places in countries the article never "
        + "names stays unresolved";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    PassResult.Builder result = new PassResult.Builder();
    Map<String, Integer> focus = withCountryNames(article);
    boolean clear = focus.values().stream().anyMatch(n -> n >= CLEAR_FOCUS);
    Map<String, Set<String>> namesOnlyIn = null;
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      if (m.qualifier() >= 0) {
        continue;
      }
      boolean stray = clear && allStray(article.gazetteer(), m.candidates(), focus, SMALL, false);
      if (!stray && bareWord(m)) {
        // "Kyiv Downs Drones as Missiles Hit Odesa": the other names place the story, though no country is named
        namesOnlyIn = namesOnlyIn != null ? namesOnlyIn : namesOnlyIn(article);
        Map<String, Integer> placed = placed(focus, namesOnlyIn, NameFolding.fold(m.text()));
        stray = !placed.isEmpty() && allStray(article.gazetteer(), m.candidates(), placed, SMALL_FOR_A_WORD, true);
      }
      if (stray) {
        result.decide(i, Decision.AT_QUALIFIER, 0.0);
      }
    }
    return result.build();
  }

  /**
   * The focus, the countries where another name of the article can only lie, and the neighbours of the most named
   * of them: a story on Russia's forces visits Bakhmut unannounced, one on Ukraine's war that names Germany once
   * does not visit a Belgian town.
   */
  private Map<String, Integer> placed(Map<String, Integer> focus, Map<String, Set<String>> namesOnlyIn,
      String self) {
    Map<String, Integer> placed = new TreeMap<>(focus);
    namesOnlyIn.forEach((country, names) -> {
      if (names.stream().anyMatch(n -> !n.equals(self))) {
        placed.putIfAbsent(country, 1);
      }
    });
    int most = placed.values().stream().max(Integer::compare).orElse(0);
    for (String country : List.copyOf(placed.keySet())) {
      if (placed.get(country) == most) {
        countries.neighbours().getOrDefault(country, Set.of()).forEach(n -> placed.putIfAbsent(n, 0));
      }
    }
    return placed;
  }

  /** The names of the article by the one country each can lie in, built once per article. */
  private static Map<String, Set<String>> namesOnlyIn(ArticleContext article) {
    Map<String, Set<String>> names = new TreeMap<>();
    for (int j = 0; j < article.mentions().size(); j++) {
      String country = article.onlyCountryOf(j);
      if (country != null) {
        names.computeIfAbsent(country, c -> new HashSet<>()).add(NameFolding.fold(article.mentions().get(j).text()));
      }
    }
    return names;
  }

  /** The article's focus, with the country names not yet decided this early in the chain ("Ukraine said"). */
  private static Map<String, Integer> withCountryNames(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    Map<String, Integer> focus = new TreeMap<>(article.focusCountries());
    for (int i : article.open()) {
      for (int row : article.mentions().get(i).candidates()) {
        if ("PCLI".equals(g.featureCode(row))) {
          focus.merge(g.countryCode(row), 1, Integer::sum);
        }
      }
    }
    return focus;
  }

  /**
   * One word marked as a name by nothing but a capital that says nothing (a sentence's first word, a headline's
   * word), with no cue but perhaps a preposition, which a headline capitalises too ("In Wave of Strikes").
   */
  private static boolean bareWord(PlaceMention m) {
    return m.capitalOnly() && (m.cue() == MentionCue.NONE || m.cue() == MentionCue.LOCATIVE)
        && m.text().chars().allMatch(Character::isLetter);
  }

  /**
   * Every candidate a small place abroad; for a word, also a second-level district ("Downs", Jamaica), but never a
   * seat of one, which a text names bare as readily as a city.
   */
  private static boolean allStray(Gazetteer g, int[] candidates, Map<String, Integer> focus, long small,
      boolean word) {
    for (int row : candidates) {
      String country = g.countryCode(row);
      if (country == null || focus.containsKey(country) || g.population(row) >= small
          || !"P".equals(g.featureClass(row)) && !(word && g.adminRank(row) == 2)
          || word && g.featureCode(row).startsWith("PPLA")) {
        return false;
      }
    }
    return candidates.length > 0;
  }
}
