package org.borderwatch.extract.model;

import java.io.Serializable;

/**
 * Who says a claim: the speaker as written and, when the actor dictionary knows them, who they are.
 * {@code actor} is null for a speaker the dictionary lacks ("Army tweeted").
 */
public record Claimant(int begin, int end, String text, Actor actor) implements Serializable {

  public String side() {
    return actor == null ? null : actor.side();
  }
}
