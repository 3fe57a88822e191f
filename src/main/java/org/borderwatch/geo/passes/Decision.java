package org.borderwatch.geo.passes;

/**
 * A pass's verdict on one mention: the chosen gazetteer row and how sure it is. Row {@link #AT_QUALIFIER}
 * means no candidate lies where the text puts the place, so it is kept at its qualifier's level.
 */
public record Decision(int row, double confidence) {
  public static final int AT_QUALIFIER = -1;
}
