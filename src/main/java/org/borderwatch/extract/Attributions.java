package org.borderwatch.extract;

import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Claimant;
import java.util.Set;
import org.borderwatch.extract.model.Claim.Attribution;

/**
 * Attribution of a claim (DESIGN.md §5): the publication's own voice, or a media outlet without a
 * side → MEDIA_REPORT; a speaker without a side (monitors, international bodies, unknown speakers)
 * → THIRD_PARTY; the actor's own side → SELF_CLAIM; a side that is a party to the events of the
 * article (an actor's side or the place's country) → ADVERSARY_CLAIM; any other state → THIRD_PARTY.
 * When the actor's side is unknown, an event of violence on the speaker's own territory is a claim
 * about the adversary.
 */
final class Attributions {
  private static final Set<String> VIOLENT = Set.of("Battles", "Explosions/Remote violence", "Violence against civilians");

  private Attributions() {}

  /** Battles, explosions and remote violence, violence against civilians: what only armed actors do. */
  static boolean isViolent(String eventType) {
    return VIOLENT.contains(eventType);
  }

  static Attribution decide(Claimant claimant, String actorSide, String placeCountry, String eventType,
      Set<String> parties) {
    if (claimant == null) {
      return Attribution.MEDIA_REPORT;
    }
    Actor who = claimant.actor();
    if (who != null && who.type() == ActorType.MEDIA && who.side() == null) {
      return Attribution.MEDIA_REPORT;
    }
    String side = claimant.side();
    if (side == null) {
      return Attribution.THIRD_PARTY;
    }
    if (actorSide == null) {
      return side.equals(placeCountry) && VIOLENT.contains(eventType) ? Attribution.ADVERSARY_CLAIM
          : Attribution.THIRD_PARTY;
    }
    if (side.equals(actorSide)) {
      return Attribution.SELF_CLAIM;
    }
    return side.equals(placeCountry) || parties.contains(side) ? Attribution.ADVERSARY_CLAIM : Attribution.THIRD_PARTY;
  }
}
