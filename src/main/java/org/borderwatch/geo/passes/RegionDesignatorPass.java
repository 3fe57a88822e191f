package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.MentionCue;
import org.borderwatch.geo.NameFolding;
import org.borderwatch.geo.PlaceMention;

/**
 * "Donetsk Oblast", "the Belgorod region", "Graivoron district": the designator asks for an administrative area,
 * so the best candidate of matching rank wins (first-level for regions, second-level for districts), falling
 * back to the most prominent candidate, whose region the resolver then reports.
 */
public final class RegionDesignatorPass implements ResolutionPass {
  @Override
  public String describe() {
    return "a designator (Oblast, region, district) picks the administrative area of that name";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      if (m.cue() != MentionCue.REGION && m.cue() != MentionCue.DISTRICT) {
        continue;
      }
      int wanted = m.cue() == MentionCue.REGION ? 3 : 2;
      // of several areas of that name ("Clay County" in eighteen states), the one where the article's places can be
      Map<String, Integer> support = SharedAdmin1Pass.support(article, i);
      int best = -1;
      int bestSupport = -1;
      for (int row : m.candidates()) {
        int s = g.admin1Code(row) == null ? 0 : support.getOrDefault(g.admin1Code(row), 0);
        if (g.adminRank(row) == wanted && s > bestSupport) {
          best = row;
          bestSupport = s;
        }
      }
      if (best < 0 && m.cue() == MentionCue.REGION) {
        best = regionOfNamesake(g, m);
      }
      result.decide(i, best >= 0 ? best : m.candidates()[0], best >= 0 ? 0.9 : 0.7);
    }
    return result.build();
  }

  /**
   * "the region of Belgorod": where the region is not indexed by its bare name ("Belgorod Oblast"), the region of the
   * most prominent town of that name, when the region is named after it; else -1.
   */
  private static int regionOfNamesake(Gazetteer g, PlaceMention m) {
    String name = NameFolding.fold(m.text());
    for (int row : m.candidates()) {
      int region = g.admin1Row(g.admin1Code(row));
      if (region >= 0 && NameFolding.fold(g.name(region)).startsWith(name)) {
        return region;
      }
    }
    return -1;
  }
}
