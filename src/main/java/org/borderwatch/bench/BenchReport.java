package org.borderwatch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one benchmark run: every stage timing, each stage's time relative to the I/O floor
 * of the same scale (read the corpus JSON Lines, write Parquet, no NLP), and how time grows with the
 * scale (time at scale k over time at the first scale; linear growth gives k).
 */
public record BenchReport(Map<String, Object> environment, String floorStage, List<StageTiming> timings) {
  public BenchReport {
    environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    timings = List.copyOf(timings);
  }

  public Optional<Double> floorRatio(StageTiming t) {
    return timings.stream()
        .filter(f -> f.stage().equals(floorStage) && f.scale() == t.scale() && f.seconds() > 0)
        .findFirst().map(f -> t.seconds() / f.seconds());
  }

  /** Time at this scale over time at the smallest scale of the same stage; with the scale ratio it was expected to track. */
  public Optional<Double> growth(StageTiming t) {
    return first(t.stage()).filter(f -> f.seconds() > 0).map(f -> t.seconds() / f.seconds());
  }

  private Optional<StageTiming> first(String stage) {
    return timings.stream().filter(f -> f.stage().equals(stage)).findFirst();
  }

  public List<String> table() {
    List<String> lines = new ArrayList<>();
    String header = String.format(Locale.ROOT, "%-9s %5s %8s %8s %9s %10s %7s %8s %6s %9s %8s", "stage", "scale",
        "articles", "MB", "seconds", "articles/s", "MB/s", "x floor", "growth", "heap MB", "GC s");
    lines.add(header);
    lines.add("-".repeat(header.length()));
    for (StageTiming t : timings) {
      lines.add(String.format(Locale.ROOT, "%-9s %5s %8d %8.1f %9.2f %10.0f %7.2f %8s %6s %9.0f %8.2f", t.stage(),
          "x" + t.scale(), t.articles(), t.bytes() / (1024.0 * 1024.0), t.seconds(), t.articlesPerSecond(),
          t.mbPerSecond(), floorRatio(t).map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("-"),
          growth(t).map(g -> String.format(Locale.ROOT, "%.2f", g)).orElse("-"), t.peakHeapMb(), t.gcSeconds()));
    }
    return lines;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("environment", environment);
    m.put("floor_stage", floorStage);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StageTiming t : timings) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("stage", t.stage());
      r.put("scale", t.scale());
      r.put("articles", t.articles());
      r.put("bytes", t.bytes());
      r.put("seconds", round(t.seconds()));
      r.put("articles_per_second", round(t.articlesPerSecond()));
      r.put("mb_per_second", round(t.mbPerSecond()));
      r.put("ratio_to_floor", floorRatio(t).map(BenchReport::round).orElse(null));
      r.put("growth", growth(t).map(BenchReport::round).orElse(null));
      r.put("peak_heap_mb", round(t.peakHeapMb()));
      r.put("gc_seconds", round(t.gcSeconds()));
      rows.add(r);
    }
    m.put("timings", rows);
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
