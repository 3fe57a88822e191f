package org.borderwatch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use right after any garbage collection while it is open: what a computation kept live at its
 * fullest, which a JVM must have room for. {@link HeapProbe}'s pool peaks bound it from above, since they include
 * garbage not yet collected.
 */
public final class LiveHeapPeak implements AutoCloseable {
  private static final double MB = 1024.0 * 1024.0;
  private final AtomicLong peak = new AtomicLong();
  private final List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
      .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
  private final NotificationListener listener = this::onGc;

  public LiveHeapPeak() {
    emitters.forEach(e -> e.addNotificationListener(listener, null, null));
  }

  public double peakMb() {
    return peak.get() / MB;
  }

  private void onGc(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
        .filter(e -> isHeapPool(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    peak.accumulateAndGet(used, Math::max);
  }

  private static boolean isHeapPool(String pool) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // never added to this collector
      }
    }
  }
}
