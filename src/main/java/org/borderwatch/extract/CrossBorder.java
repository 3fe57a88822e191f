package org.borderwatch.extract;

import java.util.HashSet;
import java.util.Set;
import org.borderwatch.extract.lexicon.Crossing;
import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.lexicon.Trigger.CrossBorderHint;
import org.borderwatch.extract.lexicon.Weapon;
import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.ActorType;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import org.borderwatch.extract.model.Claim.CrossBorderKind;
import org.borderwatch.geo.GeoKnowledge;
import org.borderwatch.geo.ResolvedPlace;
import org.borderwatch.geo.borders.CrossBorderDistances;

/**
 * Cross-border kind of one claim and its basis (DESIGN.md §7, docs/extract.md). Who crossed is the actor when it acts
 * outside its side, else another party of the article (the attacker an actor on its own side fought, or the one an
 * unattributed report implies). What makes it cross-border, in this order:
 * <ol>
 *   <li>STATED: the sentence says the border was crossed ("crossed into", "from across the border"), or, for the
 *       actor's own claims, an earlier claim of the article said its side crossed into that state;
 *   <li>ORIGIN: an origin in another state than the place's is named ("fired from Belarus");
 *   <li>AIRSPACE: something airborne came into another state's airspace ("violated Polish airspace"), or was brought
 *       down (by a named or an unnamed interceptor) by the state whose border area it entered from across it;
 *   <li>DISTANCE: the place lies near the crossing party's border ({@link CrossBorderDistances}): ground fighting
 *       within incursion-km, shelling, air strikes and clashes told as firing within fire-km (inferred), other events
 *       within border-area-km; only for forces not of the place's country (local militias fighting for the other
 *       side came across no border, nor need what they launched).
 * </ol>
 * The event decides the kind: ground → INCURSION, shelling → CROSS_BORDER_FIRE, air strike or interception →
 * AIR_DRONE; the defending side's fighting near the border, whether or not the text says the other side crossed, and
 * any other event → BORDER_AREA. Civilians acting in their own country (a protest, an evacuation) are cross-border
 * only by the sentence's own words. Without any basis an event is not cross-border, however far from home its actor
 * is.
 */
final class CrossBorder {
  private CrossBorder() {}

  /** A cross-border kind and what makes it one. */
  record Verdict(CrossBorderKind kind, CrossBorderBasis basis) {}

  /** What the claim's event is, as far as crossing borders goes. */
  enum Act { GROUND, FIRE, AIR, INTERCEPT, OTHER }

  /**
   * Crossings an article has stated, side into state ("they entered Russia's Belgorod region" makes the side's later
   * claims in Russia stated too: "Our units liberated Kozinka").
   */
  static final class StatedCrossings {
    private final Set<String> crossings = new HashSet<>();

    void add(String side, String country) {
      crossings.add(side + ">" + country);
    }

    boolean contains(String side, String country) {
      return crossings.contains(side + ">" + country);
    }
  }

