package org.borderwatch.geo.passes;

import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.GreatCircle;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * "Kozinka, Belgorod Oblast", "Moscow, Idaho", "X in the Y region": the qualifier is resolved to its region or
 * country and the place to its most prominent candidate inside it. With none inside, a name the country has only
 * once, close to the named region, is that place written with the neighbouring region (reports often name the
 * wrong side of a regional boundary: "Vuhlehirsk, Luhansk" for a town just inside Donetsk Oblast); otherwise the
 * place is kept at the qualifier's level rather than moved elsewhere.
 */
public final class QualifierPass implements ResolutionPass {
  /** How far from the named region's point a country's only place of that name may lie and still be meant (km). */
  static final double NEIGHBOURING_REGION_KM = 100;

  @Override
  public String describe() {
    return "a region or country named right beside a place decides where it is";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    for (int i = 0; i < article.mentions().size(); i++) {
      PlaceMention m = article.mentions().get(i);
      if (m.qualifier() < 0 || article.decisions().containsKey(i)) {
        continue;
      }
      int area = areaOf(g, article.mentions().get(m.qualifier()));
      if (area < 0) {
        continue;
      }
      result.decide(m.qualifier(), area, 0.9);
      if (!m.known()) {
        continue;
      }
      int best = -1;
      for (int row : m.candidates()) {
        if (row != area && inside(g, row, area)) {
          best = row;
          break;
        }
      }
      if (best >= 0) {
        result.decide(i, best, 0.95);
      } else {
        int across = onlyOneNearby(g, m, area);
        result.decide(i, across >= 0 ? across : Decision.AT_QUALIFIER, across >= 0 ? 0.6 : 0.8);
      }
    }
    return result.build();
  }

  /**
   * The qualifier's region or country row: its most prominent candidate of admin rank 3 or 4, else a region of that
   * short name ("Kyiv" after a comma is Kyiv Oblast, which GeoNames spells Kiev), else its first candidate (-1 if
   * none).
   */
  static int areaOf(Gazetteer g, PlaceMention qualifier) {
    for (int row : qualifier.candidates()) {
      if (g.adminRank(row) >= 3) {
        return row;
      }
    }
    int[] regions = g.lookupRegion(NameFolding.fold(qualifier.text()));
    if (regions.length > 0) {
      return regions[0];
    }
    return qualifier.known() ? qualifier.candidates()[0] : -1;
  }

  /** The place's only candidate in the region's country when it lies near the region, else -1. */
  private static int onlyOneNearby(Gazetteer g, PlaceMention m, int area) {
    if (g.adminRank(area) != 3) {
      return -1;
    }
    int only = -1;
    for (int row : m.candidates()) {
      if (g.featureClass(row).equals("P") && g.countryCode(row).equals(g.countryCode(area))) {
        if (only >= 0) {
          return -1;
        }
        only = row;
      }
    }
    boolean near = only >= 0 && GreatCircle.haversineKm(g.latitude(only), g.longitude(only), g.latitude(area),
        g.longitude(area)) <= NEIGHBOURING_REGION_KM;
    return near ? only : -1;
  }

  private static boolean inside(Gazetteer g, int row, int area) {
    // continents and macro-regions have no country
    if (g.countryCode(area) == null || !g.countryCode(area).equals(g.countryCode(row))) {
      return false;
    }
    return g.adminRank(area) == 4 || (g.admin1Code(area) != null && g.admin1Code(area).equals(g.admin1Code(row)));
  }
}
