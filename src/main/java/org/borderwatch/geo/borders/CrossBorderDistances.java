package org.borderwatch.geo.borders;

import java.io.Serializable;
import org.borderwatch.BorderwatchException;
import org.borderwatch.config.BorderwatchConf;
import org.borderwatch.config.ConfKeys;

/**
 * How near the border of the acting party an event must be for its distance alone to make it cross-border (basis
 * DISTANCE), captured from {@link BorderwatchConf} on the driver (defaults and their reasons in {@link ConfKeys}).
 *
 * @param incursionKm ground fighting or a move onto territory: an incursion
 * @param fireKm shelling or an air strike: cross-border fire (inferred)
 * @param borderAreaKm any other event, or the defending side's: an incident in a border area
 */
public record CrossBorderDistances(double incursionKm, double fireKm, double borderAreaKm) implements Serializable {

  public CrossBorderDistances {
    atLeastZero(ConfKeys.CROSSBORDER_INCURSION_KM, incursionKm);
    atLeastZero(ConfKeys.CROSSBORDER_FIRE_KM, fireKm);
    atLeastZero(ConfKeys.CROSSBORDER_BORDER_AREA_KM, borderAreaKm);
  }

  public static CrossBorderDistances defaults() {
    return from(BorderwatchConf.empty());
  }

  public static CrossBorderDistances from(BorderwatchConf conf) {
    return new CrossBorderDistances(
        conf.getDouble(ConfKeys.CROSSBORDER_INCURSION_KM, ConfKeys.CROSSBORDER_INCURSION_KM_DEFAULT),
        conf.getDouble(ConfKeys.CROSSBORDER_FIRE_KM, ConfKeys.CROSSBORDER_FIRE_KM_DEFAULT),
        conf.getDouble(ConfKeys.CROSSBORDER_BORDER_AREA_KM, ConfKeys.CROSSBORDER_BORDER_AREA_KM_DEFAULT));
  }

  private static void atLeastZero(String key, double km) {
    if (!(km >= 0)) {
      throw new BorderwatchException(key + " must be at least 0 km, got " + km);
    }
  }
}