  /**
   * @param actor the acting party, null when none is named
   * @param stated crossings stated earlier in the article; a stated crossing by the actor's side is added
   */
  static Verdict classify(GeoKnowledge geo, SentenceFacts f, Act act, Actor actor, ResolvedPlace place,
      String origin, ArticleParties parties, StatedCrossings stated) {
    String placeCountry = place == null ? null : place.countryCode();
    if (placeCountry == null) {
      return null;
    }
    String actorSide = actor == null ? null : actor.side();
    Evidence evidence = new Evidence(geo, place, act, f.has(Crossing.CROSSED), origin != null && !origin.equals(placeCountry),
        f.has(Crossing.AIRSPACE) && act != Act.GROUND && f.hasAirborne());
    if (actor != null && actor.type() == ActorType.CIVILIANS) {
      // civilians who protest, flee or are evacuated are no party acting against another state, however near its
      // border and whoever the article says occupies their town: only the sentence's own words can make their
      // event cross-border
      return evidence.statedOrOrigin(false);
    }
    if (actorSide != null && !actorSide.equals(placeCountry)) {
      Verdict v = evidence.crossedBy(actorSide, stated.contains(actorSide, placeCountry),
          // local forces fighting for another state's side (the Luhansk militia for Russia's in Ukraine) crossed no
          // border to be there: for them only the text can say one was crossed
          !placeCountry.equals(actor.nationality()));
      if (v != null && v.basis() == CrossBorderBasis.STATED) {
        stated.add(actorSide, placeCountry);
      }
      return v;
    }
    for (String party : parties.sides()) {
      if (!party.equals(placeCountry) && !party.equals(actorSide)) {
        // a crossing stated earlier carries only to the claims of the side that crossed, not to what others did
        boolean foreign = parties.hasForcesForeignTo(party, placeCountry);
        // an interception is by the state whose sky it is, named or not ("most of the rockets were intercepted")
        Verdict v = actorSide == null && act != Act.INTERCEPT ? evidence.crossedBy(party, false, foreign)
            : evidence.defendedAgainst(party, foreign);
        if (v != null) {
          return v;
        }
      }
    }
    // no other party named: what the sentence itself says still holds
    return actorSide == null ? evidence.statedOrOrigin(false) : evidence.crossingDefended();
  }

  /**
   * What the event is: fighting (a battle, whatever its trigger's hint: "killed five militants", unless it is told as
   * firing alone: "opened fire"), shelling or missile fire, an air strike (the trigger's own sub-event, "air
   * strikes", "dropped", or one the weapons made of it when drones or aircraft alone are named: with rockets or
   * artillery in the sentence it is fire, as in "attacked with rockets and drones"), an interception, or anything
   * else.
   *
   * @param triggerSubEvent the sub-event type the lexicon gives the trigger, or an air strike where the actor is
   *     named by its aircraft ("Israeli jets")
   * @param hint, eventType, subEvent the claim's, after the sentence's weapons and targets decided them
   */
  static Act act(SentenceFacts f, String triggerSubEvent, CrossBorderHint hint, String eventType, String subEvent) {
    if (hint == CrossBorderHint.INTERCEPT) {
      return Act.INTERCEPT;
    }
    if (Trigger.BATTLES.equals(eventType)) {
      // a clash told only as firing ("opened fire on", "exchanged fire") puts nobody on the far side of the border:
      // near it, that is fire across it; any other battle is fighting on the ground
      return hint == CrossBorderHint.FIRE ? Act.FIRE : Act.GROUND;
    }
    if (Trigger.ARMED_CLASH.equals(triggerSubEvent) && Trigger.VIOLENCE_AGAINST_CIVILIANS.equals(eventType)
        && hint == CrossBorderHint.FIRE) {
      // a clash's firing that hit civilians, not positions, was done on the spot ("crossed into the region and opened
      // fire on a car")
      return Act.GROUND;
    }
    return switch (hint) {
      case GROUND -> Act.GROUND;
      case FIRE, AIR -> Trigger.AIR_STRIKE.equals(subEvent) && (Trigger.AIR_STRIKE.equals(triggerSubEvent)
          || !f.has(Weapon.MISSILE) && !f.has(Weapon.ARTILLERY)) ? Act.AIR : Act.FIRE;
      case NONE -> Act.OTHER;
      case INTERCEPT -> Act.INTERCEPT;
      case WEAPON -> throw new IllegalStateException("an attack's weapons decide its hint before it is classified");
    };
  }

  /** The kind of an event by a party that crossed: a move or other act on the far side is an incursion. */
  private static CrossBorderKind crossingKind(Act act) {
    return switch (act) {
      case GROUND, OTHER -> CrossBorderKind.INCURSION;
      case FIRE -> CrossBorderKind.CROSS_BORDER_FIRE;
      case AIR, INTERCEPT -> CrossBorderKind.AIR_DRONE;
    };
  }

