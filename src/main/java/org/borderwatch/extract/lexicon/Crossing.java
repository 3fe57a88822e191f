package org.borderwatch.extract.lexicon;

/**
 * What a sentence says about a border being crossed (lexicon lines {@code crossing}, docs/extract.md): the evidence
 * for {@code cross_border_basis} STATED and AIRSPACE.
 */
public enum Crossing {
  /** Forces, fire or drones crossed the border ("crossed into", "entered … region", "from across the border"). */
  CROSSED,
  /** Something airborne came into or down in a state's airspace ("violated … airspace", "crashed on … territory"). */
  AIRSPACE
}
