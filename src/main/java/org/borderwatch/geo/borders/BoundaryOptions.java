package org.borderwatch.geo.borders;

import java.io.Serializable;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/**
 * How boundaries are drawn and used, captured from {@link BorderwatchConf} on the driver (defaults in
 * {@link ConfKeys}).
 *
 * @param view whose lines count as borders
 * @param deJureAreas TSV of the areas the de-jure view moves (local, HDFS, S3); null for the bundled one
 * @param distances how near a border an event must be for its distance to make it cross-border
 */
public record BoundaryOptions(BoundaryView view, String deJureAreas, CrossBorderDistances distances)
    implements Serializable {

  public static BoundaryOptions defaults() {
    return from(BorderwatchConf.empty());
  }

  public static BoundaryOptions from(BorderwatchConf conf) {
    String areas = conf.get(ConfKeys.GEO_DE_JURE_AREAS, ConfKeys.GEO_DE_JURE_AREAS_DEFAULT).trim();
    return new BoundaryOptions(BoundaryView.of(conf.get(ConfKeys.GEO_BOUNDARIES_VIEW, ConfKeys.GEO_BOUNDARIES_VIEW_DEFAULT)),
        areas.isEmpty() ? null : areas, CrossBorderDistances.from(conf));
  }
}
