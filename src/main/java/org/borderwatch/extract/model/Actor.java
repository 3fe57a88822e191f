package org.borderwatch.extract.model;

import java.io.Serializable;

/**
 * An actor from the dictionary or built by a generic rule.
 *
 * @param id dictionary id, or {@code generic:<side>:<type>} for generic actors ({@code generic:-:…} without a side)
 * @param side ISO country the actor acts for; null when neutral or unknown
 * @param nationality ISO country of its members; equals {@code side} unless the dictionary says otherwise
 * @param sideFromLocation true for actors that defend where they are ("local air defence"): their side is the
 *     country of the place they act in
 */
public record Actor(String id, String name, ActorType type, String side, String nationality, boolean sideFromLocation)
    implements Serializable {

  public static Actor generic(String name, ActorType type, String side, String nationality) {
    return new Actor("generic:" + (side == null ? "-" : side) + ":" + type, name, type, side, nationality, false);
  }

  /** The same actor acting for {@code country}, for generic actors whose side comes from where they act. */
  public Actor onSideOf(String country) {
    return new Actor("generic:" + country + ":" + type, name, type, country, country, false);
  }
}
