package org.borderwatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The console rendering of evaluation reports: fixed-width tables, one line per row. */
public final class EvalTable {
  private EvalTable() {}

  public static List<String> render(EvalReport report) {
    List<String> lines = new ArrayList<>();
    String header = String.format(Locale.ROOT, "%-28s %6s %7s %8s %7s %6s %6s %6s %8s",
        "gold event type", "events", "claimed", "<=" + (int) report.settings().withinKm() + "km", "admin1", "side",
        "type", "sub", "claims/ev");
    lines.add(header);
    lines.add("-".repeat(header.length()));
    lines.add(row("all", report.overall()));
    for (Map.Entry<String, Figures> e : report.byEventType().entrySet()) {
      lines.add(row(e.getKey(), e.getValue()));
    }
    if (!report.worst().isEmpty()) {
      lines.add("");
      lines.add("worst misses:");
      for (EventOutcome o : report.worst()) {
        GoldEvent g = o.gold();
        lines.add(String.format(Locale.ROOT, "  %s  gold: %s at %s (%s) | claim: %s | %s", g.eventId(),
            g.subEventType(), g.location(), g.admin1(), o.best() == null ? "-" : o.best().describe(),
            String.join("; ", o.reasons())));
      }
    }
    if (!report.skippedGold().isEmpty()) {
      lines.add("");
      lines.add(report.skippedGold().size() + " gold rows skipped, first: " + report.skippedGold().get(0));
    }
    return lines;
  }

  public static List<String> render(SampleReport report) {
    List<String> lines = new ArrayList<>();
    String header = String.format(Locale.ROOT, "%-18s %6s %6s %7s %9s %6s %6s", "field", "gold", "claims",
        "matched", "precision", "recall", "F1");
    lines.add(header);
    lines.add("-".repeat(header.length()));
    report.scores().forEach((field, s) -> lines.add(String.format(Locale.ROOT, "%-18s %6d %6d %7d %9s %6s %6s",
        field, s.gold(), s.extracted(), s.matched(), pct(s.precision()), pct(s.recall()), pct(s.f1()))));
    if (!report.unmatchedGold().isEmpty()) {
      lines.add("");
      lines.add("gold claims without a match:");
      report.unmatchedGold().forEach(u -> lines.add("  " + u));
    }
    if (!report.unmatchedClaims().isEmpty()) {
      lines.add("");
      lines.add(report.unmatchedClaims().size()
          + " extracted claims without a gold match (unmatched_claims in the report)");
    }
    return lines;
  }

  private static String row(String label, Figures f) {
    return String.format(Locale.ROOT, "%-28s %6d %7s %8s %7s %6s %6s %6s %8.2f", label, f.events(),
        pct(f.withClaimsShare()), pct(f.locatedShare()), pct(f.admin1Share()),
        f.sideKnown() == 0 ? "-" : pct(f.sideShare()), pct(f.eventTypeShare()), pct(f.subEventTypeShare()),
        f.claimsPerEvent());
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
