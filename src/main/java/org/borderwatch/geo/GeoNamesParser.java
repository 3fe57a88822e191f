package org.borderwatch.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.geo.passes.Decision;

/**
 * {@link GeoParser} over a {@link GeoNamesKnowledge}: {@link PlaceMentionFinder} finds the names,
 * {@link PlaceResolver} chooses among candidates, and this class turns decisions into {@link ResolvedPlace}s
 * with precision (1 town, 2 near a place or a district, 3 region, 4 country or wider; 0 when the text locates an
 * unknown name nowhere), the candidates considered and the name's {@link PlaceRole}. Thread-confined.
 */
public final class GeoNamesParser implements GeoParser {
  private static final int LISTED_CANDIDATES = 5;

  private final Gazetteer gazetteer;
  private final PlaceMentionFinder finder;
  private final PlaceResolver resolver;
  private final MentionRoles roles;

  GeoNamesParser(GeoNamesKnowledge knowledge) {
    this.gazetteer = knowledge.gazetteer();
    this.finder = new PlaceMentionFinder(knowledge);
    this.resolver = new PlaceResolver(gazetteer, knowledge.countries(), knowledge.options());
    this.roles = new MentionRoles(knowledge.nameContexts());
  }

  @Override
  public List<ResolvedPlace> parse(String text, String homeRegion) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    PlaceMentionFinder.Found found = finder.find(text);
    List<ResolvedPlace> resolved = resolve(found.mentions(), found.countryCues(), homeRegion);
    List<ResolvedPlace> out = new ArrayList<>(resolved.size());
    for (ResolvedPlace p : resolved) {
      PlaceRole role = roles.roleOf(text, p);
      out.add(role == p.role() ? p : p.withRole(role));
    }
    return out;
  }

  /** Resolves mentions found elsewhere (a gold standard's spans, another finder's output) in their article. */
  public List<ResolvedPlace> resolve(List<PlaceMention> mentions, Map<String, Integer> countryCues,
      String homeRegion) {
    Map<Integer, Decision> decisions = resolver.resolve(mentions, countryCues, homeRegion);
    List<ResolvedPlace> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      out.add(toResolved(mentions, i, decisions));
    }
    return out;
  }

  /** Finds mentions without resolving them. */
  public PlaceMentionFinder.Found find(String text) {
    return finder.find(text == null ? "" : text);
  }

  /** Mentions at given spans, ready for {@link #resolve}; see {@link PlaceMentionFinder#mentionsAt}. */
  public PlaceMentionFinder.Found mentionsAt(String text, List<int[]> spans) {
    return finder.mentionsAt(text, spans);
  }

  /** Decisions per pass, and surnames per person-cue step of the finder, so far, for job-end counters. */
  public Map<String, Long> passCounts() {
    Map<String, Long> counts = new java.util.HashMap<>(resolver.passCounts());
    counts.putAll(finder.stepCounts());
    return Map.copyOf(counts);
  }

  private ResolvedPlace toResolved(List<PlaceMention> mentions, int i, Map<Integer, Decision> decisions) {
    PlaceMention m = mentions.get(i);
    List<Candidate> candidates = candidates(m);
    Decision d = decisions.get(i);
    if (d != null && d.row() >= 0) {
      return atRow(m, d.row(), precision(m, d.row()), d.confidence(), candidates);
    }
    Decision q = m.qualifier() >= 0 ? decisions.get(m.qualifier()) : null;
    if (q != null && q.row() >= 0) {
      int area = q.row();
      int precision = gazetteer.adminRank(area) == 4 ? 4 : 3;
      double confidence = d != null ? d.confidence() : 0.6;
      return fallback(m, area, precision, confidence, candidates);
    }
    return new ResolvedPlace(m.text(), m.begin(), m.end(), null, m.text(), null, null, null, null, null, null, 0, 0.0,
        candidates, m.role());
  }

  private ResolvedPlace atRow(PlaceMention m, int row, int precision, double confidence, List<Candidate> candidates) {
    Place p = gazetteer.place(row);
    String admin1 = p.admin1Code();
    return new ResolvedPlace(m.text(), m.begin(), m.end(), p, p.name(), p.featureCode(), p.countryCode(), admin1,
        admin1 == null ? null : gazetteer.admin1Name(admin1), coordinate(p.latitude()), coordinate(p.longitude()),
        precision, confidence, candidates, m.role());
  }

  /** An unknown (or elsewhere-only) name kept at its qualifier's region or country, its own text as name. */
  private ResolvedPlace fallback(PlaceMention m, int area, int precision, double confidence, List<Candidate> candidates) {
    Place a = gazetteer.place(area);
    String admin1 = precision == 3 ? a.admin1Code() : null;
    return new ResolvedPlace(m.text(), m.begin(), m.end(), null, m.text(), null, a.countryCode(), admin1,
        admin1 == null ? null : gazetteer.admin1Name(admin1), coordinate(a.latitude()), coordinate(a.longitude()),
        precision, confidence, candidates, m.role());
  }

  private int precision(PlaceMention m, int row) {
    int rank = gazetteer.adminRank(row);
    // a continent or macro-region is as coarse as a country, or coarser
    if (rank == 4 || gazetteer.countryCode(row) == null) {
      return 4;
    }
    if (rank == 3) {
      return 3;
    }
    if (m.cue() == MentionCue.REGION) {
      return 3;
    }
    boolean approximate = m.cue() == MentionCue.NEAR || m.cue() == MentionCue.DISTRICT || rank == 2
        || !gazetteer.featureClass(row).equals("P");
    return approximate ? 2 : 1;
  }

  private List<Candidate> candidates(PlaceMention m) {
    List<Candidate> out = new ArrayList<>();
    for (int k = 0; k < m.candidates().length && k < LISTED_CANDIDATES; k++) {
      int row = m.candidates()[k];
      out.add(new Candidate(gazetteer.id(row), gazetteer.name(row), gazetteer.featureCode(row),
          gazetteer.countryCode(row), gazetteer.admin1Code(row), Math.round(gazetteer.prominence(row) * 1000) / 1000.0));
    }
    return out;
  }

  private static Double coordinate(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
