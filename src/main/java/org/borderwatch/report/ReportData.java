package org.borderwatch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the HTML report shows, already aggregated and bounded on the driver. Each list is
 * limited by the code that fills it, never by the size of the corpus.
 */
public record ReportData(
    Summary summary,
    List<PairCount> pairsOverTime,
    List<MapPoint> points,
    List<Region> regions,
    List<CountryContest> contestedByCountry,
    List<Claimant> claimants,
    List<ContestedIncident> contestedIncidents) {

  public ReportData {
    pairsOverTime = List.copyOf(pairsOverTime);
    points = List.copyOf(points);
    regions = List.copyOf(regions);
    contestedByCountry = List.copyOf(contestedByCountry);
    claimants = List.copyOf(claimants);
    contestedIncidents = List.copyOf(contestedIncidents);
  }

  /** Totals over the whole incidents table; dates are null when it is empty. */
  public record Summary(long incidents, long crossBorder, long contested, long claims, LocalDate firstDate,
      LocalDate lastDate, String generatedFrom) {}

  /** Cross-border incidents of one actor side → location country pair in one ISO week (Monday). */
  public record PairCount(String pair, LocalDate week, long incidents) {}

  /** One incident's place; {@code kind} is its cross-border kind, or null for other incidents. */
  public record MapPoint(double latitude, double longitude, String kind, String label, int claims, boolean contested) {}

  public record Region(int rank, String country, String admin1, long crossBorder, long incidents, long contested) {}

  public record CountryContest(String country, long incidents, long contested) {
    public double share() {
      return incidents == 0 ? 0 : (double) contested / incidents;
    }
  }

  public record Claimant(String name, String side, long claims, long selfClaims, long adversaryClaims,
      long incidents, double contestedShare) {}

  public record ContestedIncident(LocalDate date, String place, String eventType, String reason,
      List<String> actors, List<String> claimants, int claims) {}
}
