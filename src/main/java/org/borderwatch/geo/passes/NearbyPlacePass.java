package org.borderwatch.geo.passes;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.GreatCircle;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * A local story names places close together: an ambiguous name whose candidate town lies within
 * {@value #NEAR_KM} km of a town the article has already placed for sure means that town ("Hanover" beside
 * "Bethel, Vt." is Hanover, New Hampshire, across the river, not the Jamaican parish). Of several such candidates the
 * closest wins, unless a candidate elsewhere is {@code focus-override-ratio} times more populous. A country's name
 * is left to {@link CountryNamePass}.
 */
public final class NearbyPlacePass implements ResolutionPass {
  /** How close a namesake must lie to a placed town to be meant (km): the reach of one local paper's news. */
  static final double NEAR_KM = 40;

  @Override
  public String describe() {
    return "an ambiguous name goes to its candidate town lying near a town the article has already placed";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      if (m.variantMatch() || namesACountry(g, m)) {
        continue;
      }
      List<Integer> anchors = anchors(article, NameFolding.fold(m.text()));
      int best = -1;
      double bestKm = NEAR_KM;
      for (int row : m.candidates()) {
        if (!g.featureClass(row).equals("P")) {
          continue;
        }
        for (int anchor : anchors) {
          double km = GreatCircle.haversineKm(g.latitude(row), g.longitude(row), g.latitude(anchor),
              g.longitude(anchor));
          if (km <= bestKm) {
            best = row;
            bestKm = km;
          }
        }
      }
      int chosen = best;
      // a far bigger place of the name still wins: "Boston" beside a small Pennsylvania town is Boston
      if (best >= 0 && article.bestWithin(i, row -> row == chosen) >= 0) {
        result.decide(i, best, 0.8);
      }
    }
    return result.build();
  }

  private static boolean namesACountry(Gazetteer g, PlaceMention m) {
    for (int row : m.candidates()) {
      if (g.adminRank(row) == 4) {
        return true;
      }
    }
    return false;
  }

  /** The towns decided so far under other names. */
  private static List<Integer> anchors(ArticleContext article, String self) {
    Gazetteer g = article.gazetteer();
    List<Integer> anchors = new ArrayList<>();
    article.decisions().forEach((j, d) -> {
      if (d.row() >= 0 && g.featureClass(d.row()).equals("P")
          && !NameFolding.fold(article.mentions().get(j).text()).equals(self)) {
        anchors.add(d.row());
      }
    });
    return anchors;
  }
}
