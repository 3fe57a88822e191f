package org.borderwatch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.borderwatch.extract.model.Claim.CrossBorderBasis;
import org.borderwatch.extract.model.Claim.CrossBorderKind;
import org.borderwatch.io.Schemas;

/**
 * Cross-border incidents counted by kind, basis and distance band, as {@code stats_cross_border_bases} holds them
 * (summed over countries), with the strict view (bases the text states) and the broad view (every cross-border
 * incident, so also those inferred from distance alone). Kinds and bases read in their declared order, so the
 * report's columns do not move from one run to the next; a null kind, basis or band (tables written by another tool,
 * places without a distance) gets its own row, column or bar rather than disappearing from the totals.
 */
public record CrossBorderViews(List<Cell> cells) {
  public CrossBorderViews {
    cells = List.copyOf(cells);
  }

  /** Cross-border incidents of one kind, basis and band; {@code strict} says whether the strict view counts them. */
  public record Cell(String kind, String basis, boolean strict, String band, long incidents) {}

  /** One distance band's incidents split by view ({@code band} null: no distance known). */
  public record BandCount(String band, long strict, long broadOnly) {
    public long broad() {
      return strict + broadOnly;
    }
  }

  public static CrossBorderViews empty() {
    return new CrossBorderViews(List.of());
  }

  /** Incidents in the strict view. */
  public long strict() {
    return sum(Cell::strict);
  }

  /** Incidents in the broad view: every cross-border incident. */
  public long broad() {
    return sum(c -> true);
  }

  /** Incidents the broad view adds to the strict one. */
  public long broadOnly() {
    return broad() - strict();
  }

  /** The kinds present, in {@link CrossBorderKind} order, then null if present. */
  public List<String> kinds() {
    return present(Cell::kind, Arrays.stream(CrossBorderKind.values()).map(Enum::name).toList());
  }

  /** The bases present, in {@link CrossBorderBasis} order (most direct first), then null if present. */
  public List<String> bases() {
    return present(Cell::basis, Arrays.stream(CrossBorderBasis.values()).map(Enum::name).toList());
  }

  /** Incidents of one kind and basis (either may be null). */
  public long incidents(String kind, String basis) {
    return sum(c -> Objects.equals(c.kind(), kind) && Objects.equals(c.basis(), basis));
  }

  /** Incidents of one kind in the strict view. */
  public long strict(String kind) {
    return sum(c -> Objects.equals(c.kind(), kind) && c.strict());
  }

  /** Incidents of one kind in the broad view. */
  public long broad(String kind) {
    return sum(c -> Objects.equals(c.kind(), kind));
  }

  /** Incidents of one basis, over all kinds. */
  public long ofBasis(String basis) {
    return sum(c -> Objects.equals(c.basis(), basis));
  }

  /** Every band of {@link Schemas#DISTANCE_BAND_LIMITS_KM} in order (empty ones too), then incidents without a distance. */
  public List<BandCount> byBand() {
    List<BandCount> out = new ArrayList<>();
    for (int i = 0; i <= Schemas.DISTANCE_BAND_LIMITS_KM.size(); i++) {
      out.add(band(Schemas.distanceBand(i)));
    }
    if (cells.stream().anyMatch(c -> c.band() == null)) {
      out.add(band(null));
    }
    return out;
  }

  private BandCount band(String band) {
    long strict = sum(c -> Objects.equals(c.band(), band) && c.strict());
    return new BandCount(band, strict, sum(c -> Objects.equals(c.band(), band)) - strict);
  }

  private long sum(Predicate<Cell> which) {
    return cells.stream().filter(which).mapToLong(Cell::incidents).sum();
  }

  private List<String> present(Function<Cell, String> field, List<String> declared) {
    List<String> values = cells.stream().map(field).distinct().toList();
    List<String> out = new ArrayList<>(declared.stream().filter(values::contains).toList());
    // a value no enum declares (a newer writer) still shows, after the declared ones
    values.stream().filter(v -> v != null && !declared.contains(v)).sorted(Comparator.naturalOrder()).forEach(out::add);
    if (values.contains(null)) {
      out.add(null);
    }
    return out;
  }
}