  /** What one claim's sentence and place show. */
  private record Evidence(GeoKnowledge geo, ResolvedPlace place, Act act, boolean stated, boolean foreignOrigin,
      boolean airspace) {

    /**
     * The event of a party acting on the territory of another state than its side's.
     *
     * @param statedBefore the article said earlier that this party crossed into this state
     * @param foreign the party's forces here are not of the place's country, so distance may say they crossed
     */
    Verdict crossedBy(String party, boolean statedBefore, boolean foreign) {
      Verdict v = statedOrOrigin(statedBefore);
      if (v != null) {
        return v;
      }
      if (airspace) {
        return new Verdict(CrossBorderKind.AIR_DRONE, CrossBorderBasis.AIRSPACE);
      }
      if (!foreign) {
        return null;
      }
      CrossBorderDistances km = geo.crossBorderDistances();
      return switch (act) {
        case GROUND -> near(party, km.incursionKm(), CrossBorderKind.INCURSION);
        case FIRE, AIR -> near(party, km.fireKm(), crossingKind(act));
        case OTHER -> geo.nearBorder(place, party, km.incursionKm())
            ? new Verdict(CrossBorderKind.INCURSION, CrossBorderBasis.DISTANCE)
            : near(party, km.borderAreaKm(), CrossBorderKind.BORDER_AREA);
        case INTERCEPT -> null;
      };
    }

    /**
     * The event of a party on its own side's territory against a party from across the border. Its forces fighting
     * there are on their own soil, so their fighting is an incident in the border area, whether the text says the
     * other side crossed ("repelled an attempt to break into Russian territory", "killed militants trying to cross
     * from Pakistan": STATED or ORIGIN) or only the distance to the border says so; the incursion is the crossing
     * side's claim. Fire the text says came across keeps its kind, whoever the sentence makes its actor; bringing
     * down what came over the border area is AIR_DRONE.
     */
    Verdict defendedAgainst(String party, boolean foreign) {
      Verdict v = crossingDefended();
      if (v != null) {
        return v;
      }
      CrossBorderDistances km = geo.crossBorderDistances();
      if (act == Act.INTERCEPT) {
        // what it brought down came into its airspace over the border area; over ground held by the other side's
        // local forces (the Luhansk militia near the Russian border) it may as well have been launched there, so
        // nearness says no more about a crossing than it does for their fighting
        return airspace || foreign && geo.nearBorder(place, party, km.borderAreaKm())
            ? new Verdict(CrossBorderKind.AIR_DRONE, CrossBorderBasis.AIRSPACE) : null;
      }
      if (!foreign) {
        return null;
      }
      return near(party, act == Act.OTHER ? km.borderAreaKm() : km.incursionKm(), CrossBorderKind.BORDER_AREA);
    }

    /** The sentence says the other side crossed, or names where its fire came from: the defending side's event. */
    Verdict crossingDefended() {
      if (!stated && !foreignOrigin) {
        return null;
      }
      return new Verdict(act == Act.OTHER || act == Act.GROUND ? CrossBorderKind.BORDER_AREA : crossingKind(act),
          stated ? CrossBorderBasis.STATED : CrossBorderBasis.ORIGIN);
    }

    /** The sentence says the border was crossed, names where the fire came from, or the article said so before. */
    Verdict statedOrOrigin(boolean statedBefore) {
      if (stated) {
        return new Verdict(crossingKind(act), CrossBorderBasis.STATED);
      }
      if (foreignOrigin) {
        return new Verdict(act == Act.OTHER ? CrossBorderKind.CROSS_BORDER_FIRE : crossingKind(act),
            CrossBorderBasis.ORIGIN);
      }
      return statedBefore ? new Verdict(crossingKind(act), CrossBorderBasis.STATED) : null;
    }

    private Verdict near(String party, double limitKm, CrossBorderKind kind) {
      return geo.nearBorder(place, party, limitKm) ? new Verdict(kind, CrossBorderBasis.DISTANCE) : null;
    }
  }
}
