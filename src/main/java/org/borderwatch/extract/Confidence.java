package org.borderwatch.extract;

import org.borderwatch.extract.model.Actor;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import org.borderwatch.extract.model.Claimant;
import org.borderwatch.geo.ResolvedPlace;

/**
 * Confidence of a claim, 0–1: 0.1 for a trigger, plus up to 0.3 for the actor (0.3 from the
 * dictionary, 0.2 generic with a side, 0.1 without), up to 0.3 for the place (0.15 + 0.15 × the
 * resolver's confidence for a gazetteer place, 0.1 for a region or country only, 0.05 unresolved;
 * halved when carried over from an earlier sentence), up to 0.2 for the claimant (0.2 in the
 * dictionary, 0.1 as written but unknown, 0.05 for the publication's own voice), up to 0.1 for the
 * date (0.1 in the sentence, 0.05 carried from earlier in the article, 0 defaulted to publication);
 * 0.05 less when only the place's distance to a border makes it cross-border (basis DISTANCE: inferred).
 */
final class Confidence {
  private Confidence() {}

  enum Source { SENTENCE, CARRIED, DEFAULT }

  static double of(Actor actor, ResolvedPlace place, Source placeSource, Claimant claimant, Source dateSource,
      CrossBorderBasis crossBorderBasis) {
    double c = 0.1;
    if (actor != null) {
      c += actor.id().startsWith("generic:") ? (actor.side() != null ? 0.2 : 0.1) : 0.3;
    }
    if (place != null) {
      double p = place.geonameId() != null ? 0.15 + 0.15 * Math.max(0, Math.min(1, place.confidence()))
          : place.isResolved() ? 0.1 : 0.05;
      c += placeSource == Source.CARRIED ? p / 2 : p;
    }
    c += claimant == null ? 0.05 : claimant.actor() != null ? 0.2 : 0.1;
    c += switch (dateSource) {
      case SENTENCE -> 0.1;
      case CARRIED -> 0.05;
      case DEFAULT -> 0.0;
    };
    if (crossBorderBasis == CrossBorderBasis.DISTANCE) {
      c -= 0.05;
    }
    return Math.round(Math.min(1.0, c) * 1000) / 1000.0;
  }
}
