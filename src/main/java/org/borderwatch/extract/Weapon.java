package org.borderwatch.extract;

/** Weapon classes of the claim lexicon that change an event's reading. */
public enum Weapon {
  /** Drones, missiles, aircraft: the event is airborne. */
  AIR,
  /** Small arms and the like: fire exchanged with them is an armed clash, not shelling. */
  SMALL_ARMS
}
