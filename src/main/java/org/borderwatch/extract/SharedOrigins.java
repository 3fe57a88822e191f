package org.borderwatch.extract;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.borderwatch.extract.lexicon.Trigger;
import org.borderwatch.extract.model.Claim;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;

/**
 * Where fire came from, told once for an event the article reports in sentences next to each other: "Several
 * missiles struck Kharkiv overnight. 'They were S-300 missiles fired from the Belgorod region,' the governor said."
 * A strike or an interception with no basis, or only distance, takes the origin that a claim of the same sub-event
 * at the same place names at most {@link #REACH} sentences away, with that claim's kind: the sentences tell one
 * event. Farther apart, in a long article, they may tell different strikes on one city.
 */
final class SharedOrigins {
  /** How many sentences apart two claims may tell the same strike. */
  static final int REACH = 3;
  /** Sub-events of what is fired or flown from somewhere: the events an origin is told for. */
  private static final Set<String> FROM_AFAR = Set.of(Trigger.SHELLING, Trigger.AIR_STRIKE,
      Trigger.DISRUPTED_WEAPONS);

  private SharedOrigins() {}

  /** The claims, in their order, each with the origin the nearby claims of its event name. */
  static List<Claim> carried(Collection<Claim> claims) {
    List<Claim> origins = claims.stream().filter(c -> c.crossBorderBasis() == CrossBorderBasis.ORIGIN && told(c))
        .toList();
    return claims.stream().map(c -> {
      boolean weaker = c.crossBorderBasis() == null || c.crossBorderBasis() == CrossBorderBasis.DISTANCE;
      return !weaker || !told(c) ? c : origins.stream().filter(o -> sameEvent(c, o)).findFirst()
          .map(o -> withOrigin(c, o)).orElse(c);
    }).toList();
  }

  private static boolean told(Claim c) {
    return c.place() != null && c.place().place() != null && FROM_AFAR.contains(c.subEventType());
  }

  private static boolean sameEvent(Claim c, Claim o) {
    return Math.abs(c.sentenceIndex() - o.sentenceIndex()) <= REACH && c.subEventType().equals(o.subEventType())
        && c.place().place().geonameId() == o.place().place().geonameId();
  }

  private static Claim withOrigin(Claim c, Claim origin) {
    return new Claim(c.claimId(), c.sentenceIndex(), c.evidence(), c.evidenceBegin(), c.evidenceEnd(), c.actor(),
        c.resolvedActor(), c.predicate(), c.eventType(), c.subEventType(), c.place(), origin.originCountry(),
        c.claimant(), c.attribution(), c.modality(), c.eventDate(), c.timePrecision(), origin.crossBorderKind(),
        CrossBorderBasis.ORIGIN, c.borderDistanceKm(), c.confidence());
  }
}
