package org.borderwatch.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.borderwatch.BorderwatchException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Country boundaries from a GeoJSON FeatureCollection, for the distance from a point to a country's border.
 * The ISO alpha-2 code is read from the first of {@link #ISO_PROPERTIES} that holds a two-letter code
 * (Natural Earth writes "-99" in {@code ISO_A2} for a few countries and the real code in {@code ISO_A2_EH}).
 *
 * <p>Distance: boundary segments (lon/lat degrees) sit in one STR-tree. For a point, a box of half-height r
 * degrees is searched (half-width r / cos(latitude)) and each segment's distance is measured in a local
 * equirectangular plane centred on the point (x = Δlon·cos φ₀, y = Δlat, 111.195 km a degree); if the nearest
 * lies within r the answer is final, else r doubles. The nearest point found is converted back and its
 * haversine distance reported. The plane is exact at the point and the error grows with the square of the
 * distance: under 0.5% for borders within 300 km, which is the range where border distance matters. Segments
 * across the antimeridian are not joined.
 */
public final class Boundaries implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Property names tried, in order, for the ISO 3166-1 alpha-2 code of a feature. */
  public static final List<String> ISO_PROPERTIES =
      List.of("ISO_A2_EH", "ISO_A2", "iso_a2", "ISO3166-1-Alpha-2", "iso_3166_1_alpha_2", "iso2", "ISO2");
  static final double KM_PER_DEGREE = 111.195;

  /** Per country, segments as consecutive (lon1, lat1, lon2, lat2) quadruples. */
  private final Map<String, double[]> segments;
  private transient Map<String, STRtree> trees;

  private Boundaries(Map<String, double[]> segments) {
    this.segments = Map.copyOf(segments);
  }

  public static Boundaries read(InputStream geoJson, String location) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(geoJson);
    } catch (IOException e) {
      throw new BorderwatchException("boundaries " + location + " is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode features = root.path("features");
    if (!features.isArray()) {
      throw new BorderwatchException("boundaries " + location + " is not a GeoJSON FeatureCollection");
    }
    GeoJsonReader reader = new GeoJsonReader();
    Map<String, SegmentList> byCountry = new HashMap<>();
    for (JsonNode feature : features) {
      String iso = isoCode(feature.path("properties"));
      JsonNode geometry = feature.path("geometry");
      if (iso == null || geometry.isMissingNode() || geometry.isNull()) {
        continue;
      }
      Geometry g;
      try {
        g = reader.read(geometry.toString());
      } catch (ParseException e) {
        throw new BorderwatchException("boundaries " + location + ": bad geometry for " + iso + ": " + e.getMessage(), e);
      }
      SegmentList list = byCountry.computeIfAbsent(iso, k -> new SegmentList());
      Geometry boundary = g.getBoundary();
      for (int i = 0; i < boundary.getNumGeometries(); i++) {
        Coordinate[] cs = boundary.getGeometryN(i).getCoordinates();
        for (int j = 1; j < cs.length; j++) {
          list.add(cs[j - 1].x, cs[j - 1].y, cs[j].x, cs[j].y);
        }
      }
    }
    if (byCountry.isEmpty()) {
      throw new BorderwatchException("boundaries " + location + " has no feature with an ISO alpha-2 code in any of "
          + ISO_PROPERTIES);
    }
    Map<String, double[]> segs = new HashMap<>();
    byCountry.forEach((iso, list) -> segs.put(iso, list.toArray()));
    return new Boundaries(segs);
  }

  private static String isoCode(JsonNode properties) {
    for (String name : ISO_PROPERTIES) {
      String v = properties.path(name).asText("");
      if (v.length() == 2 && Character.isLetter(v.charAt(0)) && Character.isLetter(v.charAt(1))) {
        return v.toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  public boolean covers(String iso2) {
    return iso2 != null && segments.containsKey(iso2.toUpperCase(Locale.ROOT));
  }

  /** Distance in km from the point to the nearest point of the country's boundary; empty for unknown countries. */
  public OptionalDouble borderDistanceKm(String iso2, double latitude, double longitude) {
    if (!covers(iso2)) {
      return OptionalDouble.empty();
    }
    String iso = iso2.toUpperCase(Locale.ROOT);
    double[] s = segments.get(iso);
    STRtree tree = trees().get(iso);
    double cos = Math.max(Math.cos(Math.toRadians(latitude)), 1e-6);
    for (double r = 0.25; r < 360; r *= 2) {
      Envelope box = new Envelope(longitude - r / cos, longitude + r / cos, latitude - r, latitude + r);
      @SuppressWarnings("unchecked")
      List<Integer> hits = tree.query(box);
      double[] best = nearest(s, hits, latitude, longitude);
      if (best != null && best[0] <= r * KM_PER_DEGREE) {
        return OptionalDouble.of(GreatCircle.haversineKm(latitude, longitude, best[2], best[1]));
      }
    }
    return bruteForceKm(iso, latitude, longitude);
  }

  /** The same answer by scanning every segment of the country: the oracle the indexed search is tested against. */
  OptionalDouble bruteForceKm(String iso2, double latitude, double longitude) {
    double[] s = segments.get(iso2.toUpperCase(Locale.ROOT));
    if (s == null) {
      return OptionalDouble.empty();
    }
    List<Integer> all = new java.util.ArrayList<>();
    for (int i = 0; i < s.length / 4; i++) {
      all.add(i);
    }
    double[] best = nearest(s, all, latitude, longitude);
    return OptionalDouble.of(GreatCircle.haversineKm(latitude, longitude, best[2], best[1]));
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
      segments.forEach((iso, s) -> {
        STRtree tree = new STRtree();
        for (int i = 0; i < s.length / 4; i++) {
          int o = i * 4;
          tree.insert(new Envelope(s[o], s[o + 2], s[o + 1], s[o + 3]), i);
        }
        tree.build();
        built.put(iso, tree);
      });
      trees = built;
    }
    return trees;
  }

  private static final class SegmentList {
    private double[] values = new double[256];
    private int size;

    void add(double lon1, double lat1, double lon2, double lat2) {
      if (size + 4 > values.length) {
        values = java.util.Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = lon1;
      values[size++] = lat1;
      values[size++] = lon2;
      values[size++] = lat2;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
