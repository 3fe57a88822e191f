package org.borderwatch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the HTML report shows, already aggregated and bounded on the driver. Each list is
 * limited by the code that fills it, never by the size of the corpus.
 *
 * @param views cross-border incidents by kind, basis and distance band, read for the strict and broad views
 */
public record ReportData(
    Summary summary,
    List<PairCount> pairsOverTime,
    List<MapPoint> points,
    List<Theatre> theatres,
    CrossBorderViews views,
    List<Region> regions,
    List<CountryContest> contestedByCountry,
    List<Claimant> claimants,
    List<ContestedIncident> contestedIncidents) {

  public ReportData {
    pairsOverTime = List.copyOf(pairsOverTime);
    points = List.copyOf(points);
    theatres = List.copyOf(theatres);
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

  /**
   * One incident's place; {@code kind} is its cross-border kind, or null for other incidents.
   *
   * @param label place, date and event type ("Kozinka, 2023-05-22, Battles")
   * @param claimants who made its claims, as written
   * @param country country of the place
   * @param actorCountries sides of its actors
   */
  public record MapPoint(double latitude, double longitude, String kind, String label, int claims, boolean contested,
      List<String> claimants, String country, List<String> actorCountries) {
    public MapPoint {
      claimants = List.copyOf(claimants);
      actorCountries = actorCountries.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The hover text: place, date, type, claims, claimants. */
    public String title() {
      return label + " — " + claims + (claims == 1 ? " claim" : " claims")
          + (claimants.isEmpty() ? "" : " by " + String.join("; ", claimants))
          + (contested ? " — contested" : "");
    }
  }

  /**
   * One map: the points of one group of incidents, far from the others, with the country outlines around them.
   *
   * @param name the place countries, most incidents first
   * @param parties countries whose shared borders are drawn stronger
   * @param partyBorders those borders as (lon1, lat1, lon2, lat2) quadruples, one array per pair of parties
   */
  public record Theatre(String name, double minLat, double maxLat, double minLon, double maxLon,
      List<Outline> outlines, List<String> parties, List<double[]> partyBorders, List<MapPoint> points) {
    public Theatre {
      outlines = List.copyOf(outlines);
      parties = List.copyOf(parties);
      partyBorders = List.copyOf(partyBorders);
      points = List.copyOf(points);
    }
  }

  /** A country's outline clipped to a map, each ring as lon/lat pairs, and a point inside it for its label. */
  public record Outline(String iso2, List<double[]> rings, double labelLon, double labelLat) {}

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
