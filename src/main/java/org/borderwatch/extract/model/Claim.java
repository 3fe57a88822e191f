package org.borderwatch.extract.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
   * to the crossing party's border (DISTANCE, inferred). Declared from the most direct to the least: an incident takes
   * the first basis among its claims.
   */
  public enum CrossBorderBasis {
    STATED, ORIGIN, AIRSPACE, DISTANCE;

    /**
     * Whether the strict view counts it: the first three rest on what the text says happened (a crossing, a named
     * origin, something airborne over another state); DISTANCE rests on geometry alone, so only the broad view, which
     * counts every basis, adds it.
     */
    public boolean strict() {
      return this != DISTANCE;
    }

    /** The names of the strict bases, for filters over the tables' {@code cross_border_basis}. */
    public static List<String> strictNames() {
      return Arrays.stream(values()).filter(CrossBorderBasis::strict).map(Enum::name).toList();
    }
  }
}
