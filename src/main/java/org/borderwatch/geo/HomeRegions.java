package org.borderwatch.geo;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/**
 * The first-level region each source mostly writes about, learnt from the corpus itself: a local paper's home
 * ("Athens" in the Athens, Georgia paper is not the Greek capital, though nothing in that one article says so). A
 * source has a home when at least {@link Settings#minArticles} of its articles place something for sure and at
 * least {@link Settings#minShare} of those place something in one region. Wire services and international outlets,
 * whose articles spread over many regions, have none.
 */
public final class HomeRegions implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Lowest confidence of a resolution that counts as placing something for sure (the context passes decide so). */
  static final double SURE = 0.8;
  public static final HomeRegions NONE = new HomeRegions(Map.of());

  private final Map<String, String> bySource;

  private HomeRegions(Map<String, String> bySource) {
    this.bySource = Map.copyOf(bySource);
  }

  /** The admin1 code of the home region of the source {@link #sourceKey} names, or null. */
  public String homeOf(String sourceKey) {
    return sourceKey == null ? null : bySource.get(sourceKey);
  }

  /**
   * Whose home an article shares: its source, or, when the record names none, its URL's host ("www.ajc.com"), which
   * for a news site is the outlet. Null when neither is known.
   */
  public static String sourceKey(String source, String url) {
    if (source != null && !source.isBlank()) {
      return source;
    }
    if (url == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(url.trim()).getHost();
      return host == null || host.isBlank() ? null : host.toLowerCase(java.util.Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public int size() {
    return bySource.size();
  }

  @Override
  public String toString() {
    return new java.util.TreeMap<>(bySource).toString();
  }

  /** How many articles must place something for sure, and which share of them in one region, to make a home. */
  public record Settings(int minArticles, double minShare) implements Serializable {
    public static Settings from(BorderwatchConf conf) {
      return new Settings(
          conf.getInt(ConfKeys.GEO_HOME_REGION_MIN_ARTICLES, ConfKeys.GEO_HOME_REGION_MIN_ARTICLES_DEFAULT),
          conf.getDouble(ConfKeys.GEO_HOME_REGION_MIN_SHARE, ConfKeys.GEO_HOME_REGION_MIN_SHARE_DEFAULT));
    }

    /** Whether homes are learnt at all ({@code min-articles} 0 turns them off). */
    public boolean enabled() {
      return minArticles > 0;
    }

    /**
     * The home among a source's {@code articles} that place something for sure, given how many of them place
     * something in each region; null when no region holds enough of them.
     */
    public String home(long articles, Map<String, Long> articlesByRegion) {
      String best = null;
      long most = 0;
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(articlesByRegion).entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      return most >= minArticles && most >= minShare * articles ? best : null;
    }
  }

  /**
   * The regions an article places something in for sure: places (not countries, not names standing for an
   * institution) resolved with confidence of at least {@value #SURE}.
   */
  public static Set<String> sureRegions(List<ResolvedPlace> places) {
    Set<String> regions = new TreeSet<>();
    for (ResolvedPlace p : places) {
      if (p.role() == PlaceRole.PLACE && p.admin1Code() != null && p.geoPrecision() < 4 && p.confidence() >= SURE) {
        regions.add(p.admin1Code());
      }
    }
    return regions;
  }

  /** Counts sure regions article by article, for a corpus read in one JVM (evaluation). */
  public static final class Tally {
    private final Map<String, Long> articles = new HashMap<>();
    private final Map<String, Map<String, Long>> byRegion = new HashMap<>();

    /** {@code source}: the article's {@link #sourceKey}. */
    public Tally add(String source, Set<String> regions) {
      if (source != null && !regions.isEmpty()) {
        articles.merge(source, 1L, Long::sum);
        regions.forEach(r -> byRegion.computeIfAbsent(source, s -> new HashMap<>()).merge(r, 1L, Long::sum));
      }
      return this;
    }

    public HomeRegions homes(Settings settings) {
      Map<String, String> homes = new HashMap<>();
      articles.forEach((source, n) -> {
        String home = settings.home(n, byRegion.get(source));
        if (home != null) {
          homes.put(source, home);
        }
      });
      return of(homes);
    }
  }

  public static HomeRegions of(Map<String, String> bySource) {
    return bySource.isEmpty() ? NONE : new HomeRegions(bySource);
  }
}
