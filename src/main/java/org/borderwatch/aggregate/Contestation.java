package org.borderwatch.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether claimants of opposing sides disagree about one incident. Only claims whose
 * claimant is a party (SELF_CLAIM or ADVERSARY_CLAIM) with a known side take part; neutral and
 * media voices neither start nor settle a contest. Two such claims from different claimant sides
 * disagree when, in this order:
 * <ol>
 *   <li>{@link Reason#WHO_ACTED}: they name the same side as acting but different actors (the
 *       volunteer corps' self-claim vs the governor's "Ukrainian sabotage group");
 *   <li>{@link Reason#MUTUAL_BLAME}: both are adversary claims blaming different sides;
 *   <li>{@link Reason#DENIAL}: about the same side, one denies what the other asserts or claims;
 *   <li>{@link Reason#WHAT_HAPPENED}: about the same side, they report different event types.
 * </ol>
 * Self-claims of two sides about their own parts (one side's strike, the other's interception) do
 * not disagree. Claims are grouped by (claimant side, actor side, attribution) first, so the check
 * is quadratic only in the number of such groups, not of claims.
 */
public final class Contestation {
  private static final String SELF = "SELF_CLAIM";
  private static final String ADVERSARY = "ADVERSARY_CLAIM";
  private static final String DENIED = "DENIED";

  /** Why an incident is contested. */
  public enum Reason { WHO_ACTED, MUTUAL_BLAME, DENIAL, WHAT_HAPPENED }

  private Contestation() {}

  /** The first reason the claims are contested, or null when they are not. */
  public static Reason reason(List<ClaimRecord> claims) {
    List<Stance> stances = stances(claims);
    Reason found = null;
    for (int i = 0; i < stances.size(); i++) {
      for (int j = i + 1; j < stances.size(); j++) {
        Reason r = disagreement(stances.get(i), stances.get(j));
        if (r != null && (found == null || r.ordinal() < found.ordinal())) {
          found = r;
        }
      }
    }
    return found;
  }

  private static Reason disagreement(Stance a, Stance b) {
    if (a.claimantSide.equals(b.claimantSide)) {
      return null;
    }
    boolean sameActorSide = Objects.equals(a.actorSide, b.actorSide) && a.actorSide != null;
    if (sameActorSide && differ(a.actors, b.actors)) {
      return Reason.WHO_ACTED;
    }
    if (a.adversary && b.adversary && a.actorSide != null && b.actorSide != null && !sameActorSide) {
      return Reason.MUTUAL_BLAME;
    }
    if (sameActorSide && ((a.denied && b.affirmed) || (b.denied && a.affirmed))) {
      return Reason.DENIAL;
    }
    if (sameActorSide && differ(a.eventTypes, b.eventTypes)) {
      return Reason.WHAT_HAPPENED;
    }
    return null;
  }

  /** Some value of one set differs from some value of the other (both non-empty). */
  private static boolean differ(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return !(x.size() == 1 && x.equals(y));
  }

  private static List<Stance> stances(List<ClaimRecord> claims) {
    Map<String, Stance> byKey = new LinkedHashMap<>();
    for (ClaimRecord c : claims) {
      boolean party = SELF.equals(c.attribution()) || ADVERSARY.equals(c.attribution());
      if (!party || c.claimantCountry() == null) {
        continue;
      }
      String key = c.claimantCountry() + "\u001f" + c.actorCountry() + "\u001f" + c.attribution();
      Stance s = byKey.computeIfAbsent(key,
          k -> new Stance(c.claimantCountry(), c.actorCountry(), ADVERSARY.equals(c.attribution())));
      if (c.actorIdentity() != null) {
        s.actors.add(c.actorIdentity());
      }
      s.eventTypes.add(c.eventType());
      if (DENIED.equals(c.modality())) {
        s.denied = true;
      } else if ("ASSERTED".equals(c.modality()) || "CLAIMED".equals(c.modality())) {
        s.affirmed = true;
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /** What the claims of one (claimant side, actor side, attribution) group say. */
  private static final class Stance {
    final String claimantSide;
    final String actorSide;
    final boolean adversary;
    final Set<String> actors = new TreeSet<>();
    final Set<String> eventTypes = new TreeSet<>();
    boolean denied;
    boolean affirmed;

    Stance(String claimantSide, String actorSide, boolean adversary) {
      this.claimantSide = claimantSide;
      this.actorSide = actorSide;
      this.adversary = adversary;
    }
  }
}
