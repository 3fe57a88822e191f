package org.borderwatch.geo.borders;

import java.io.Serializable;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/**
 * How boundaries are drawn and used, captured from {@link BorderwatchConf} on the driver (defaults in
 * {@link ConfKeys}).
 *
 * @param view whose lines count as borders
 * @param deJureAreas TSV of the areas the de-jure view moves (local, HDFS, S3); null for the bundled one
 * @param borderAreaKm a town-level place this close to the border with the other party is in a border area
 */
public record BoundaryOptions(BoundaryView view, String deJureAreas, double borderAreaKm) implements Serializable {

  public BoundaryOptions {
    if (!(borderAreaKm >= 0)) {
      throw new BorderwatchException(ConfKeys.CROSSBORDER_BORDER_AREA_KM + " must be at least 0 km, got " + borderAreaKm);
    }
  }

  public static BoundaryOptions defaults() {
    return from(BorderwatchConf.empty());
  }

  public static BoundaryOptions from(BorderwatchConf conf) {
    String areas = conf.get(ConfKeys.GEO_DE_JURE_AREAS, ConfKeys.GEO_DE_JURE_AREAS_DEFAULT).trim();
    return new BoundaryOptions(BoundaryView.of(conf.get(ConfKeys.GEO_BOUNDARIES_VIEW, ConfKeys.GEO_BOUNDARIES_VIEW_DEFAULT)),
        areas.isEmpty() ? null : areas,
        conf.getDouble(ConfKeys.CROSSBORDER_BORDER_AREA_KM, ConfKeys.CROSSBORDER_BORDER_AREA_KM_DEFAULT));
  }
}
