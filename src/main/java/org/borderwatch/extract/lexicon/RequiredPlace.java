package org.borderwatch.extract.lexicon;

import java.util.Locale;
import org.borderwatch.geo.ResolvedPlace;

/**
 * How precisely a claim must say where its event happened. A researcher codes an event at a town or a region;
 * on real news the claims whose only place is a country, or that have none, are mostly descriptions of the war,
 * policy and background rather than events (docs/extract.md, "Precision on real text"), so by default they make
 * no claim. Their mentions are still written.
 */
public enum RequiredPlace {
  /** A town, a part of a region, or a region (geo precision 1–3), including a place the gazetteer lacks but the text puts in a region. */
  REGION(3),
  /** Also a country or a wider area (geo precision 4). */
  COUNTRY(4),
  /** Any claim, also one with no place at all. */
  ANY(Integer.MAX_VALUE);

  private final int coarsestPrecision;

  RequiredPlace(int coarsestPrecision) {
    this.coarsestPrecision = coarsestPrecision;
  }

  public boolean accepts(ResolvedPlace place) {
    if (this == ANY) {
      return true;
    }
    return place != null && place.isResolved() && place.geoPrecision() <= coarsestPrecision;
  }

  /** From a configuration value, any case: {@code region}, {@code country} or {@code any}. */
  public static RequiredPlace parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("claim place must be region, country or any, not '" + value + "'", e);
    }
  }
}
