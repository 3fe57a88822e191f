package org.borderwatch.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.borderwatch.aggregate.rules.RuleChain;

/**
 * Clusters the claims of one block (one country and admin1 area, or one grid cell) into incidents
 * in a single pass over claims sorted by {@link #ORDER}: a claim joins the earliest open incident
 * the {@link RuleChain} admits, or seeds a new one. An incident closes once claims are past its
 * seed date plus the window, so memory holds only the incidents of the current window, however
 * many claims the block has, and no claim is compared with claims outside that window.
 *
 * <p>Region-level claims ({@link ClaimRecord#isPoint()} false) sort after the point claims of
 * their day and join only when exactly one open incident admits them; otherwise they seed an
 * incident of their own, so a vague claim never bridges two distinct incidents.
 */
public final class IncidentClusterer {
  /** Sort order the clusterer expects within a block; the Spark job sorts by the same keys. */
  public static final java.util.Comparator<ClaimRecord> ORDER = java.util.Comparator
      .comparing(ClaimRecord::eventDate)
      .thenComparing(c -> c.isPoint() ? 0 : 1)
      .thenComparing(ClaimRecord::claimId);

  private final RuleChain rules;
  private final int windowDays;
  private final List<IncidentDraft> open = new ArrayList<>();
  private long ambiguous;

  public IncidentClusterer(AggregateSettings settings) {
    this.rules = new RuleChain(settings);
    this.windowDays = settings.windowDays();
  }

  /** Clusters one block's claims, given in {@link #ORDER}. */
  public List<Incident> cluster(Iterator<ClaimRecord> sortedClaims) {
    List<Incident> out = new ArrayList<>();
    while (sortedClaims.hasNext()) {
      out.addAll(add(sortedClaims.next()));
    }
    out.addAll(finish());
    return out;
  }

  /** Adds the next claim of the block; returns the incidents this closed (the claim is past their window). */
  public List<Incident> add(ClaimRecord claim) {
    List<Incident> closed = closeBefore(claim.eventDate().minusDays(windowDays));
    IncidentDraft target = claim.isPoint() ? firstAdmitting(claim) : onlyAdmitting(claim);
    if (target == null) {
      open.add(new IncidentDraft(claim));
    } else {
      target.add(claim);
    }
    return closed;
  }

  /** Closes every open incident: the block has ended. */
  public List<Incident> finish() {
    List<Incident> out = open.stream().map(Incident::of).toList();
    open.clear();
    return out;
  }

  public RuleChain rules() {
    return rules;
  }

  /** Region-level claims that more than one open incident admitted, kept as incidents of their own. */
  public long ambiguous() {
    return ambiguous;
  }

  private List<Incident> closeBefore(LocalDate earliestOpenSeed) {
    List<Incident> closed = new ArrayList<>();
    // open is in seed order, so the expired incidents are a prefix
    while (!open.isEmpty() && open.get(0).seedDate().isBefore(earliestOpenSeed)) {
      closed.add(Incident.of(open.remove(0)));
    }
    return closed;
  }

  private IncidentDraft firstAdmitting(ClaimRecord claim) {
    for (IncidentDraft d : open) {
      if (rules.admits(d, claim)) {
        return d;
      }
    }
    return null;
  }

  private IncidentDraft onlyAdmitting(ClaimRecord claim) {
    IncidentDraft only = null;
    for (IncidentDraft d : open) {
      if (rules.admits(d, claim)) {
        if (only != null) {
          ambiguous++;
          return null;
        }
        only = d;
      }
    }
    return only;
  }
}
