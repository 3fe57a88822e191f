package org.borderwatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderwatch.geo.borders.Boundaries;
import org.borderwatch.geo.borders.CountryPolygons;
import org.borderwatch.geo.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Splits incident points into theatres (groups far apart from each other, one map each) and prepares what each map
 * draws: country outlines clipped to the theatre's extent and simplified to about a pixel, and the land borders
 * between the theatre's parties (actor side and country of the place of its cross-border incidents).
 */
public final class MapTheatres {
  /** A point farther than this from every point of a theatre does not join it (single linkage). */
  static final double THEATRE_GAP_KM = 700;
  /** Theatres drawn, those with most claims first; the points of the others stay in the tables. */
  static final int MAX_THEATRES = 8;
  /** Margin around a theatre's points, as a share of its extent, at least {@link #MIN_MARGIN_DEGREES}. */
  static final double MARGIN_SHARE = 0.15;
  static final double MIN_MARGIN_DEGREES = 0.6;
  /** A theatre spans at least this many degrees each way. */
  static final double MIN_EXTENT_DEGREES = 3.0;
  /** Outline vertices closer than this share of the extent are merged (about a pixel of a 900-pixel map). */
  static final double DRAWING_TOLERANCE_SHARE = 1.0 / 900;

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private MapTheatres() {}

  public static List<ReportData.Theatre> of(List<ReportData.MapPoint> points, CountryPolygons polygons,
      Boundaries boundaries) {
    List<List<ReportData.MapPoint>> groups = group(points);
    groups.sort(Comparator.comparingLong((List<ReportData.MapPoint> g) ->
        -g.stream().mapToLong(ReportData.MapPoint::claims).sum()));
    List<ReportData.Theatre> theatres = new ArrayList<>();
    for (List<ReportData.MapPoint> g : groups.subList(0, Math.min(MAX_THEATRES, groups.size()))) {
      theatres.add(theatre(g, polygons, boundaries));
    }
    return theatres;
  }

  /** Single-linkage groups of points within {@link #THEATRE_GAP_KM}, each in input order. */
  static List<List<ReportData.MapPoint>> group(List<ReportData.MapPoint> points) {
    int[] parent = new int[points.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < points.size(); i++) {
      for (int j = i + 1; j < points.size(); j++) {
        ReportData.MapPoint a = points.get(i);
        ReportData.MapPoint b = points.get(j);
        if (GreatCircle.haversineKm(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= THEATRE_GAP_KM) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<ReportData.MapPoint>> groups = new LinkedHashMap<>();
    for (int i = 0; i < points.size(); i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(points.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static ReportData.Theatre theatre(List<ReportData.MapPoint> points, CountryPolygons polygons,
      Boundaries boundaries) {
    Envelope e = new Envelope();
    points.forEach(p -> e.expandToInclude(p.longitude(), p.latitude()));
    double margin = Math.max(MIN_MARGIN_DEGREES, MARGIN_SHARE * Math.max(e.getWidth(), e.getHeight()));
    e.expandBy(margin);
    // a lone incident still gets its country and neighbours around it
    e.expandBy(Math.max(0, (MIN_EXTENT_DEGREES - e.getWidth()) / 2), Math.max(0, (MIN_EXTENT_DEGREES - e.getHeight()) / 2));
    Geometry frame = FACTORY.toGeometry(e);
    double tolerance = Math.max(e.getWidth(), e.getHeight()) * DRAWING_TOLERANCE_SHARE;
    List<ReportData.Outline> outlines = new ArrayList<>();
    polygons.byCountry().forEach((iso, g) -> {
      if (g.getEnvelopeInternal().intersects(e)) {
        Geometry clipped = clip(g, frame, tolerance);
        if (!clipped.isEmpty()) {
          Coordinate label = InteriorPointArea.getInteriorPoint(largest(clipped));
          outlines.add(new ReportData.Outline(iso, rings(clipped), label.x, label.y));
        }
      }
    });
    Set<String> parties = new TreeSet<>();
    List<double[]> partyBorders = new ArrayList<>();
    for (String[] pair : parties(points)) {
      double[] s = clip(boundaries.sharedSegments(pair[0], pair[1]), frame);
      if (s.length > 0) {
        parties.add(pair[0]);
        parties.add(pair[1]);
        partyBorders.add(s);
      }
    }
    return new ReportData.Theatre(name(points), e.getMinY(), e.getMaxY(), e.getMinX(), e.getMaxX(), outlines,
        List.copyOf(parties), partyBorders, points);
  }

  private static Geometry clip(Geometry country, Geometry frame, double tolerance) {
    Geometry simplified = GeometryFixer.fix(DouglasPeuckerSimplifier.simplify(country, tolerance));
    return OverlayNGRobust.overlay(simplified, frame, OverlayNG.INTERSECTION);
  }

  private static Geometry largest(Geometry polygonal) {
    Geometry best = polygonal.getGeometryN(0);
    for (int i = 1; i < polygonal.getNumGeometries(); i++) {
      if (polygonal.getGeometryN(i).getArea() > best.getArea()) {
        best = polygonal.getGeometryN(i);
      }
    }
    return best;
  }

  /** The segments' parts inside the frame, as (lon1, lat1, lon2, lat2) quadruples. */
  private static double[] clip(double[] segments, Geometry frame) {
    List<Double> out = new ArrayList<>();
    for (int o = 0; o < segments.length; o += 4) {
      Geometry inside = frame.intersection(FACTORY.createLineString(new Coordinate[] {
          new Coordinate(segments[o], segments[o + 1]), new Coordinate(segments[o + 2], segments[o + 3])}));
      Coordinate[] cs = inside.getCoordinates();
      if (cs.length == 2) {
        out.addAll(List.of(cs[0].x, cs[0].y, cs[1].x, cs[1].y));
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Exterior and interior rings of the polygons, each as lon/lat pairs. */
  private static List<double[]> rings(Geometry polygonal) {
    List<double[]> rings = new ArrayList<>();
    for (int i = 0; i < polygonal.getNumGeometries(); i++) {
      if (polygonal.getGeometryN(i) instanceof Polygon p) {
        rings.add(flat(p.getExteriorRing().getCoordinates()));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(flat(p.getInteriorRingN(h).getCoordinates()));
        }
      }
    }
    return rings;
  }

  private static double[] flat(Coordinate[] cs) {
    double[] out = new double[cs.length * 2];
    for (int i = 0; i < cs.length; i++) {
      out[2 * i] = cs[i].x;
      out[2 * i + 1] = cs[i].y;
    }
    return out;
  }

  /** Actor side → place country of the theatre's cross-border incidents, each unordered pair once. */
  private static List<String[]> parties(List<ReportData.MapPoint> points) {
    Map<String, String[]> pairs = new TreeMap<>();
    for (ReportData.MapPoint p : points) {
      if (p.kind() == null || p.country() == null) {
        continue;
      }
      for (String side : p.actorCountries()) {
        if (side != null && !side.equals(p.country())) {
          String a = side.compareTo(p.country()) < 0 ? side : p.country();
          String b = a.equals(side) ? p.country() : side;
          pairs.putIfAbsent(a + "|" + b, new String[] {a, b});
        }
      }
    }
    return new ArrayList<>(pairs.values());
  }

  /** The theatre's place countries, most incidents first: "UA, RU". */
  private static String name(List<ReportData.MapPoint> points) {
    Map<String, Integer> counts = new TreeMap<>();
    points.forEach(p -> counts.merge(p.country() == null ? "?" : p.country(), 1, Integer::sum));
    return String.join(", ", counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).limit(4).toList());
  }
}
