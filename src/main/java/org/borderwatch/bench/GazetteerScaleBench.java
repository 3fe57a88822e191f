package org.borderwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.borderwatch.geo.GazetteerCache;
import org.borderwatch.geo.GazetteerFiles;
import org.borderwatch.geo.GazetteerOptions;
import org.borderwatch.geo.GeoNamesKnowledge;

/**
 * Loads a gazetteer folder twice through a {@link GazetteerCache} that starts empty: a first run (fingerprint,
 * build, cache write) and a later run (fingerprint, cache read). Each step reports wall time, peak heap while it
 * ran ({@link HeapProbe}, an upper bound; {@link LiveHeapPeak}, the most in use after any GC) and the heap the
 * loaded index retains: heap in use after a full GC with the index reachable, less the heap in use before.
 */
public final class GazetteerScaleBench {
  private static final double MB = 1024.0 * 1024.0;

  /** One step's figures. */
  public record Step(String name, double seconds, double peakHeapMb, double peakLiveMb, double retainedMb) {
    @Override
    public String toString() {
      // no collection ran during a short step: no figure rather than a zero
      String live = peakLiveMb > 0 ? String.format("%,7.0f MB", peakLiveMb) : "      - MB";
      return String.format("%-11s %8.1f s  peak heap %,7.0f MB  peak after GC %s  retained %,7.0f MB", name, seconds,
          peakHeapMb, live, retainedMb);
    }
  }

  /** Both steps, the build alone (from the load report) and what was indexed. */
  public record Result(int places, int names, double buildSeconds, Step firstRun, Step cacheLoad) {}

  private GazetteerScaleBench() {}

  public static Result run(GazetteerFiles files, GazetteerOptions options, GazetteerCache.Store cacheStore,
      Consumer<String> progress) {
    GazetteerCache cache = new GazetteerCache(cacheStore);
    HeapProbe probe = new HeapProbe();
    Measured first = measure("first run", probe, () -> cache.load(files, options));
    if (first.loaded().fromCache()) {
      throw new IllegalStateException("the cache must start empty to measure a build");
    }
    progress.accept(first.step() + "; " + first.loaded().knowledge().loadReport());
    GeoNamesKnowledge built = first.loaded().knowledge();
    Result partial = new Result(built.gazetteer().size(), built.gazetteer().nameCount(),
        built.loadReport().millis() / 1000.0, first.step(), null);
    // dropped so that the cache load is measured without the built index on the heap
    first = null;
    built = null;
    Measured later = measure("cache load", probe, () -> cache.load(files, options));
    progress.accept(later.step() + "; " + later.loaded().knowledge().loadReport());
    return new Result(partial.places(), partial.names(), partial.buildSeconds(), partial.firstRun(), later.step());
  }

  private record Measured(Step step, GazetteerCache.Loaded loaded) {}

  private static Measured measure(String name, HeapProbe probe, Supplier<GazetteerCache.Loaded> load) {
    double before = usedAfterGc();
    probe.reset();
    long start = System.nanoTime();
    GazetteerCache.Loaded loaded;
    double seconds;
    double live;
    try (LiveHeapPeak liveHeap = new LiveHeapPeak()) {
      loaded = load.get();
      seconds = seconds(start);
      live = liveHeap.peakMb();
    }
    double peak = probe.peakHeapMb();
    Step step = new Step(name, seconds, peak, live, usedAfterGc() - before);
    Reference.reachabilityFence(loaded);
    return new Measured(step, loaded);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
  }
}
