package org.borderwatch.report;

import static org.borderwatch.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders {@link ReportData} as one self-contained HTML page: inline CSS and SVG, no scripts, no
 * fonts, no links to fetch. Every chart is followed by the table it was drawn from.
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font-family:sans-serif;margin:24px auto;max-width:960px;color:#222}
      h1{font-size:26px}h2{font-size:20px;margin-top:36px;border-bottom:1px solid #ccc}h3{font-size:16px;margin:20px 0 4px}
      table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
      th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
      th{background:#eef2f6}td.n{text-align:right}
      .kpi{display:inline-block;margin:0 24px 8px 0}.kpi b{display:block;font-size:24px}
      details{margin:4px 0 12px}
      """;

  /** Incidents listed under each map (the map itself shows every point it got). */
  static final int MAX_MAP_ROWS = 20;

  private HtmlReport() {}

  public static String render(ReportData data) {
    ReportData.Summary s = data.summary();
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>borderwatch report</title><style>").append(CSS).append("</style></head><body>\n")
        .append("<h1>borderwatch: cross-border incidents</h1>\n<p>")
        .append(s.firstDate() == null ? "No incidents." : "Incidents from " + s.firstDate() + " to " + s.lastDate() + ".")
        .append(" Tables read from <code>").append(escape(s.generatedFrom())).append("</code>.</p>\n<div>")
        .append(kpi("incidents", s.incidents())).append(kpi("cross-border, broad view", s.crossBorder()))
        .append(kpi("cross-border, strict view", data.views().strict()))
        .append(kpi("contested", s.contested())).append(kpi("claims", s.claims()))
        .append(kpi("contested share", percent(s.incidents() == 0 ? 0 : (double) s.contested() / s.incidents())))
        .append("</div>\n");

    html.append(section("Cross-border incidents over time by country pair",
        "Weekly cross-border incidents, actor side → country of the place (top pairs).",
        SvgCharts.lines("Cross-border incidents per week by country pair", data.pairsOverTime()),
        pairTable(data.pairsOverTime())));

    html.append(maps(data.theatres()));

    html.append(CrossBorderViewSections.byBasis(data.views()));
    html.append(CrossBorderViewSections.byDistance(data.views()));

    html.append(section("Top border regions",
        "Admin1 regions ranked by cross-border incidents.",
        SvgCharts.bars("Cross-border incidents by border region",
            data.regions().stream().map(r -> r.admin1() + " (" + r.country() + ")").toList(),
            data.regions().stream().map(ReportData.Region::crossBorder).toList()),
        table(List.of("rank", "country", "region", "cross-border", "incidents", "contested"), data.regions(),
            r -> cells(r.rank(), r.country(), r.admin1(), r.crossBorder(), r.incidents(), r.contested()))));

    html.append(section("Contested share",
        "Share of incidents whose claimants from opposing sides disagree, by country of the place.",
        SvgCharts.stackedBars("Contested and uncontested incidents by country",
            data.contestedByCountry().stream().map(c -> c.country() + " " + percent(c.share())).toList(),
            data.contestedByCountry().stream().map(c -> new long[] {c.contested(), c.incidents() - c.contested()})
                .toArray(long[][]::new),
            List.of("contested", "not contested")),
        table(List.of("country", "incidents", "contested", "share"), data.contestedByCountry(),
            c -> cells(c.country(), c.incidents(), c.contested(), percent(c.share())))));

    html.append(section("Top claimants",
        "Who makes the claims: about their own side (self-claims) or about the adversary.",
        SvgCharts.stackedBars("Claims by claimant",
            data.claimants().stream().map(ReportData.Claimant::name).toList(),
            data.claimants().stream().map(c -> new long[] {c.selfClaims(), c.adversaryClaims(),
                c.claims() - c.selfClaims() - c.adversaryClaims()}).toArray(long[][]::new),
            List.of("self-claims", "adversary claims", "other")),
        table(List.of("claimant", "side", "claims", "self", "adversary", "incidents", "contested share"),
            data.claimants(), c -> cells(c.name(), c.side(), c.claims(), c.selfClaims(), c.adversaryClaims(),
                c.incidents(), percent(c.contestedShare())))));

    html.append("<h2>Contested incidents</h2>\n<p>The incidents with most claims where opposing sides disagree; ")
        .append("each claim keeps its own attribution in the claims table.</p>\n")
        .append(table(List.of("date", "place", "event type", "why contested", "actors", "claimants", "claims"),
            data.contestedIncidents(), i -> cells(i.date(), i.place(), i.eventType(), i.reason(),
                String.join("; ", i.actors()), String.join("; ", i.claimants()), i.claims())));
    return html.append("</body></html>\n").toString();
  }

  /**
   * One map per theatre, each followed by the table of its points; several maps when incidents fall in regions far
   * apart (one continent-wide scatter says nothing about any border).
   */
  private static String maps(List<ReportData.Theatre> theatres) {
    StringBuilder out = new StringBuilder("<h2>Incident maps by cross-border kind</h2>\n<p>")
        .append(escape("Incidents placed at a town or within a region (country-level incidents are left out), one map "
            + "per group of incidents far from the others. Size grows with claims, colour is the cross-border kind, "
            + "contested incidents are ringed; the land borders between the parties of the map's cross-border "
            + "incidents are drawn stronger. Hover a point for place, date, type, claims and claimants. Country "
            + "outlines: Natural Earth."))
        .append("</p>\n");
    if (theatres.isEmpty()) {
      out.append("<p>No incident has coordinates.</p>\n");
    }
    for (int i = 0; i < theatres.size(); i++) {
      ReportData.Theatre t = theatres.get(i);
      String name = "Map " + (i + 1) + ": " + t.name();
      out.append("<h3>").append(escape(name)).append("</h3>\n")
          .append(SvgCharts.map("Incidents, " + t.name(), t))
          .append("\n<details open><summary>Table</summary>\n")
          .append(table(List.of("incident", "latitude", "longitude", "kind", "claims", "contested", "claimants"),
              t.points().subList(0, Math.min(MAX_MAP_ROWS, t.points().size())),
              p -> cells(p.label(), String.format(Locale.ROOT, "%.4f", p.latitude()),
                  String.format(Locale.ROOT, "%.4f", p.longitude()), SvgCharts.kindLabel(p.kind()), p.claims(),
                  p.contested() ? "yes" : "no", String.join("; ", p.claimants()))))
          .append(t.points().size() > MAX_MAP_ROWS
              ? "<p>" + (t.points().size() - MAX_MAP_ROWS) + " more incidents on the map, fewer claims each.</p>\n" : "")
          .append("</details>\n");
    }
    return out.toString();
  }

  static String section(String heading, String intro, String svg, String table) {
    return "<h2>" + escape(heading) + "</h2>\n<p>" + escape(intro) + "</p>\n" + svg
        + "\n<details open><summary>Table</summary>\n" + table + "</details>\n";
  }

  static <T> String table(List<String> headers, List<T> rows, Function<T, List<?>> cells) {
    StringBuilder t = new StringBuilder("<table><thead><tr>");
    headers.forEach(h -> t.append("<th>").append(escape(h)).append("</th>"));
    t.append("</tr></thead><tbody>\n");
    for (T row : rows) {
      t.append("<tr>");
      for (Object cell : new ArrayList<>(cells.apply(row))) {
        t.append(cell instanceof Number ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
      }
      t.append("</tr>\n");
    }
    if (rows.isEmpty()) {
      t.append("<tr><td colspan=\"").append(headers.size()).append("\">no rows</td></tr>\n");
    }
    return t.append("</tbody></table>\n").toString();
  }

  /** One row per week, one column per country pair: a long period stays a readable table. */
  private static String pairTable(List<ReportData.PairCount> counts) {
    List<String> pairs = counts.stream().map(ReportData.PairCount::pair).distinct().toList();
    java.util.TreeMap<java.time.LocalDate, long[]> weeks = new java.util.TreeMap<>();
    for (ReportData.PairCount c : counts) {
      weeks.computeIfAbsent(c.week(), w -> new long[pairs.size()])[pairs.indexOf(c.pair())] = c.incidents();
    }
    List<String> headers = new ArrayList<>(List.of("week"));
    headers.addAll(pairs);
    return table(headers, new ArrayList<>(weeks.entrySet()), e -> {
      List<Object> row = new ArrayList<>(List.of(e.getKey()));
      for (long n : e.getValue()) {
        row.add(n);
      }
      return row;
    });
  }

  /** A table row's cells; nulls allowed (rendered empty). */
  private static List<Object> cells(Object... values) {
    return java.util.Arrays.asList(values);
  }

  private static String kpi(String label, Object value) {
    return "<span class=\"kpi\"><b>" + escape(value) + "</b>" + escape(label) + "</span>";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
