package org.borderwatch.geo.borders;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The outline segments of every country in one STR-tree, to tell which other country (if any) lies on the far side
 * of a piece of outline: the shared-edge test behind {@link Boundaries} and {@link BoundarySimplifier}.
 */
final class Outlines {
  /**
   * Two countries' outlines closer than this (degrees, about 220 m) are one border. Natural Earth's countries share
   * their border vertices exactly (and {@link BoundarySimplifier} keeps them shared); the slack absorbs files whose
   * neighbours were digitised separately.
   */
  static final double SHARED_EPSILON_DEGREES = 0.01;

  private final List<String> isos;
  private final List<double[]> segments = new ArrayList<>();
  private final STRtree tree = new STRtree();

  Outlines(CountryPolygons polygons) {
    this.isos = List.copyOf(polygons.byCountry().keySet());
    for (int c = 0; c < isos.size(); c++) {
      double[] s = segments(polygons.byCountry().get(isos.get(c)));
      segments.add(s);
      for (int i = 0; i < s.length / 4; i++) {
        int o = i * 4;
        tree.insert(new Envelope(s[o], s[o + 2], s[o + 1], s[o + 3]), new int[] {c, i});
      }
    }
    tree.build();
  }

  List<String> isos() {
    return isos;
  }

  /** Outline segments of country {@code c}: (lon1, lat1, lon2, lat2) quadruples. */
  double[] segments(int c) {
    return segments.get(c);
  }

  /** The country other than {@code c} whose outline passes nearest the point within the epsilon, or -1. */
  int neighbourAt(int c, double x, double y) {
    double e = SHARED_EPSILON_DEGREES;
    int other = -1;
    double best = e;
    for (Object hit : tree.query(new Envelope(x - e, x + e, y - e, y + e))) {
      int[] id = (int[]) hit;
      if (id[0] != c) {
        double d = planarDistance(segments.get(id[0]), id[1], x, y);
        if (d <= best) {
          best = d;
          other = id[0];
        }
      }
    }
    return other;
  }

  /** Like {@link #neighbourAt(int, double, double)} at the midpoint of the segment a–b. */
  int neighbourOf(int c, Coordinate a, Coordinate b) {
    return neighbourAt(c, (a.x + b.x) / 2, (a.y + b.y) / 2);
  }

  private static double[] segments(Geometry polygonal) {
    List<Coordinate[]> rings = new ArrayList<>();
    Geometry boundary = polygonal.getBoundary();
    int n = 0;
    for (int i = 0; i < boundary.getNumGeometries(); i++) {
      Coordinate[] cs = boundary.getGeometryN(i).getCoordinates();
      rings.add(cs);
      n += Math.max(0, cs.length - 1);
    }
    double[] s = new double[n * 4];
    int o = 0;
    for (Coordinate[] cs : rings) {
      for (int j = 1; j < cs.length; j++) {
        s[o++] = cs[j - 1].x;
        s[o++] = cs[j - 1].y;
        s[o++] = cs[j].x;
        s[o++] = cs[j].y;
      }
    }
    return s;
  }

  private static double planarDistance(double[] s, int segment, double x, double y) {
    int o = segment * 4;
    double dx = s[o + 2] - s[o];
    double dy = s[o + 3] - s[o + 1];
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[o]) * dx + (y - s[o + 1]) * dy) / len2));
    return Math.hypot(s[o] + t * dx - x, s[o + 1] + t * dy - y);
  }
}
