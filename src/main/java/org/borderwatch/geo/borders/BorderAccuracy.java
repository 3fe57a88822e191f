package org.borderwatch.geo.borders;

import org.borderwatch.geo.Gazetteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How far simplified boundaries' border distances stray from the reference ones, over populated places of a
 * gazetteer lying within {@code withinKm} of their country's border in the reference. Each place is measured to the
 * border of its gazetteer country in both; a place whose country has a border in the reference only counts as
 * missing.
 *
 * @param points places measured (reference distance within {@code withinKm})
 * @param missing of those, places the simplified boundaries give no distance for
 * @param maxErrorKm largest |simplified − reference|
 * @param p95ErrorKm 95th percentile of |simplified − reference|
 * @param meanErrorKm mean of |simplified − reference|
 * @param worst the place with the largest error, null when none was measured
 */
public record BorderAccuracy(int points, int missing, double maxErrorKm, double p95ErrorKm, double meanErrorKm,
    Point worst) {

  /** A place's country (ISO alpha-2) and position. */
  public record Point(String iso2, double latitude, double longitude) {}

  /** The gazetteer's populated places (feature class P) in the given countries. */
  public static List<Point> populatedPlaces(Gazetteer gazetteer, Set<String> countries) {
    List<Point> points = new ArrayList<>();
    for (int row = 0; row < gazetteer.size(); row++) {
      if ("P".equals(gazetteer.featureClass(row)) && countries.contains(gazetteer.countryCode(row))) {
        points.add(new Point(gazetteer.countryCode(row), gazetteer.latitude(row), gazetteer.longitude(row)));
      }
    }
    return points;
  }

  public static BorderAccuracy measure(Boundaries reference, Boundaries simplified, List<Point> points,
      double withinKm) {
    List<Double> errors = new ArrayList<>();
    int missing = 0;
    Point worst = null;
    double worstError = -1;
    for (Point p : points) {
      OptionalDouble ref = reference.borderDistanceKm(p.iso2(), p.latitude(), p.longitude());
      if (ref.isEmpty() || ref.getAsDouble() > withinKm) {
        continue;
      }
      OptionalDouble got = simplified.borderDistanceKm(p.iso2(), p.latitude(), p.longitude());
      if (got.isEmpty()) {
        missing++;
      } else {
        double error = Math.abs(got.getAsDouble() - ref.getAsDouble());
        errors.add(error);
        if (error > worstError) {
          worstError = error;
          worst = p;
        }
      }
    }
    double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return new BorderAccuracy(missing, missing, 0, 0, 0, null);
    }
    return new BorderAccuracy(sorted.length + missing, missing, sorted[sorted.length - 1],
        sorted[(int) Math.ceil(0.95 * sorted.length) - 1], Arrays.stream(sorted).average().orElse(0), worst);
  }

  @Override
  public String toString() {
    return String.format("%d places within reach, %d without a distance; error max %.2f km (at %s), p95 %.2f km, "
        + "mean %.3f km", points, missing, maxErrorKm, worst, p95ErrorKm, meanErrorKm);
  }
}
