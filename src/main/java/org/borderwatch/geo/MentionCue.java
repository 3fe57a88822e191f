package org.borderwatch.geo;

/** What the words around a place name say about it. */
public enum MentionCue {
  /** Nothing: a bare capitalised name. */
  NONE,
  /** A locative preposition before it: "in", "at", "from", "into". */
  LOCATIVE,
  /** Approximate: "near", "outside", "around", "south of"; resolves at geo_precision 2. */
  NEAR,
  /** "the village of", "the town of", "the villages of X and Y": a settlement, kept even when unknown. */
  SETTLEMENT,
  /** A first-level designator after it: "Oblast", "Krai", "region", "province". */
  REGION,
  /** A district designator after it: "district", "raion", "county"; resolves at geo_precision 2. */
  DISTRICT
}
