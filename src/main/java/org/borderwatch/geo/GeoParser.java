package org.borderwatch.geo;

import java.util.List;

/**
 * Finds and resolves every place mention in an article, using the whole article as context. Plain
 * Java, thread-confined: build one per partition (or per thread) from {@link GeoKnowledge}.
 */
public interface GeoParser {
  /** Every place mention in {@code text}, in text order; empty for null or blank text. */
  default List<ResolvedPlace> parse(String text) {
    return parse(text, null);
  }

  /**
   * As {@link #parse(String)}, for an article whose source has the home region {@code homeRegion} (an admin1 code,
   * or null: see {@link HomeRegions}).
   */
  List<ResolvedPlace> parse(String text, String homeRegion);
}
