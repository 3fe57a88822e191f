package org.borderwatch.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap and GC time of this JVM between {@link #reset()} and {@link #peakHeapMb()}. In local mode
 * the driver JVM hosts the executors, so this is the whole job's heap. The peak is the sum of the
 * heap pools' own peaks (eden, survivor, old), which can exceed the true simultaneous peak by up to
 * one young generation: an upper bound.
 */
public final class HeapProbe {
  private static final double MB = 1024.0 * 1024.0;
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();
  private long gcMillisAtReset;

  public void reset() {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    gcMillisAtReset = gcMillis();
  }

  public double peakHeapMb() {
    return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }

  public double gcSeconds() {
    return (gcMillis() - gcMillisAtReset) / 1000.0;
  }

  public static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / MB;
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
  }
}
