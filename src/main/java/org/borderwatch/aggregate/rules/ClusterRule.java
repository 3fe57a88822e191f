package org.borderwatch.aggregate.rules;

import java.io.Serializable;
import org.borderwatch.aggregate.ClaimRecord;
import org.borderwatch.aggregate.IncidentDraft;

/**
 * One condition a claim must meet to join an incident. Rules only admit or refuse; they never
 * change the incident, so the chain can be asked about several candidate incidents.
 */
public interface ClusterRule extends Serializable {

  /** True when this rule lets {@code claim} join {@code incident}. */
  boolean admits(IncidentDraft incident, ClaimRecord claim);

  /** One line saying what the rule demands, for logs and documentation. */
  String describe();

  default String name() {
    return getClass().getSimpleName();
  }
}
