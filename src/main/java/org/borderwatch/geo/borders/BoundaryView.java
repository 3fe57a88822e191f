package org.borderwatch.geo.borders;

import java.util.Arrays;
import java.util.Locale;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.ConfKeys;

/**
 * Whose lines border distances are measured to ({@code borderwatch.geo.boundaries-view}, docs/geo.md).
 */
public enum BoundaryView {
  /**
   * Territory as the gazetteer codes it: the areas of {@link AreaReassignments} (Crimea) are given back to the
   * country GeoNames and ACLED file them under before borders are drawn, so a place is measured to a border of
   * the country its code names.
   */
  DE_JURE("de-jure"),
  /** The polygons' own lines, as Natural Earth draws them: lines of control count as borders. */
  DE_FACTO("de-facto");

  private final String key;

  BoundaryView(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The polygons as this view draws them. */
  public CountryPolygons draw(CountryPolygons polygons, AreaReassignments areas) {
    return this == DE_JURE ? areas.apply(polygons) : polygons;
  }

  public static BoundaryView of(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(view -> view.key.equals(v)).findFirst()
        .orElseThrow(() -> new BorderwatchException(ConfKeys.GEO_BOUNDARIES_VIEW + ": unknown view '" + value
            + "', expected de-jure or de-facto"));
  }
}
