package org.borderwatch.extract.lexicon;

/** Weapon classes of the claim lexicon that change an event's reading. */
public enum Weapon {
  /** Drones and aircraft: the event is airborne, an air or drone strike. */
  AIR,
  /** Missiles and rockets: the event is airborne, a missile attack (ACLED's shelling/artillery/missile attack). */
  MISSILE,
  /** Small arms and the like: fire exchanged with them is an armed clash, not shelling. */
  SMALL_ARMS,
  /** Artillery and rocket systems; also keeps their names ("Grad", "BM-21") from being read as places. */
  ARTILLERY;

  /** Whether the weapon flies to its target: an event with one can cross into another state's airspace. */
  public boolean airborne() {
    return this == AIR || this == MISSILE;
  }
}
