package org.borderwatch.extract.model;

import java.io.Serializable;
import java.time.LocalDate;
import org.borderwatch.geo.ResolvedPlace;

/**
 * One actor–location–claim tuple of an article, before the Spark layer adds article and run columns.
 *
 * @param actor the acting party; null when the text names none
 * @param place where; null when neither the sentence nor the article before it names a place
 * @param claimant who says so; null for the publication's own voice
 * @param crossBorderBasis what makes it cross-border; null exactly when {@code crossBorderKind} is
 */
public record Claim(String claimId, int sentenceIndex, String evidence, int evidenceBegin, int evidenceEnd,
    ActorMention actor, Actor resolvedActor, String predicate, String eventType, String subEventType,
    ResolvedPlace place, String originCountry, Claimant claimant, Attribution attribution, Modality modality,
    LocalDate eventDate, int timePrecision, CrossBorderKind crossBorderKind, CrossBorderBasis crossBorderBasis,
    Double borderDistanceKm, double confidence) implements Serializable {

  public boolean crossBorder() {
    return crossBorderKind != null;
  }

  public enum Attribution { SELF_CLAIM, ADVERSARY_CLAIM, THIRD_PARTY, MEDIA_REPORT }

  public enum Modality { ASSERTED, CLAIMED, DENIED, UNCONFIRMED, THREATENED }

  public enum CrossBorderKind { INCURSION, CROSS_BORDER_FIRE, AIR_DRONE, BORDER_AREA }

  /**
   * What makes a claim cross-border: the text says the border was crossed (STATED), an origin in another state is
   * named (ORIGIN), something airborne came into another state's airspace (AIRSPACE), or only the place's distance
   * to the crossing party's border (DISTANCE, inferred). STATED and ORIGIN are the strict view; with DISTANCE and
   * AIRSPACE the broad one.
   */
  public enum CrossBorderBasis { STATED, ORIGIN, AIRSPACE, DISTANCE }
}
