package org.borderwatch.geo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.geo.passes.ArticleContext;
import org.borderwatch.geo.passes.CountryNamePass;
import org.borderwatch.geo.passes.CountyTownPass;
import org.borderwatch.geo.passes.Decision;
import org.borderwatch.geo.passes.FarVillagePass;
import org.borderwatch.geo.passes.HomeRegionPass;
import org.borderwatch.geo.passes.LocalNamesakePass;
import org.borderwatch.geo.passes.NearbyPlacePass;
import org.borderwatch.geo.passes.NeighbourCountryPass;
import org.borderwatch.geo.passes.PassResult;
import org.borderwatch.geo.passes.ProminencePass;
import org.borderwatch.geo.passes.QualifierPass;
import org.borderwatch.geo.passes.RegionDesignatorPass;
import org.borderwatch.geo.passes.ResolutionPass;
import org.borderwatch.geo.passes.SharedAdmin1Pass;
import org.borderwatch.geo.passes.SingleCandidatePass;
import org.borderwatch.geo.passes.StoryCountryPass;
import org.borderwatch.geo.passes.StrayVillagePass;

/**
 * Picks one gazetteer entry per mention by running the disambiguation passes in order (the chain below) and
 * counting how often each one decides something. Not thread-safe (the counters).
 */
public final class PlaceResolver {
  private final Gazetteer gazetteer;
  private final GazetteerOptions options;
  private final List<ResolutionPass> chain;
  private final Map<String, Long> fired = new LinkedHashMap<>();

  public PlaceResolver(Gazetteer gazetteer, Countries countries, GazetteerOptions options) {
    this.gazetteer = gazetteer;
    this.options = options;
    this.chain = List.of(
        new QualifierPass(),
        new CountyTownPass(),
        new RegionDesignatorPass(),
        new StrayVillagePass(countries),
        new FarVillagePass(),
        new SingleCandidatePass(),
        new NearbyPlacePass(),
        new LocalNamesakePass(),
        new CountryNamePass(),
        new SharedAdmin1Pass(),
        new StoryCountryPass(),
        new HomeRegionPass(),
        new NeighbourCountryPass(countries),
        new ProminencePass());
    chain.forEach(p -> fired.put(p.name(), 0L));
  }

  public List<ResolutionPass> chain() {
    return chain;
  }

  /**
   * Decisions by mention index; mentions with no candidates and no qualifier are absent. {@code homeRegion}: the
   * admin1 code of the source's home region, or null.
   */
  public Map<Integer, Decision> resolve(List<PlaceMention> mentions, Map<String, Integer> countryCues,
      String homeRegion) {
    Map<Integer, Decision> decisions = new HashMap<>();
    for (ResolutionPass pass : chain) {
      PassResult result = pass.apply(new ArticleContext(gazetteer, options, mentions, decisions, countryCues,
          homeRegion));
      result.decided().forEach((i, d) -> {
        if (decisions.putIfAbsent(i, d) == null) {
          fired.merge(pass.name(), 1L, Long::sum);
        }
      });
    }
    return decisions;
  }

  /** How many mentions each pass has decided so far, in chain order. */
  public Map<String, Long> passCounts() {
    return Map.copyOf(fired);
  }
}
