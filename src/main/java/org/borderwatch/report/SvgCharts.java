package org.borderwatch.report;

import static org.borderwatch.report.Html.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inline SVG charts drawn from report data: no scripts, fonts or external references. Every label
 * goes through {@link Html#escape}. Each chart carries a {@code <title>} for screen readers.
 */
public final class SvgCharts {
  /** Series colours, colour-blind-safe (Okabe–Ito), assigned in a fixed order. */
  static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
  private static final String OTHER_COLOUR = "#999999";
  private static final int WIDTH = 900;
  private static final double MAP_MAX_HEIGHT = 560;
  private static final int MAP_MIN_HEIGHT = 260;
  /** Country codes are not written closer than this (pixels) to the map's edge. */
  private static final int LABEL_INSET = 14;
  private static final String WATER = "#dfe9f2";
  private static final String LAND = "#f1efe9";
  /** Land of the countries whose shared borders the map draws stronger. */
  private static final String PARTY_LAND = "#fbf3dc";

  private SvgCharts() {}

  /** One line per pair over the weeks; pairs are drawn in the order given. */
  public static String lines(String title, List<ReportData.PairCount> counts) {
    Map<String, Map<LocalDate, Long>> series = new java.util.LinkedHashMap<>();
    TreeSet<LocalDate> weeks = new TreeSet<>();
    long top = 1;
    for (ReportData.PairCount c : counts) {
      series.computeIfAbsent(c.pair(), k -> new TreeMap<>()).put(c.week(), c.incidents());
      weeks.add(c.week());
      top = Math.max(top, c.incidents());
    }
    int height = 300;
    int left = 50;
    int right = 190;
    int bottom = 40;
    int plotW = WIDTH - left - right;
    int plotH = height - 20 - bottom;
    StringBuilder svg = open(title, height);
    // every week between the first and the last, so gaps read as zero and the time axis is linear
    List<LocalDate> xs = new ArrayList<>();
    for (LocalDate w = weeks.isEmpty() ? null : weeks.first(); w != null && !w.isAfter(weeks.last()); w = w.plusWeeks(1)) {
      xs.add(w);
    }
    axes(svg, left, 20, plotW, plotH, top);
    for (int i = 0; i < xs.size(); i++) {
      if (xs.size() <= 12 || i % Math.ceil(xs.size() / 12.0) == 0) {
        svg.append(text((int) Math.round(x(i, xs.size(), left, plotW)), 20 + plotH + 16, xs.get(i).toString(), "middle", 10));
      }
    }
    int s = 0;
    for (Map.Entry<String, Map<LocalDate, Long>> e : series.entrySet()) {
      String colour = PALETTE[s % PALETTE.length];
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < xs.size(); i++) {
        long n = e.getValue().getOrDefault(xs.get(i), 0L);
        double px = x(i, xs.size(), left, plotW);
        double py = 20 + plotH - (double) n / top * plotH;
        path.append(path.length() == 0 ? "" : " ").append(fmt(px)).append(',').append(fmt(py));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"><title>%s %s: %d</title></circle>",
            fmt(px), fmt(py), colour, escape(e.getKey()), xs.get(i), n));
      }
      svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
          .append(path).append("\"/>");
      legend(svg, WIDTH - right + 15, 30 + s * 18, colour, e.getKey());
      s++;
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per label, scaled to the largest value. */
  public static String bars(String title, List<String> labels, List<Long> values) {
    long[][] segments = new long[values.size()][];
    for (int i = 0; i < values.size(); i++) {
      segments[i] = new long[] {values.get(i)};
    }
    return stackedBars(title, labels, segments, List.of());
  }

  /** Horizontal bars split into segments; {@code segmentNames} label the legend (none for one segment). */
  public static String stackedBars(String title, List<String> labels, long[][] segments, List<String> segmentNames) {
    int rowH = 22;
    int left = 260;
    int height = Math.max(60, labels.size() * rowH + 50);
    int plotW = WIDTH - left - 60;
    long top = 1;
    for (long[] row : segments) {
      long total = 0;
      for (long v : row) {
        total += v;
      }
      top = Math.max(top, total);
    }
    StringBuilder svg = open(title, height);
    for (int i = 0; i < labels.size(); i++) {
      int y = 10 + i * rowH;
      svg.append(text(left - 8, y + 15, shorten(labels.get(i)), "end", 12));
      double x = left;
      long total = 0;
      for (int k = 0; k < segments[i].length; k++) {
        double w = (double) segments[i][k] / top * plotW;
        String colour = segments[i].length == 1 ? PALETTE[0] : k < PALETTE.length ? PALETTE[k] : OTHER_COLOUR;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" fill=\"%s\"/>",
            fmt(x), y + 3, fmt(w), rowH - 6, colour));
        x += w;
        total += segments[i][k];
      }
      svg.append(text((int) x + 6, y + 15, Long.toString(total), "start", 12));
    }
    for (int k = 0; k < segmentNames.size(); k++) {
      legend(svg, left + k * 160, height - 18, PALETTE[k], segmentNames.get(k));
    }
    return svg.append("</svg>").toString();
  }

  /**
   * One theatre's incidents on an equirectangular projection fitted to its extent (longitudes scaled by the cosine
   * of the mid latitude, so shapes are not stretched): country outlines with their ISO codes, the land borders
   * between the theatre's parties drawn stronger, incidents sized by claims and coloured by cross-border kind,
   * contested ones ringed, a {@code <title>} on each (place, date, type, claims, claimants) and a scale bar. Outlines
   * and borders come clipped to the theatre ({@link MapTheatres}), so the SVG needs no clip path.
   */
  public static String map(String title, ReportData.Theatre t) {
    int pad = 40;
    int legendW = 210;
    double plotW = WIDTH - 2 * pad - legendW;
    double cos = Math.cos(Math.toRadians((t.minLat() + t.maxLat()) / 2));
    double scale = Math.min(plotW / ((t.maxLon() - t.minLon()) * cos), MAP_MAX_HEIGHT / (t.maxLat() - t.minLat()));
    double plotH = (t.maxLat() - t.minLat()) * scale;
    plotW = (t.maxLon() - t.minLon()) * cos * scale;
    int height = (int) Math.max(MAP_MIN_HEIGHT, Math.ceil(plotH) + 2 * pad);
    Projection at = new Projection(t.minLon(), t.maxLat(), cos, scale, pad);
    StringBuilder svg = open(title, height);
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%s\" height=\"%s\" fill=\"%s\" "
        + "stroke=\"#999\"/>", pad, pad, fmt(plotW), fmt(plotH), WATER));
    for (ReportData.Outline o : t.outlines()) {
      String fill = t.parties().contains(o.iso2()) ? PARTY_LAND : LAND;
      svg.append("<path fill=\"").append(fill).append("\" fill-rule=\"evenodd\" stroke=\"#8c8c8c\" "
          + "stroke-width=\"0.7\" d=\"");
      for (double[] ring : o.rings()) {
        for (int k = 0; k < ring.length; k += 2) {
          svg.append(k == 0 ? "M" : "L").append(fmt(at.x(ring[k]))).append(',').append(fmt(at.y(ring[k + 1])));
        }
        svg.append('Z');
      }
      svg.append("\"><title>").append(escape(o.iso2())).append("</title></path>");
    }
    for (double[] border : t.partyBorders()) {
      svg.append("<path fill=\"none\" stroke=\"#222\" stroke-width=\"2.2\" d=\"");
      for (int k = 0; k < border.length; k += 4) {
        svg.append('M').append(fmt(at.x(border[k]))).append(',').append(fmt(at.y(border[k + 1])))
            .append('L').append(fmt(at.x(border[k + 2]))).append(',').append(fmt(at.y(border[k + 3])));
      }
      svg.append("\"/>");
    }
    graticule(svg, t, at, plotW, plotH, pad);
    for (ReportData.Outline o : t.outlines()) {
      double lx = at.x(o.labelLon());
      double ly = at.y(o.labelLat());
      if (lx < pad + LABEL_INSET || lx > pad + plotW - LABEL_INSET || ly < pad + LABEL_INSET
          || ly > pad + plotH - LABEL_INSET) {
        continue; // a sliver at the map's edge: its code would be cut off
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"12\" "
          + "fill=\"#777\" font-weight=\"bold\">%s</text>", fmt(lx), fmt(ly), escape(o.iso2())));
    }
    Map<String, String> colours = kindColours(t.points());
    // biggest first, so small points stay visible on top
    List<ReportData.MapPoint> bySize = new ArrayList<>(t.points());
    bySize.sort(java.util.Comparator.comparingInt(ReportData.MapPoint::claims).reversed());
    for (ReportData.MapPoint p : bySize) {
      double r = radius(p.claims());
      svg.append(String.format(Locale.ROOT, "<g><title>%s</title><circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" "
          + "fill-opacity=\"0.8\" stroke=\"#fff\" stroke-width=\"0.8\"/>", escape(p.title()), fmt(at.x(p.longitude())),
          fmt(at.y(p.latitude())), fmt(r), colours.get(kindLabel(p.kind()))));
      if (p.contested()) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" stroke=\"#000\" "
            + "stroke-width=\"1.6\"/>", fmt(at.x(p.longitude())), fmt(at.y(p.latitude())), fmt(r + 2.5)));
      }
      svg.append("</g>");
    }
    scaleBar(svg, plotW, cos, scale, pad, pad + plotH);
    // the legend sits beside the map, however narrow the theatre
    int lx = (int) (pad + plotW + 24);
    int ly = pad + 10;
    for (Map.Entry<String, String> e : colours.entrySet()) {
      legend(svg, lx, ly, e.getValue(), e.getKey());
      ly += 18;
    }
    svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"none\" stroke=\"#000\" "
        + "stroke-width=\"1.6\"/>", lx + 6, ly - 4)).append(text(lx + 18, ly, "ringed: contested", "start", 12));
    ly += 22;
    for (int claims : new int[] {1, 5, 20}) {
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%s\" fill=\"#bbb\"/>", lx + 6, ly - 4,
          fmt(radius(claims)))).append(text(lx + 22, ly, claims + (claims == 1 ? " claim" : " claims"), "start", 12));
      ly += 2 * (int) radius(claims) + 8;
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#222\" "
        + "stroke-width=\"2.2\"/>", lx, lx + 12, ly - 4, ly - 4))
        .append(text(lx + 18, ly, "border between the parties", "start", 12));
    return svg.append("</svg>").toString();
  }

  /** Circle radius of an incident with this many claims: area grows with claims, capped. */
  static double radius(int claims) {
    return 3 + Math.min(10, Math.sqrt(claims) * 1.8);
  }

  /** Lon/lat to SVG pixels for one map. */
  private record Projection(double minLon, double maxLat, double cos, double scale, int pad) {
    double x(double lon) {
      return pad + (lon - minLon) * cos * scale;
    }

    double y(double lat) {
      return pad + (maxLat - lat) * scale;
    }
  }

  private static void graticule(StringBuilder svg, ReportData.Theatre t, Projection at, double plotW, double plotH,
      int pad) {
    int step = graticuleStep(Math.max(t.maxLat() - t.minLat(), (t.maxLon() - t.minLon()) * at.cos()));
    for (int lat = (int) Math.ceil(t.minLat() / step) * step; lat <= t.maxLat(); lat += step) {
      double py = at.y(lat);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"#fff\" "
          + "stroke-opacity=\"0.6\"/>", pad, fmt(pad + plotW), fmt(py), fmt(py)));
      svg.append(text(pad - 4, (int) py + 4, degrees(lat, "N", "S"), "end", 10));
    }
    for (int lon = (int) Math.ceil(t.minLon() / step) * step; lon <= t.maxLon(); lon += step) {
      double px = at.x(lon);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%d\" y2=\"%s\" stroke=\"#fff\" "
          + "stroke-opacity=\"0.6\"/>", fmt(px), fmt(px), pad, fmt(pad + plotH)));
      svg.append(text((int) px, (int) (pad + plotH + 14), degrees(lon, "E", "W"), "middle", 10));
    }
  }

  /** A bar of a round number of km, about a fifth of the map's width, under its right corner. */
  private static void scaleBar(StringBuilder svg, double plotW, double cos, double scale, int pad, double bottom) {
    double kmPerPixel = 111.195 / scale;
    double target = plotW / 5 * kmPerPixel;
    double km = 1;
    for (double nice : new double[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000}) {
      if (nice <= target) {
        km = nice;
      }
    }
    double w = km / kmPerPixel;
    double x = pad + plotW - w;
    svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"4\" fill=\"#333\"/>",
        fmt(x), fmt(bottom + 22), fmt(w)));
    svg.append(text((int) (x + w / 2), (int) bottom + 38, (long) km + " km", "middle", 10));
  }

  static String degrees(int value, String positive, String negative) {
    return Math.abs(value) + "°" + (value < 0 ? negative : positive);
  }

  /** Degrees between graticule lines: at most about twelve lines across the larger extent. */
  static int graticuleStep(double extentDegrees) {
    for (int step : new int[] {1, 2, 5, 10, 20, 30}) {
      if (extentDegrees / step <= 12) {
        return step;
      }
    }
    return 45;
  }

  /** Legend label of a cross-border kind; incidents that are not cross-border share one grey class. */
  static String kindLabel(String kind) {
    return kind == null ? "not cross-border" : kind;
  }

  private static Map<String, String> kindColours(List<ReportData.MapPoint> points) {
    Map<String, String> colours = new TreeMap<>();
    TreeSet<String> kinds = new TreeSet<>();
    boolean hasOther = false;
    for (ReportData.MapPoint p : points) {
      if (p.kind() == null) {
        hasOther = true;
      } else {
        kinds.add(p.kind());
      }
    }
    int i = 0;
    for (String k : kinds) {
      colours.put(k, PALETTE[i++ % PALETTE.length]);
    }
    if (hasOther) {
      colours.put(kindLabel(null), OTHER_COLOUR);
    }
    return colours;
  }

  private static StringBuilder open(String title, int height) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\"><title>%s</title>",
        WIDTH, height, WIDTH, height, escape(title)));
  }

  private static void axes(StringBuilder svg, int left, int top, int w, int h, long max) {
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", left, top, left, top + h));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", left, top + h, left + w, top + h));
    svg.append(text(left - 6, top + 4, Long.toString(max), "end", 10));
    svg.append(text(left - 6, top + h + 4, "0", "end", 10));
  }

  private static void legend(StringBuilder svg, int x, int y, String colour, String label) {
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"#666\"/>", x, y - 10, colour));
    svg.append(text(x + 18, y, label, "start", 12));
  }

  private static String text(int x, int y, String label, String anchor, int size) {
    return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\">%s</text>",
        x, y, anchor, size, escape(label));
  }

  private static double x(int i, int n, int left, int plotW) {
    return n == 1 ? left + plotW / 2.0 : left + (double) i / (n - 1) * plotW;
  }

  private static String shorten(String label) {
    return label.length() <= 38 ? label : label.substring(0, 37) + "…";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
