package org.borderwatch.geo.borders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.BorderwatchException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Simplifies country polygons for the bundled boundaries. Each ring is cut where the country on its far side changes
 * (a neighbour, another neighbour, the sea) and each run is simplified on its own with Douglas–Peucker, land borders
 * with a fine tolerance and coasts with a coarse one, run ends kept: a border two countries share is the same run in
 * both, so the simplified neighbours still share it, and only land borders count for border distances. Islands with
 * no land border below a minimum area are dropped. Used by {@code borderwatch boundaries} (docs/geo.md).
 *
 * @param borderTolerance Douglas–Peucker tolerance for land borders (degrees)
 * @param coastTolerance tolerance for coasts and other edges no other country shares (degrees)
 * @param minIslandArea polygons without a land border smaller than this (square degrees) are dropped
 */
public record BoundarySimplifier(double borderTolerance, double coastTolerance, double minIslandArea) {
  /** Share of its area a bordered polygon must keep at a tolerance, else a finer one is tried. */
  static final double MIN_AREA_KEPT = 0.8;
  /** A run is simplified with at most this share of its extent as tolerance. */
  static final double MIN_RUN_SHARE = 0.05;

  public BoundarySimplifier {
    if (!(borderTolerance >= 0) || !(coastTolerance >= 0) || !(minIslandArea >= 0)) {
      throw new BorderwatchException("simplification tolerances and minimum island area must be at least 0, got "
          + borderTolerance + ", " + coastTolerance + ", " + minIslandArea);
    }
  }

  public CountryPolygons simplify(CountryPolygons polygons) {
    Outlines outlines = new Outlines(polygons);
    Map<String, Geometry> out = new LinkedHashMap<>();
    for (int c = 0; c < outlines.isos().size(); c++) {
      String iso = outlines.isos().get(c);
      Geometry g = simplify(polygons.byCountry().get(iso), outlines, c);
      if (!g.isEmpty()) {
        out.put(iso, g);
      }
    }
    return new CountryPolygons(out);
  }

  private Geometry simplify(Geometry polygonal, Outlines outlines, int c) {
    GeometryFactory f = polygonal.getFactory();
    List<Geometry> kept = new ArrayList<>();
    for (int i = 0; i < polygonal.getNumGeometries(); i++) {
      Polygon p = (Polygon) polygonal.getGeometryN(i);
      int[][] tags = new int[1 + p.getNumInteriorRing()][];
      boolean bordered = false;
      for (int r = 0; r < tags.length; r++) {
        tags[r] = neighbours(ring(p, r), outlines, c);
        bordered |= Arrays.stream(tags[r]).anyMatch(t -> t >= 0);
      }
      if (!bordered && p.getArea() < minIslandArea) {
        continue;
      }
      Geometry simplified = bordered ? keepingArea(p, tags, f) : simplify(p, tags, coastTolerance, f);
      if (simplified != null) {
        kept.add(simplified);
      }
    }
    // cutting runs apart can make a thin ring touch itself; the fixer makes it valid for overlays and drawing
    return GeometryFixer.fix(CountryPolygons.polygonal(kept));
  }

  /**
   * A polygon with a land border simplified so that it keeps most of its area: a small country (Macau) whose coast
   * the coarse tolerance would fold away keeps its coast at the border tolerance, and so its border. Border runs are
   * simplified alike either way, so neighbours keep sharing them.
   */
  private Geometry keepingArea(Polygon p, int[][] tags, GeometryFactory f) {
    Geometry simplified = null;
    for (double coast : new double[] {coastTolerance, borderTolerance}) {
      Polygon candidate = simplify(p, tags, coast, f);
      simplified = candidate == null ? null : GeometryFixer.fix(candidate);
      if (simplified != null && simplified.getArea() >= MIN_AREA_KEPT * p.getArea()) {
        return simplified;
      }
    }
    return simplified;
  }

  /** The polygon with its rings simplified run by run, or null when its shell collapses. */
  private Polygon simplify(Polygon p, int[][] tags, double coast, GeometryFactory f) {
    LinearRing shell = simplify(ring(p, 0), tags[0], coast, f);
    if (shell == null) {
      return null;
    }
    List<LinearRing> holes = new ArrayList<>();
    for (int r = 1; r < tags.length; r++) {
      LinearRing hole = simplify(ring(p, r), tags[r], coast, f);
      if (hole != null) {
        holes.add(hole);
      }
    }
    return f.createPolygon(shell, holes.toArray(new LinearRing[0]));
  }

  private static Coordinate[] ring(Polygon p, int r) {
    LinearRing ring = r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
    return CoordinateArrays.removeRepeatedPoints(ring.getCoordinates());
  }

  /** Per segment of the ring, the country on its far side or -1. */
  private static int[] neighbours(Coordinate[] ring, Outlines outlines, int c) {
    int[] tags = new int[Math.max(0, ring.length - 1)];
    for (int j = 0; j < tags.length; j++) {
      tags[j] = outlines.neighbourOf(c, ring[j], ring[j + 1]);
    }
    return tags;
  }

  /** The ring with each run of equally tagged segments simplified, or null when it collapses. */
  private LinearRing simplify(Coordinate[] ring, int[] tags, double coast, GeometryFactory f) {
    int n = tags.length;
    if (n < 3) {
      return null;
    }
    int start = 0;
    while (start < n && tags[start] == tags[(start + n - 1) % n]) {
      start++;
    }
    List<Coordinate> out = new ArrayList<>();
    if (start == n) {
      // one run all round: a coast-only island or a country enclosed by one neighbour
      LinearRing whole = f.createLinearRing(ring);
      Geometry simplified = DouglasPeuckerSimplifier.simplify(whole, tolerance(tags[0], coast, whole));
      Coordinate[] cs = simplified.getCoordinates();
      return cs.length < 4 ? null : f.createLinearRing(cs);
    }
    int j = start;
    do {
      int end = j;
      List<Coordinate> run = new ArrayList<>();
      run.add(ring[j]);
      do {
        run.add(ring[end + 1]);
        end = (end + 1) % n;
      } while (tags[end] == tags[j] && end != start);
      LineString line = f.createLineString(run.toArray(new Coordinate[0]));
      Coordinate[] simplified = DouglasPeuckerSimplifier.simplify(line, tolerance(tags[j], coast, line))
          .getCoordinates();
      out.addAll(Arrays.asList(simplified).subList(0, simplified.length - 1));
      j = end;
    } while (j != start);
    out.add(out.get(0));
    return out.size() < 4 ? null : f.createLinearRing(out.toArray(new Coordinate[0]));
  }

  /**
   * The tolerance for one run, at most a {@link #MIN_RUN_SHARE} of its extent so that a small country keeps its
   * shape; it depends only on the run, so the two countries sharing a border run simplify it alike.
   */
  private double tolerance(int neighbour, double coast, Geometry run) {
    Envelope e = run.getEnvelopeInternal();
    return Math.min(neighbour >= 0 ? borderTolerance : coast, Math.max(e.getWidth(), e.getHeight()) * MIN_RUN_SHARE);
  }
}
