package org.borderwatch.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An incident while claims are still being clustered into it: the seed (its first claim in
 * clustering order) anchors the date window, the members are what the rules compare against.
 */
public final class IncidentDraft {
  private final List<ClaimRecord> members = new ArrayList<>();

  public IncidentDraft(ClaimRecord seed) {
    members.add(seed);
  }

  public ClaimRecord seed() {
    return members.get(0);
  }

  public LocalDate seedDate() {
    return seed().eventDate();
  }

  public List<ClaimRecord> members() {
    return Collections.unmodifiableList(members);
  }

  /** True when no member is placed at a point: the incident is known only at region or country level. */
  public boolean isRegional() {
    return members.stream().noneMatch(ClaimRecord::isPoint);
  }

  void add(ClaimRecord claim) {
    members.add(claim);
  }
}
