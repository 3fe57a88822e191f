package org.borderwatch.geo.borders;

import org.borderwatch.geo.GreatCircle;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Land borders between countries, for the distance from a point to its country's border (or to its border with one
 * neighbour). A border is the part of a country's polygon outline that another country's polygon touches (within
 * {@link Outlines#SHARED_EPSILON_DEGREES}); coastlines and edges against uncoded areas are nobody's border, so a seaside town
 * is measured to the nearest land border, not to the beach. Only the linework is kept (serializable, broadcast with
 * the gazetteer); which country a point belongs to is the gazetteer's answer, never the polygons': a Russian village
 * drawn inside Ukraine's polygon is still measured to Russia's border, the line a few hundred metres away.
 *
 * <p>Distance: a country's border segments (lon/lat degrees) sit in one STR-tree. For a point, a box of half-height r
 * degrees is searched (half-width r / cos(latitude)) and each segment's distance is measured in a local
 * equirectangular plane centred on the point (x = Δlon·cos φ₀, y = Δlat, 111.195 km a degree); if the nearest lies
 * within r the answer is final, else r doubles. The nearest point found is converted back and its haversine distance
 * reported. The plane is exact at the point and the error grows with the square of the distance: under 0.5% for
 * borders within 300 km, which is the range where border distance matters. Segments across the antimeridian are not
 * joined.
 */
public final class Boundaries implements Serializable {
  private static final long serialVersionUID = 2L;
  static final double KM_PER_DEGREE = 111.195;

  private static final Map<BoundaryView, Boundaries> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, CountryBorder> borders;
  private transient Map<String, STRtree> trees;

  private Boundaries(Map<String, CountryBorder> borders) {
    this.borders = Map.copyOf(borders);
  }

  /**
   * The boundaries bundled in the jar ({@link CountryPolygons#BUNDLED}) in the given view, with the bundled de-jure
   * areas; built once per JVM and view.
   */
  public static Boundaries bundled(BoundaryView view) {
    return BUNDLED.computeIfAbsent(view, v -> of(v.draw(CountryPolygons.bundled(), AreaReassignments.bundled())));
  }

  /** What {@link #bundled} is, for run manifests. */
  public static String describeBundled(BoundaryView view) {
    return "bundled Natural Earth 1:10m admin-0, simplified, " + view.key() + " view";
  }

  /** Boundaries from a GeoJSON FeatureCollection of countries, drawn as the file draws them. */
  public static Boundaries read(InputStream geoJson, String location) {
    return of(CountryPolygons.read(geoJson, location));
  }

  /** The land borders between the given polygons. */
  public static Boundaries of(CountryPolygons polygons) {
    Outlines outlines = new Outlines(polygons);
    Map<String, CountryBorder> borders = new HashMap<>();
    for (int c = 0; c < outlines.isos().size(); c++) {
      CountryBorder border = sharedPart(outlines, c);
      if (border != null) {
        borders.put(outlines.isos().get(c), border);
      }
    }
    return new Boundaries(borders);
  }

  /** The outline segments of country {@code c} that another country's outline runs along, tagged with that country. */
  private static CountryBorder sharedPart(Outlines outlines, int c) {
    double[] s = outlines.segments(c);
    SegmentList kept = new SegmentList();
    List<String> neighbourOf = new ArrayList<>();
    for (int i = 0; i < s.length / 4; i++) {
      int o = i * 4;
      int other = outlines.neighbourAt(c, (s[o] + s[o + 2]) / 2, (s[o + 1] + s[o + 3]) / 2);
      if (other >= 0) {
        kept.add(s[o], s[o + 1], s[o + 2], s[o + 3]);
        neighbourOf.add(outlines.isos().get(other));
      }
    }
    if (neighbourOf.isEmpty()) {
      return null;
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    int[] neighbour = new int[neighbourOf.size()];
    for (int i = 0; i < neighbour.length; i++) {
      neighbour[i] = index.computeIfAbsent(neighbourOf.get(i), k -> index.size());
    }
    return new CountryBorder(kept.toArray(), neighbour, index.keySet().toArray(new String[0]));
  }

  private static Envelope segmentEnvelope(double[] s, int i) {
    int o = i * 4;
    return new Envelope(s[o], s[o + 2], s[o + 1], s[o + 3]);
  }

  /** True when the country has a land border in these boundaries. */
  public boolean covers(String iso2) {
    return iso2 != null && borders.containsKey(iso2.toUpperCase(Locale.ROOT));
  }

  /** True when the two countries share a land border in these boundaries. */
  public boolean share(String iso2, String otherIso2) {
    return covers(iso2) && otherIso2 != null
        && borders.get(iso2.toUpperCase(Locale.ROOT)).indexOf(otherIso2.toUpperCase(Locale.ROOT)) >= 0;
  }

  /** Distance in km from the point to the nearest land border of the country; empty when it has none here. */
  public OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude) {
    return covers(iso2) ? search(iso2.toUpperCase(Locale.ROOT), -1, latitude, longitude) : OptionalDouble.empty();
  }

  /** Distance in km from the point to the border between the two countries; empty when they share none here. */
  public OptionalDouble borderDistanceKm(String iso2, String otherIso2, double latitude, double longitude) {
    if (!share(iso2, otherIso2)) {
      return OptionalDouble.empty();
    }
    String iso = iso2.toUpperCase(Locale.ROOT);
    return search(iso, borders.get(iso).indexOf(otherIso2.toUpperCase(Locale.ROOT)), latitude, longitude);
  }

  /** The border between the two countries as (lon1, lat1, lon2, lat2) quadruples; empty when they share none. */
  public double[] sharedSegments(String iso2, String otherIso2) {
    if (!share(iso2, otherIso2)) {
      return new double[0];
    }
    CountryBorder border = borders.get(iso2.toUpperCase(Locale.ROOT));
    int neighbour = border.indexOf(otherIso2.toUpperCase(Locale.ROOT));
    SegmentList out = new SegmentList();
    for (int i = 0; i < border.neighbour.length; i++) {
      if (border.neighbour[i] == neighbour) {
        int o = i * 4;
        out.add(border.segments[o], border.segments[o + 1], border.segments[o + 2], border.segments[o + 3]);
      }
    }
    return out.toArray();
  }

  /** Nearest segment of {@code iso}'s border, of any neighbour ({@code neighbour} -1) or of that one. */
  private OptionalDouble search(String iso, int neighbour, double latitude, double longitude) {
    CountryBorder border = borders.get(iso);
    STRtree tree = trees().get(iso);
    double cos = Math.max(Math.cos(Math.toRadians(latitude)), 1e-6);
    for (double r = 0.25; r < 360; r *= 2) {
      Envelope box = new Envelope(longitude - r / cos, longitude + r / cos, latitude - r, latitude + r);
      List<Integer> hits = new ArrayList<>();
      for (Object id : tree.query(box)) {
        if (neighbour < 0 || border.neighbour[(Integer) id] == neighbour) {
          hits.add((Integer) id);
        }
      }
      double[] best = nearest(border.segments, hits, latitude, longitude);
      if (best != null && best[0] <= r * KM_PER_DEGREE) {
        return OptionalDouble.of(GreatCircle.haversineKm(latitude, longitude, best[2], best[1]));
      }
    }
    return bruteForceKm(iso, neighbour, latitude, longitude);
  }

  /** The same answer by scanning every border segment of the country: the oracle the indexed search is tested against. */
  OptionalDouble bruteForceKm(String iso2, double latitude, double longitude) {
    return covers(iso2) ? bruteForceKm(iso2.toUpperCase(Locale.ROOT), -1, latitude, longitude) : OptionalDouble.empty();
  }

  private OptionalDouble bruteForceKm(String iso, int neighbour, double latitude, double longitude) {
    CountryBorder border = borders.get(iso);
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < border.neighbour.length; i++) {
      if (neighbour < 0 || border.neighbour[i] == neighbour) {
        all.add(i);
      }
    }
    double[] best = nearest(border.segments, all, latitude, longitude);
    return best == null ? OptionalDouble.empty()
        : OptionalDouble.of(GreatCircle.haversineKm(latitude, longitude, best[2], best[1]));
  }

  /** {planar km, lon, lat} of the nearest point over the given segments, or null when there are none. */
  private static double[] nearest(double[] s, List<Integer> segmentIds, double lat0, double lon0) {
    double cos = Math.cos(Math.toRadians(lat0));
    double[] best = null;
    for (int id : segmentIds) {
      int o = id * 4;
      double ax = (s[o] - lon0) * cos;
      double ay = s[o + 1] - lat0;
      double bx = (s[o + 2] - lon0) * cos;
      double by = s[o + 3] - lat0;
      double dx = bx - ax;
      double dy = by - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      double px = ax + t * dx;
      double py = ay + t * dy;
      double km = Math.hypot(px, py) * KM_PER_DEGREE;
      if (best == null || km < best[0]) {
        best = new double[] {km, s[o] + t * (s[o + 2] - s[o]), s[o + 1] + t * (s[o + 3] - s[o + 1])};
      }
    }
    return best;
  }

  private synchronized Map<String, STRtree> trees() {
    if (trees == null) {
      Map<String, STRtree> built = new HashMap<>();
      borders.forEach((iso, border) -> {
        STRtree tree = new STRtree();
        for (int i = 0; i < border.neighbour.length; i++) {
          tree.insert(segmentEnvelope(border.segments, i), i);
        }
        tree.build();
        built.put(iso, tree);
      });
      trees = built;
    }
    return trees;
  }

  /**
   * One country's land border.
   *
   * @param segments (lon1, lat1, lon2, lat2) quadruples
   * @param neighbour per segment, the index in {@code neighbours} of the country on its other side
   */
  private record CountryBorder(double[] segments, int[] neighbour, String[] neighbours) implements Serializable {
    int indexOf(String iso2) {
      return Arrays.asList(neighbours).indexOf(iso2);
    }
  }

  private static final class SegmentList {
    private double[] values = new double[256];
    private int size;

    void add(double lon1, double lat1, double lon2, double lat2) {
      if (size + 4 > values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = lon1;
      values[size++] = lat1;
      values[size++] = lon2;
      values[size++] = lat2;
    }

    double[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
