package org.borderwatch.geo.passes;

import java.util.Map;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.PlaceMention;

/**
 * In a local story, a famous name means the namesake nearby: "Lebanon" in an article about Harrisburg and York is
 * Lebanon, Pennsylvania. It applies when at least
 * {@value #MIN_SUPPORT} other names of the article can lie in one first-level region, the name has a candidate
 * there, and nothing in the article points abroad: no country or demonym of another country, and no other name
 * that can lie only in another country.
 */
public final class LocalNamesakePass implements ResolutionPass {
  /** Other names that must be placeable in the region (LGL: one alone is too often a coincidence). */
  static final int MIN_SUPPORT = 2;

  @Override
  public String describe() {
    return "in a story about one region with nothing abroad, a famous name means its namesake in that region";
  }

  @Override
  public PassResult apply(ArticleContext article) {
    Gazetteer g = article.gazetteer();
    PassResult.Builder result = new PassResult.Builder();
    for (int i : article.open()) {
      PlaceMention m = article.mentions().get(i);
      Map<String, Integer> support = SharedAdmin1Pass.support(article, i);
      String region = null;
      int best = 0;
      for (Map.Entry<String, Integer> e : support.entrySet()) {
        if (e.getValue() > best) {
          region = e.getKey();
          best = e.getValue();
        }
      }
      if (region == null || best < MIN_SUPPORT) {
        continue;
      }
      String home = region.substring(0, region.indexOf('.'));
      if (pointsAbroad(article, i, home)) {
        continue;
      }
      for (int row : m.candidates()) {
        if (region.equals(g.admin1Code(row)) && g.adminRank(row) < 3) {
          result.decide(i, row, 0.75);
          break;
        }
      }
    }
    return result.build();
  }

  private static boolean pointsAbroad(ArticleContext article, int mention, String home) {
    Gazetteer g = article.gazetteer();
    for (Map.Entry<String, Integer> cue : article.countryCues().entrySet()) {
      if (!cue.getKey().equals(home) && cue.getValue() > countryMentionsOfSameName(article, mention, cue.getKey())) {
        return true;
      }
    }
    for (int j = 0; j < article.mentions().size(); j++) {
      PlaceMention other = article.mentions().get(j);
      if (j == mention || !other.known() || other.text().equals(article.mentions().get(mention).text())) {
        continue;
      }
      String only = g.countryCode(other.candidates()[0]);
      boolean allThere = only != null;
      for (int row : other.candidates()) {
        allThere &= only != null && only.equals(g.countryCode(row));
      }
      if (allThere && !only.equals(home)) {
        return true;
      }
    }
    return false;
  }

  /** The name's own mentions counted as country cues ("Lebanon" names the country Lebanon as it is found). */
  private static int countryMentionsOfSameName(ArticleContext article, int mention, String country) {
    Gazetteer g = article.gazetteer();
    PlaceMention m = article.mentions().get(mention);
    boolean namesCountry = m.known() && g.adminRank(m.candidates()[0]) == 4
        && country.equals(g.countryCode(m.candidates()[0]));
    return namesCountry ? article.sameNameCount(mention) : 0;
  }
}
