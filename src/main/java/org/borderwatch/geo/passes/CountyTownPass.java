package org.borderwatch.geo.passes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * A second-level area and a town inside it fix each other: "a Paris man … Henry County General Sessions Court" is
 * Paris, Tennessee, and Henry County, Tennessee, because of the many Parises and Henry Counties only that pair
 * shares a county. Of an area name's candidates, the one holding a candidate of the most other names of the article
 * wins when it leads the runner-up; those names then go to their candidate inside it.
 */
public final class CountyTownPass implements ResolutionPass {
  @Override
  public String describe() {
    return "a county and a town the article names fix each other when only one of the county's namesakes holds it";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    Set<Integer> settled = new HashSet<>(article.decisions().keySet());
    for (int i : article.open()) {
      if (settled.contains(i) || namesFirstLevel(g, article.mentions().get(i))) {
        continue;
      }
      Map<Integer, Set<String>> townsByArea = townsInside(article, i);
      int best = -1;
      int bestCount = 0;
      int runnerUp = 0;
      for (Map.Entry<Integer, Set<String>> e : townsByArea.entrySet()) {
        int count = e.getValue().size();
        if (count > bestCount) {
          runnerUp = bestCount;
          best = e.getKey();
          bestCount = count;
        } else if (count > runnerUp) {
          runnerUp = count;
        }
      }
      if (best < 0 || bestCount == runnerUp) {
        continue;
      }
      String county = g.admin2Code(best);
      result.decide(i, best, 0.85);
      settled.add(i);
      for (int j : article.open()) {
        int town = settled.contains(j) ? -1 : firstIn(g, article.mentions().get(j), county);
        if (town >= 0) {
          result.decide(j, town, 0.85);
          settled.add(j);
        }
      }
    }
    return result.build();
  }

  /** For each second-level area among mention {@code i}'s candidates, the other names with a candidate inside it. */
  private static Map<Integer, Set<String>> townsInside(ArticleContext article, int i) {
    Gazetteer g = article.gazetteer();
    String self = NameFolding.fold(article.mentions().get(i).text());
    Map<Integer, Set<String>> towns = new HashMap<>();
    for (int area : article.mentions().get(i).candidates()) {
      if (g.adminRank(area) != 2 || g.admin2Code(area) == null) {
        continue;
      }
      for (int j = 0; j < article.mentions().size(); j++) {
        PlaceMention m = article.mentions().get(j);
        String name = NameFolding.fold(m.text());
        Decision d = article.decisions().get(j);
        boolean inside = d != null ? d.row() >= 0 && isTownIn(g, d.row(), g.admin2Code(area))
            : !m.variantMatch() && firstIn(g, m, g.admin2Code(area)) >= 0;
        if (!name.equals(self) && inside) {
          towns.computeIfAbsent(area, k -> new HashSet<>()).add(name);
        }
      }
    }
    return towns;
  }

  /**
   * "Chernihiv Oblast", "Poltava": a name a first-level region carries is that region or its town, never the
   * second-level area of the same name the towns around it happen to lie in.
   */
  private static boolean namesFirstLevel(Gazetteer g, PlaceMention m) {
    return java.util.Arrays.stream(m.candidates()).anyMatch(row -> g.adminRank(row) >= 3);
  }

  /** The mention's most prominent populated-place candidate inside the area, or -1. */
  private static int firstIn(Gazetteer g, PlaceMention m, String admin2) {
    for (int row : m.candidates()) {
      if (isTownIn(g, row, admin2)) {
        return row;
      }
    }
    return -1;
  }

  private static boolean isTownIn(Gazetteer g, int row, String admin2) {
    return g.featureClass(row).equals("P") && admin2.equals(g.admin2Code(row));
  }
}
