package org.borderwatch.geo.borders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.BorderwatchException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Country polygons (lon/lat degrees) by ISO 3166-1 alpha-2 code, read from a GeoJSON FeatureCollection. The code is
 * the first of {@link #ISO_PROPERTIES} that holds two letters; features without one (Natural Earth's "-99": N. Cyprus,
 * Somaliland, Siachen Glacier…) are left out, so their edges count as nobody's border. Features sharing a code (two
 * "AU" in Natural Earth) become one multipolygon. Driver-side only: {@link Boundaries} keeps the linework it needs.
 */
public final class CountryPolygons {
  /** Property names tried, in order, for the ISO 3166-1 alpha-2 code of a feature. */
  public static final List<String> ISO_PROPERTIES =
      List.of("ISO_A2_EH", "ISO_A2", "iso_a2", "ISO3166-1-Alpha-2", "iso_3166_1_alpha_2", "iso2", "ISO2");
  /** The simplified Natural Earth polygons bundled in the jar (see its README). */
  public static final String BUNDLED = "borderwatch/boundaries/countries.geojson";

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private final Map<String, Geometry> byCountry;

  public CountryPolygons(Map<String, Geometry> byCountry) {
    this.byCountry = Collections.unmodifiableMap(new TreeMap<>(byCountry));
  }

  public static CountryPolygons bundled() {
    try (InputStream in = CountryPolygons.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new BorderwatchException("bundled boundaries " + BUNDLED + " missing from the classpath");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new BorderwatchException("cannot read bundled boundaries " + BUNDLED + ": " + e.getMessage(), e);
    }
  }

  public static CountryPolygons read(InputStream geoJson, String location) {
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
    GeoJsonReader reader = new GeoJsonReader(FACTORY);
    Map<String, List<Geometry>> parts = new LinkedHashMap<>();
    for (JsonNode feature : features) {
      String iso = isoCode(feature.path("properties"));
      JsonNode geometry = feature.path("geometry");
      if (iso == null || geometry.isMissingNode() || geometry.isNull()) {
        continue;
      }
      try {
        parts.computeIfAbsent(iso, k -> new ArrayList<>()).add(reader.read(geometry.toString()));
      } catch (ParseException e) {
        throw new BorderwatchException("boundaries " + location + ": bad geometry for " + iso + ": " + e.getMessage(), e);
      }
    }
    if (parts.isEmpty()) {
      throw new BorderwatchException("boundaries " + location + " has no feature with an ISO alpha-2 code in any of "
          + ISO_PROPERTIES);
    }
    Map<String, Geometry> merged = new TreeMap<>();
    parts.forEach((iso, list) -> merged.put(iso, polygonal(list)));
    return new CountryPolygons(merged);
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

  /** The polygons of the given geometries as one Polygon or MultiPolygon. */
  static Geometry polygonal(List<Geometry> geometries) {
    List<Polygon> polygons = new ArrayList<>();
    for (Geometry g : geometries) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
          polygons.add(p);
        }
      }
    }
    return FACTORY.buildGeometry(polygons);
  }

  public Map<String, Geometry> byCountry() {
    return byCountry;
  }

  /** Writes a FeatureCollection with {@code ISO_A2} per feature, coordinates rounded to {@code decimals}. */
  public void write(OutputStream out, int decimals) throws IOException {
    GeoJsonWriter writer = new GeoJsonWriter(decimals);
    writer.setEncodeCRS(false);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (Map.Entry<String, Geometry> e : byCountry.entrySet()) {
      Geometry g = e.getValue();
      if (!(g instanceof Polygonal) || g.isEmpty()) {
        continue;
      }
      w.write(first ? "\n" : ",\n");
      first = false;
      w.write("{\"type\":\"Feature\",\"properties\":{\"ISO_A2\":\"" + e.getKey() + "\"},\"geometry\":"
          + writer.write(g) + "}");
    }
    w.write("\n]}\n");
    w.flush();
  }
}
