package org.borderwatch.extract;

import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.model.Claim;
import java.util.Set;
import org.borderwatch.extract.model.Claim.CrossBorderKind;
import org.borderwatch.extract.lexicon.Trigger.CrossBorderHint;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.ResolvedPlace;

/**
 * Cross-border kind of one claim (DESIGN.md §7). An actor acting on the territory of another state
 * than its side's is cross-border when the fire came from elsewhere (origin named), when the weapon
 * is airborne, or when the place lies in a border area of that state facing the actor's side
 * ({@link GeoKnowledge#inBorderArea}: near the border by distance, else a border admin1 region);
 * the kind follows the event: ground → INCURSION, fire → CROSS_BORDER_FIRE, air → AIR_DRONE, other →
 * BORDER_AREA. An event on the actor's own side is cross-border when it downs something airborne in
 * a border area facing another party of the article (AIR_DRONE) or otherwise involves that party
 * in such an area (BORDER_AREA).
 */
final class CrossBorder {
  private CrossBorder() {}

  static CrossBorderKind classify(GeoKnowledge geo, String actorSide, CrossBorderHint hint, String placeCountry,
      ResolvedPlace place, String origin, Set<String> otherParties) {
    if (placeCountry == null) {
      return null;
    }
    if (origin != null && !origin.equals(placeCountry)) {
      return kind(hint, CrossBorderKind.CROSS_BORDER_FIRE);
    }
    if (actorSide != null && !actorSide.equals(placeCountry)) {
      boolean atBorder = geo.inBorderArea(place, actorSide);
      if (hint == CrossBorderHint.AIR || (atBorder && geo.neighbours(actorSide, placeCountry))) {
        return kind(hint, CrossBorderKind.BORDER_AREA);
      }
      return null;
    }
    for (String party : otherParties) {
      if (!party.equals(placeCountry) && geo.inBorderArea(place, party)) {
        return hint == CrossBorderHint.INTERCEPT || hint == CrossBorderHint.AIR
            ? CrossBorderKind.AIR_DRONE
            : CrossBorderKind.BORDER_AREA;
      }
    }
    return null;
  }

  private static CrossBorderKind kind(CrossBorderHint hint, CrossBorderKind otherwise) {
    return switch (hint) {
      case GROUND -> CrossBorderKind.INCURSION;
      case FIRE -> CrossBorderKind.CROSS_BORDER_FIRE;
      case AIR, INTERCEPT -> CrossBorderKind.AIR_DRONE;
      case NONE -> otherwise;
      case WEAPON -> throw new IllegalStateException("an attack's weapons decide its hint before it is classified");
    };
  }
}
