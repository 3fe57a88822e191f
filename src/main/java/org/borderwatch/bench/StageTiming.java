package org.borderwatch.bench;

/** One timed stage at one scale: its input (articles, corpus bytes), wall time, peak heap and GC time. */
public record StageTiming(String stage, int scale, int articles, long bytes, double seconds, double peakHeapMb,
    double gcSeconds) {

  public double articlesPerSecond() {
    return seconds == 0 ? 0 : articles / seconds;
  }

  public double mbPerSecond() {
    return seconds == 0 ? 0 : bytes / (1024.0 * 1024.0) / seconds;
  }
}
