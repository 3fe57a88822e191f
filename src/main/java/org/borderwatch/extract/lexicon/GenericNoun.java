package org.borderwatch.extract.lexicon;

import org.borderwatch.extract.model.ActorType;
import java.io.Serializable;

/**
 * A noun that makes a generic actor ("forces", "militants", "local air defence") and how its side
 * is found when no demonym precedes it.
 */
public record GenericNoun(ActorType type, SideRule sideRule) implements Serializable {

  /** Where a generic actor's side comes from when the text names no country for it. */
  public enum SideRule {
    /** Only a demonym or country before the noun gives a side; without one the noun is not an actor. */
    DEMONYM,
    /** The country of the place it acts in ("local air defence shot down a drone over Belgorod"). */
    LOCATION,
    /** Side unknown ("the militants"). */
    NONE
  }
}
