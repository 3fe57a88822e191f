package org.borderwatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report's two sections on the strict and broad views: incidents by kind and basis, and by distance to the
 * border. Kept apart from {@link HtmlReport} because both read one {@link CrossBorderViews} and share its vocabulary.
 */
final class CrossBorderViewSections {
  static final String STRICT = "strict view";
  static final String BROAD_ONLY = "added by the broad view";
  static final String BROAD = "broad view";
  static final String ALL_KINDS = "all kinds";

  private CrossBorderViewSections() {}

  static String byBasis(CrossBorderViews views) {
    List<String> kinds = views.kinds();
    List<String> bases = views.bases();
    Function<String, List<Long>> perBasis = k -> bases.stream().map(b -> views.incidents(k, b)).toList();
    long[][] segments = kinds.stream()
        .map(k -> perBasis.apply(k).stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
    List<String> headers = new ArrayList<>(List.of("kind"));
    bases.forEach(b -> headers.add(basisLabel(b)));
    headers.addAll(List.of(STRICT, BROAD));
    List<List<Object>> rows = new ArrayList<>();
    for (String k : kinds) {
      rows.add(row(kindLabel(k), perBasis.apply(k), views.strict(k), views.broad(k)));
    }
    rows.add(row(ALL_KINDS, bases.stream().map(views::ofBasis).toList(), views.strict(), views.broad()));
    return HtmlReport.section("Cross-border incidents by basis: strict and broad views",
        "What makes each incident cross-border, from the most direct of its claims: STATED (the text says the border "
            + "was crossed), ORIGIN (an origin in another state is named) and AIRSPACE (something airborne came into "
            + "another state's airspace) make the strict view, " + views.strict() + " incidents; DISTANCE (only the "
            + "place's distance to the crossing party's border: inferred) is what the broad view adds, "
            + views.broadOnly() + " incidents, for " + views.broad() + " in all.",
        SvgCharts.stackedBars("Cross-border incidents by kind and basis",
            kinds.stream().map(CrossBorderViewSections::kindLabel).toList(), segments,
            bases.stream().map(CrossBorderViewSections::basisLabel).toList()),
        HtmlReport.table(headers, rows, r -> r));
  }

  static String byDistance(CrossBorderViews views) {
    List<CrossBorderViews.BandCount> bands = views.byBand();
    return HtmlReport.section("Cross-border incidents by distance to the border",
        "Each cross-border incident at the smallest distance from any of its claims' places to the land border of the "
            + "place's country, split into the strict view and what the broad view adds.",
        SvgCharts.stackedBars("Cross-border incidents by distance to the border",
            bands.stream().map(CrossBorderViewSections::bandLabel).toList(),
            bands.stream().map(b -> new long[] {b.strict(), b.broadOnly()}).toArray(long[][]::new),
            List.of(STRICT, BROAD_ONLY)),
        HtmlReport.table(List.of("distance to the border", STRICT, BROAD_ONLY, BROAD), bands,
            b -> List.of(bandLabel(b), b.strict(), b.broadOnly(), b.broad())));
  }

  /** A row of the basis table: its label, one count per basis, then the strict and broad totals. */
  private static List<Object> row(String label, List<Long> perBasis, long strict, long broad) {
    List<Object> cells = new ArrayList<>(List.of(label));
    cells.addAll(perBasis);
    cells.add(strict);
    cells.add(broad);
    return cells;
  }

  static String kindLabel(String kind) {
    return kind == null ? "no kind" : kind;
  }

  static String basisLabel(String basis) {
    return basis == null ? "no basis" : basis;
  }

  static String bandLabel(CrossBorderViews.BandCount b) {
    return b.band() == null ? "no distance" : b.band() + " km";
  }
}
