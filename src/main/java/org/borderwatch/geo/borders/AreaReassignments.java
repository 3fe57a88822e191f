package org.borderwatch.geo.borders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.BorderwatchException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.io.WKTReader;

/**
 * Areas the de-jure view gives from one country's polygon to another's, from a TSV ({@link #BUNDLED}, or the file
 * named by {@code borderwatch.geo.de-jure-areas}): {@code #} comment lines, then
 * {@code area<TAB>from_iso2<TAB>to_iso2<TAB>WKT polygon (lon lat)}. The part of {@code from}'s polygon inside the area
 * is cut from it and joined to {@code to}'s, so the border between them there disappears and {@code from}'s coast
 * takes its place. Draw the area loosely round the land to move, clear of {@code from}'s other land.
 *
 * @param areas the rows in file order
 */
public record AreaReassignments(List<Area> areas) {
  public static final String BUNDLED = "borderwatch/boundaries/de-jure-areas.tsv";

  /** One row: {@code name} moves from {@code fromIso2} to {@code toIso2}. */
  public record Area(String name, String fromIso2, String toIso2, Geometry area) {}

  public AreaReassignments {
    areas = List.copyOf(areas);
  }

  public static AreaReassignments bundled() {
    try (InputStream in = AreaReassignments.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new BorderwatchException("cannot read bundled " + BUNDLED + ": " + e.getMessage(), e);
    }
  }

  public static AreaReassignments read(InputStream tsv, String location) throws IOException {
    List<Area> areas = new ArrayList<>();
    WKTReader wkt = new WKTReader();
    BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4 || f[1].trim().length() != 2 || f[2].trim().length() != 2) {
        throw new BorderwatchException(location + " line " + lineNo
            + ": expected area<TAB>from_iso2<TAB>to_iso2<TAB>WKT polygon, got '" + line + "'");
      }
      Geometry area;
      try {
        area = wkt.read(f[3].trim());
      } catch (ParseException e) {
        throw new BorderwatchException(location + " line " + lineNo + ": bad WKT: " + e.getMessage(), e);
      }
      if (!(area instanceof Polygonal) || !area.isValid()) {
        throw new BorderwatchException(location + " line " + lineNo + ": the area must be a valid (multi)polygon");
      }
      areas.add(new Area(f[0].trim(), f[1].trim().toUpperCase(Locale.ROOT), f[2].trim().toUpperCase(Locale.ROOT),
          area));
    }
    return new AreaReassignments(areas);
  }

  /**
   * The polygons with every area moved, in file order; an area whose {@code from} country is absent is skipped. Only
   * the parts of {@code from} that the area touches are cut (rounded coordinates leave some large country outlines
   * slightly self-touching, which an overlay of the whole would reject); what moves is added to {@code to} as parts
   * of its own, so the edge where they meet is inside {@code to} and no border.
   */
  public CountryPolygons apply(CountryPolygons polygons) {
    Map<String, Geometry> out = new LinkedHashMap<>(polygons.byCountry());
    for (Area a : areas) {
      Geometry from = out.get(a.fromIso2());
      if (from == null) {
        continue;
      }
      List<Geometry> kept = new ArrayList<>();
      List<Geometry> moved = new ArrayList<>();
      for (int i = 0; i < from.getNumGeometries(); i++) {
        Geometry part = from.getGeometryN(i);
        if (!part.intersects(a.area())) {
          kept.add(part);
        } else if (a.area().covers(part)) {
          moved.add(part);
        } else {
          kept.add(OverlayNGRobust.overlay(part, a.area(), OverlayNG.DIFFERENCE));
          moved.add(OverlayNGRobust.overlay(part, a.area(), OverlayNG.INTERSECTION));
        }
      }
      Geometry to = out.get(a.toIso2());
      if (to != null) {
        moved.add(to);
      }
      out.put(a.fromIso2(), CountryPolygons.polygonal(kept));
      out.put(a.toIso2(), CountryPolygons.polygonal(moved));
    }
    return new CountryPolygons(out);
  }
}
