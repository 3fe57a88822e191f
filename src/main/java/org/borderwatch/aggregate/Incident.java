package org.borderwatch.aggregate;

import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderwatch.io.Hashing;

/**
 * One row of the {@code incidents} table, built from its member claims. Each claim keeps its own
 * attribution in {@code claims}; the incident only lists who acted and who said so.
 */
public record Incident(
    String incidentId,
    LocalDate eventDate,
    Long locationId,
    String locationName,
    String admin1Code,
    String admin1Name,
    String countryCode,
    Double latitude,
    Double longitude,
    Integer geoPrecision,
    String eventType,
    String subEventType,
    List<String> actors,
    List<String> actorCountries,
    List<String> claimants,
    int nClaims,
    int nArticles,
    int nSources,
    Instant firstReportedAt,
    Contestation.Reason contestedReason,
    boolean crossBorder,
    String crossBorderKind,
    String crossBorderBasis,
    List<String> claimIds,
    String gazetteerVersion) {

  /** Place fields come from the finest-placed claim; ties go to the earliest, then the lowest claim id. */
  private static final Comparator<ClaimRecord> FINEST_PLACE = Comparator
      .comparing((ClaimRecord c) -> c.geoPrecision() == null ? Integer.MAX_VALUE : c.geoPrecision())
      .thenComparing(ClaimRecord::eventDate)
      .thenComparing(ClaimRecord::claimId);

  public boolean contested() {
    return contestedReason != null;
  }

  /** Stable id of an incident seeded by this claim: re-running on the same claims gives the same id. */
  public static String idFor(ClaimRecord seed) {
    return Hashing.id("incident", seed.claimId());
  }

  /** Builds the incident of a draft; the draft's seed names it. */
  public static Incident of(IncidentDraft draft) {
    List<ClaimRecord> members = draft.members();
    ClaimRecord place = members.stream().min(FINEST_PLACE).orElseThrow();
    String eventType = mode(members, ClaimRecord::eventType);
    String subEventType = mode(members.stream().filter(c -> eventType.equals(c.eventType())).toList(),
        ClaimRecord::subEventType);
    List<ClaimRecord> crossing = members.stream().filter(ClaimRecord::crossBorder).toList();
    return new Incident(
        idFor(draft.seed()),
        members.stream().map(ClaimRecord::eventDate).min(Comparator.naturalOrder()).orElseThrow(),
        place.locationId(), place.locationName(), place.admin1Code(), place.admin1Name(), place.countryCode(),
        place.latitude(), place.longitude(), place.geoPrecision(),
        eventType, subEventType,
        distinct(members, c -> c.actorText() != null ? c.actorText().trim() : c.actorId()),
        distinct(members, ClaimRecord::actorCountry),
        distinct(members, ClaimRecord::claimantLabel),
        members.size(),
        distinct(members, ClaimRecord::articleId).size(),
        distinct(members, ClaimRecord::source).size(),
        members.stream().map(ClaimRecord::publishedAt).min(Comparator.naturalOrder()).orElseThrow(),
        Contestation.reason(members),
        !crossing.isEmpty(),
        crossing.isEmpty() ? null : mode(crossing, ClaimRecord::crossBorderKind),
        strongestBasis(crossing),
        distinct(members, ClaimRecord::claimId),
        mode(members, ClaimRecord::gazetteerVersion));
  }

  /**
   * The most direct basis among the claims (STATED, ORIGIN, AIRSPACE, DISTANCE), so the strict view keeps an incident
   * when any of its claims has a strict basis, and an incident of basis DISTANCE rests on distance alone.
   */
  static String strongestBasis(List<ClaimRecord> crossing) {
    return crossing.stream().map(ClaimRecord::crossBorderBasis).filter(Objects::nonNull)
        .map(CrossBorderBasis::valueOf).min(Comparator.naturalOrder()).map(Enum::name).orElse(null);
  }

  /** Most frequent non-null value; ties go to the alphabetically first, so the choice is stable. */
  static String mode(List<ClaimRecord> claims, Function<ClaimRecord, String> field) {
    Map<String, Long> counts = claims.stream().map(field).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static List<String> distinct(List<ClaimRecord> claims, Function<ClaimRecord, String> field) {
    Set<String> values = claims.stream().map(field).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    return List.copyOf(values);
  }
}
