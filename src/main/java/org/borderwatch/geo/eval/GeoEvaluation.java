package org.borderwatch.geo.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.geo.GeoNamesKnowledge;
import org.borderwatch.geo.GeoNamesParser;
import org.borderwatch.geo.GreatCircle;
import org.borderwatch.geo.HomeRegions;
import org.borderwatch.geo.PlaceMentionFinder;
import org.borderwatch.geo.PlaceRole;
import org.borderwatch.geo.ResolvedPlace;

/**
 * Scores the geoparser against an LGL-format gold standard, two ways. Resolution: each gold toponym's span is
 * resolved in its article; the error is 0 km when the GeoNames id matches, else the great-circle distance to the
 * gold coordinates, and {@value #MISSING_ERROR_KM} km (half the Earth's circumference) when nothing was
 * resolved. End to end: place mentions found in the raw text against gold spans, exact span match. Both read the
 * articles twice, as {@code extract} does: first to learn each source's {@link HomeRegions home region}, then to
 * score.
 */
public final class GeoEvaluation {
  /** Error charged to a toponym left unresolved: the largest possible great-circle distance. */
  public static final double MISSING_ERROR_KM = 20_037.5;
  /** The customary "accuracy at 161 km" (100 miles) threshold. */
  public static final double ACCURACY_KM = 161.0;

  private GeoEvaluation() {}

  /** The figures; counts are toponyms (resolution) or mentions (end to end). */
  public record Report(int articles, int resolvable, int exactId, int within161, int unresolved, double meanErrorKm,
      double medianErrorKm, int goldSpans, int foundSpans, int matchedSpans, Map<String, Long> passCounts) {

    public double accuracy161() {
      return ratio(within161, resolvable);
    }

    public double exactIdRate() {
      return ratio(exactId, resolvable);
    }

    public double precision() {
      return ratio(matchedSpans, foundSpans);
    }

    public double recall() {
      return ratio(matchedSpans, goldSpans);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "articles %d%nresolution given gold names: %d toponyms, accuracy@161km %.1f%%, exact GeoNames id %.1f%%, "
              + "unresolved %d, mean error %.0f km, median error %.1f km%n"
              + "end to end: gold %d, found %d, matched %d, precision %.1f%%, recall %.1f%%, F1 %.1f%%%npasses %s",
          articles, resolvable, 100 * accuracy161(), 100 * exactIdRate(), unresolved, meanErrorKm, medianErrorKm,
          goldSpans, foundSpans, matchedSpans, 100 * precision(), 100 * recall(), 100 * f1(), passCounts);
    }
  }

  public static Report evaluate(GeoNamesKnowledge knowledge, List<LglCorpus.Article> articles,
      HomeRegions.Settings homeSettings) {
    GeoNamesParser resolver = knowledge.parser();
    GeoNamesParser finder = knowledge.parser();
    HomeRegions homes = HomeRegions.NONE;
    if (homeSettings.enabled()) {
      GeoNamesParser learner = knowledge.parser();
      HomeRegions.Tally tally = new HomeRegions.Tally();
      articles.forEach(a -> tally.add(a.source(), HomeRegions.sureRegions(learner.parse(a.text()))));
      homes = tally.homes(homeSettings);
    }
    List<Double> errors = new ArrayList<>();
    int exact = 0;
    int unresolved = 0;
    int goldSpans = 0;
    int found = 0;
    int matched = 0;
    for (LglCorpus.Article article : articles) {
      List<int[]> spans = new ArrayList<>();
      article.toponyms().forEach(t -> spans.add(new int[] {t.begin(), t.end()}));
      PlaceMentionFinder.Found given = resolver.mentionsAt(article.text(), spans);
      String home = homes.homeOf(article.source());
      List<ResolvedPlace> resolved = resolver.resolve(given.mentions(), given.countryCues(), home);
      for (int i = 0; i < article.toponyms().size(); i++) {
        LglCorpus.Toponym gold = article.toponyms().get(i);
        if (!gold.tagged()) {
          continue;
        }
        ResolvedPlace r = resolved.get(i);
        double error;
        if (r.geonameId() != null && r.geonameId() == gold.geonameId()) {
          exact++;
          error = 0;
        } else if (r.latitude() != null) {
          error = GreatCircle.haversineKm(gold.latitude(), gold.longitude(), r.latitude(), r.longitude());
        } else {
          unresolved++;
          error = MISSING_ERROR_KM;
        }
        errors.add(error);
      }
      Set<Long> goldKeys = new HashSet<>();
      article.toponyms().forEach(t -> goldKeys.add(((long) t.begin() << 32) | t.end()));
      goldSpans += goldKeys.size();
      Set<Long> foundKeys = new HashSet<>();
      // an institution standing for a government ("the White House") is a speaker, not a toponym
      finder.parse(article.text(), home).stream().filter(p -> p.role() != PlaceRole.INSTITUTION)
          .forEach(p -> foundKeys.add(((long) p.begin() << 32) | p.end()));
      found += foundKeys.size();
      foundKeys.retainAll(goldKeys);
      matched += foundKeys.size();
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int within = (int) Arrays.stream(e).filter(x -> x <= ACCURACY_KM).count();
    double mean = e.length == 0 ? 0 : Arrays.stream(e).average().orElse(0);
    double median = e.length == 0 ? 0 : (e[(e.length - 1) / 2] + e[e.length / 2]) / 2;
    return new Report(articles.size(), e.length, exact, within, unresolved, mean, median, goldSpans, found, matched,
        resolver.passCounts());
  }
}
