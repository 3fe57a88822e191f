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
   * Incident points on an equirectangular projection fitted to their extent (longitudes scaled by
   * the cosine of the mid latitude, so shapes are not stretched), coloured by cross-border kind.
   */
  public static String scatter(String title, List<ReportData.MapPoint> points) {
    int height = 520;
    int pad = 40;
    int legendW = 200;
    StringBuilder svg = open(title, height);
    if (points.isEmpty()) {
      svg.append(text(WIDTH / 2, height / 2, "no incident has coordinates", "middle", 14));
      return svg.append("</svg>").toString();
    }
    double minLat = points.stream().mapToDouble(ReportData.MapPoint::latitude).min().orElseThrow() - 0.2;
    double maxLat = points.stream().mapToDouble(ReportData.MapPoint::latitude).max().orElseThrow() + 0.2;
    double minLon = points.stream().mapToDouble(ReportData.MapPoint::longitude).min().orElseThrow() - 0.2;
    double maxLon = points.stream().mapToDouble(ReportData.MapPoint::longitude).max().orElseThrow() + 0.2;
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double plotW = WIDTH - 2 * pad - legendW;
    double plotH = height - 2 * pad;
    double scale = Math.min(plotW / ((maxLon - minLon) * cos), plotH / (maxLat - minLat));
    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%s\" height=\"%s\" fill=\"#f4f7fa\" stroke=\"#ccc\"/>",
        pad, pad, fmt(plotW), fmt(plotH)));
    // a graticule line every 1, 2, 5, 10… degrees, so a continent-wide plot keeps readable labels
    int step = graticuleStep(Math.max(maxLat - minLat, (maxLon - minLon) * cos));
    for (int lat = (int) Math.ceil(minLat / step) * step; lat <= maxLat; lat += step) {
      double py = pad + (maxLat - lat) * scale;
      if (py <= pad + plotH) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%s\" y1=\"%s\" y2=\"%s\" stroke=\"#ddd\"/>",
            pad, fmt(pad + plotW), fmt(py), fmt(py)));
        svg.append(text(pad - 4, (int) py + 4, degrees(lat, "N", "S"), "end", 10));
      }
    }
    for (int lon = (int) Math.ceil(minLon / step) * step; lon <= maxLon; lon += step) {
      double px = pad + (lon - minLon) * cos * scale;
      if (px <= pad + plotW) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" x2=\"%s\" y1=\"%d\" y2=\"%s\" stroke=\"#ddd\"/>",
            fmt(px), fmt(px), pad, fmt(pad + plotH)));
        svg.append(text((int) px, (int) (pad + plotH + 14), degrees(lon, "E", "W"), "middle", 10));
      }
    }
    Map<String, String> colours = kindColours(points);
    for (ReportData.MapPoint p : points) {
      double px = pad + (p.longitude() - minLon) * cos * scale;
      double py = pad + (maxLat - p.latitude()) * scale;
      double r = 3 + Math.min(9, Math.sqrt(p.claims()) * 1.5);
      String stroke = p.contested() ? " stroke=\"#000\" stroke-width=\"1.5\"" : "";
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" fill-opacity=\"0.75\"%s><title>%s</title></circle>",
          fmt(px), fmt(py), fmt(r), colours.get(kindLabel(p.kind())), stroke, escape(p.label())));
    }
    int i = 0;
    for (Map.Entry<String, String> e : colours.entrySet()) {
      legend(svg, WIDTH - legendW + 10, pad + 10 + i++ * 18, e.getValue(), e.getKey());
    }
    legend(svg, WIDTH - legendW + 10, pad + 20 + i * 18, "#ffffff", "black ring: contested");
    return svg.append("</svg>").toString();
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
