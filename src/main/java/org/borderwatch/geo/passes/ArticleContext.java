package org.borderwatch.geo.passes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.borderwatch.geo.NameFolding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.geo.Gazetteer;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.PlaceMention;

/**
 * One article as the passes see it: its place mentions with candidates, the decisions made so far, and the
 * countries it names or alludes to (country names and demonyms, counted); {@code homeRegion} is the admin1 code of
 * its source's home region, or null ({@code geo.HomeRegions}).
 */
public record ArticleContext(Gazetteer gazetteer, GazetteerOptions options, List<PlaceMention> mentions,
    Map<Integer, Decision> decisions, Map<String, Integer> countryCues, String homeRegion) {

  public ArticleContext {
    mentions = List.copyOf(mentions);
    decisions = Map.copyOf(decisions);
    countryCues = Map.copyOf(countryCues);
  }

  /** Indexes of mentions with candidates and no decision yet, in text order. */
  public List<Integer> open() {
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (!decisions.containsKey(i) && mentions.get(i).known()) {
        open.add(i);
      }
    }
    return open;
  }

  /** How many decided mentions lie in each admin1 region. */
  public Map<String, Integer> decidedAdmin1() {
    Map<String, Integer> counts = new TreeMap<>();
    decisions.values().forEach(d -> {
      if (d.row() >= 0 && gazetteer.admin1Code(d.row()) != null && gazetteer.adminRank(d.row()) < 4) {
        counts.merge(gazetteer.admin1Code(d.row()), 1, Integer::sum);
      }
    });
    return counts;
  }

  /** Countries weighted by decided mentions in them plus the article's country names and demonyms. */
  public Map<String, Integer> focusCountries() {
    Map<String, Integer> counts = new TreeMap<>(countryCues);
    decisions.values().forEach(d -> {
      if (d.row() >= 0 && gazetteer.countryCode(d.row()) != null) {
        counts.merge(gazetteer.countryCode(d.row()), 1, Integer::sum);
      }
    });
    return counts;
  }

  /** How many mentions carry the same name as mention {@code i}, itself included. */
  public int sameNameCount(int i) {
    String name = NameFolding.fold(mentions.get(i).text());
    return (int) mentions.stream().filter(m -> NameFolding.fold(m.text()).equals(name)).count();
  }

  /**
   * How many distinct names of the article other than mention {@code i}'s can lie only in {@code country}: decided
   * there, or with every candidate there ("Kentucky" can lie only in the United States).
   */
  public int namesOnlyIn(String country, int i) {
    String self = NameFolding.fold(mentions.get(i).text());
    Set<String> names = new HashSet<>();
    for (int j = 0; j < mentions.size(); j++) {
      String name = NameFolding.fold(mentions.get(j).text());
      if (!name.equals(self) && country.equals(onlyCountryOf(j))) {
        names.add(name);
      }
    }
    return names.size();
  }

  /** The one country mention {@code j} can lie in: where it was decided, or where every candidate is; else null. */
  public String onlyCountryOf(int j) {
    PlaceMention m = mentions.get(j);
    if (!m.known()) {
      return null;
    }
    Decision d = decisions.get(j);
    if (d != null) {
      return d.row() >= 0 ? gazetteer.countryCode(d.row()) : null;
    }
    String country = gazetteer.countryCode(m.candidates()[0]);
    return country != null && IntStream.of(m.candidates()).allMatch(row -> country.equals(gazetteer.countryCode(row)))
        ? country : null;
  }

  /**
   * The most prominent candidate satisfying the filter, unless some candidate elsewhere is
   * {@code focusOverrideRatio} times more populous (a world city outranks a namesake in the focus region).
   * Returns -1 when none qualifies.
   */
  public int bestWithin(int mention, java.util.function.IntPredicate inFocus) {
    int[] candidates = mentions.get(mention).candidates();
    int best = -1;
    long biggestOutside = 0;
    for (int row : candidates) {
      if (inFocus.test(row)) {
        if (best < 0) {
          best = row;
        }
      } else {
        biggestOutside = Math.max(biggestOutside, gazetteer.population(row));
      }
    }
    if (best >= 0 && biggestOutside > options.focusOverrideRatio() * Math.max(1, gazetteer.population(best))) {
      return -1;
    }
    return best;
  }
}
