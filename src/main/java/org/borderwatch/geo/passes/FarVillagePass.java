package org.borderwatch.geo.passes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.GreatCircle;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * A small village whose every candidate lies far from every place the article can only mean, in a region none of
 * them lies in or the article names, is left unresolved when those places make a theatre (several within reach of
 * each other). In an article about the fighting around Avdiivka, "Pisky" is
 * the village there that the gazetteer lacks, not its namesake 300 km west; villages of an article that spans several
 * regions lie near some other place it names and keep their resolution.
 */
public final class FarVillagePass implements ResolutionPass {
  /** How far from all the article's sure places a village must be to be doubted: beyond a front's width. */
  static final double FAR_KM = 150;
  /** How many distinct sure places within reach of each other make the article's theatre. */
  static final int SURE_PLACES = 3;
  /** Candidates of one sure place lie within this of each other: one place, written twice in the gazetteer. */
  private static final double SAME_PLACE_KM = 25;
  /** A candidate this many times as populous as every other is the one meant ("Donetsk" is the city of a million). */
  private static final long DOMINANT = 10;

  @Override
  public String describe() {
    return "a small village whose every candidate lies over " + (int) FAR_KM + " km from the article's sure places, "
        + "in a region none of them is in, stays unresolved";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    PassResult.Builder result = new PassResult.Builder();
    Gazetteer g = article.gazetteer();
    List<SurePlace> surePlaces = null;
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      if (m.qualifier() >= 0 || !allSmallVillages(g, m.candidates())) {
        continue;
      }
      surePlaces = surePlaces != null ? surePlaces : surePlaces(article);
      String self = NameFolding.fold(m.text());
      List<Integer> sure = new ArrayList<>();
      Set<String> regions = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (SurePlace p : surePlaces) {
        if (!p.name().equals(self)) {
          regions.add(g.admin1Code(p.row()));
          if (names.add(p.name())) {
            sure.add(p.row());
          }
        }
      }
      if (focused(g, sure) && far(g, m.candidates(), sure, regions)) {
        result.decide(i, Decision.AT_QUALIFIER, 0.0);
      }
    }
    return result.build();
  }

  /** A mention's folded name and the row it can only mean. */
  private record SurePlace(String name, int row) {}

  /** The article's mentions that can only mean one place below a country, built once per article. */
  private static List<SurePlace> surePlaces(ArticleContext article) {
    List<SurePlace> sure = new ArrayList<>();
    for (int j = 0; j < article.mentions().size(); j++) {
      int row = sureRow(article, j);
      if (row >= 0 && article.gazetteer().adminRank(row) < 4) {
        sure.add(new SurePlace(NameFolding.fold(article.mentions().get(j).text()), row));
      }
    }
    return sure;
  }

  /**
   * Whether {@link #SURE_PLACES} of the sure places lie within {@link #FAR_KM} of one of them: the article has a
   * theatre. A digest that names Paris, Kursk and Kyiv once each has none, and doubts no village.
   */
  private static boolean focused(Gazetteer g, List<Integer> sure) {
    for (int a : sure) {
      int near = 0;
      for (int b : sure) {
        if (GreatCircle.haversineKm(g.latitude(a), g.longitude(a), g.latitude(b), g.longitude(b)) <= FAR_KM) {
          near++;
        }
      }
      if (near >= SURE_PLACES) {
        return true;
      }
    }
    return false;
  }

  /**
   * The row mention {@code j} can only mean: its decision, its candidates when they are one place, or the one that
   * dwarfs the others; else -1.
   */
  private static int sureRow(ArticleContext article, int j) {
    Decision d = article.decisions().get(j);
    if (d != null) {
      return d.row();
    }
    PlaceMention m = article.mentions().get(j);
    if (!m.known()) {
      return -1;
    }
    Gazetteer g = article.gazetteer();
    int biggest = m.candidates()[0];
    for (int row : m.candidates()) {
      biggest = g.population(row) > g.population(biggest) ? row : biggest;
    }
    for (int row : m.candidates()) {
      boolean samePlace = GreatCircle.haversineKm(g.latitude(biggest), g.longitude(biggest), g.latitude(row),
          g.longitude(row)) <= SAME_PLACE_KM;
      if (!samePlace && g.population(row) * DOMINANT > g.population(biggest)) {
        return -1;
      }
    }
    return biggest;
  }

  private static boolean allSmallVillages(Gazetteer g, int[] candidates) {
    for (int row : candidates) {
      if (!"P".equals(g.featureClass(row)) || g.featureCode(row).startsWith("PPLA") || g.adminRank(row) > 0
          || g.population(row) >= StrayVillagePass.SMALL) {
        return false;
      }
    }
    return candidates.length > 0;
  }

  private static boolean far(Gazetteer g, int[] candidates, List<Integer> sure, Set<String> regions) {
    for (int row : candidates) {
      if (regions.contains(g.admin1Code(row))) {
        return false;
      }
      for (int s : sure) {
        if (GreatCircle.haversineKm(g.latitude(row), g.longitude(row), g.latitude(s), g.longitude(s)) <= FAR_KM) {
          return false;
        }
      }
    }
    return true;
  }
}
