package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.MentionCue;
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
      result.decide(i, best >= 0 ? best : m.candidates()[0], best >= 0 ? 0.9 : 0.7);
    }
    return result.build();
  }
}
