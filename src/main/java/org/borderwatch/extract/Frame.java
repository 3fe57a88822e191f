package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Cue;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorMention;
import org.borderwatch.extract.model.Claimant;
import java.util.List;

/**
 * A reporting frame: a cue ("said", "according to", "denied", a quotation) and the speakers it
 * attributes what follows to. Coordinated speakers ("the Legion and the RVC said") share one frame.
 */
record Frame(Cue cue, int cueBegin, int cueEnd, List<Claimant> claimants) {

  /** The claimant to pair with an actor: the actor itself when it is among the speakers, else the first. */
  Claimant claimantFor(Actor actor) {
    if (actor != null) {
      for (Claimant c : claimants) {
        if (c.actor() != null && c.actor().id().equals(actor.id())) {
          return c;
        }
      }
    }
    return claimants.get(0);
  }

  boolean spokenBy(ActorMention mention) {
    return claimants.stream().anyMatch(c -> c.begin() == mention.begin() && c.end() == mention.end());
  }
}
