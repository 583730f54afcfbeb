package dev.vsplit.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Peak heap of each iteration, in MiB ({@code -prof dev.vsplit.benchmarks.HeapProfiler}):
 *
 * <ul>
 *   <li>{@code heap.peak}: the most heap in use, sampled every millisecond (garbage not yet
 *       collected included, so it depends on {@code -Xmx} and the collector);
 *   <li>{@code heap.afterGc}: the most heap still in use right after a collection (the heap's pools
 *       only, not the JIT's code or class metadata): what the phase keeps alive at once, the number
 *       that decides whether it fits.
 * </ul>
 */
public final class HeapProfiler implements InternalProfiler {

  private static final double MIB = 1024.0 * 1024.0;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong afterGc = new AtomicLong();
  private volatile boolean sampling;
  private Thread sampler;
  private boolean listening;

  @Override
  public String getDescription() {
    return "peak heap in use (sampled) and after collections, in MiB";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    if (!listening) {
      listening = true;
      Set<String> heapPools = new HashSet<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      NotificationListener listener =
          (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                notification.getType())) {
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from(
                      (CompositeData) notification.getUserData());
              long used = 0;
              // Every pool's usage is reported, the JIT's code and the class metadata included
              // (some 40 MiB): only the heap's pools count.
              for (Map.Entry<String, MemoryUsage> u :
                  info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(u.getKey())) {
                  used += u.getValue().getUsed();
                }
              }
              afterGc.accumulateAndGet(used, Math::max);
            }
          };
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(listener, null, null);
        }
      }
    }
    peak.set(0);
    afterGc.set(0);
    sampling = true;
    sampler =
        new Thread(
            () -> {
              while (sampling) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "vsplit-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    sampling = false;
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    return List.of(
        new ScalarResult("heap.peak", peak.get() / MIB, "MiB", AggregationPolicy.MAX),
        new ScalarResult("heap.afterGc", afterGc.get() / MIB, "MiB", AggregationPolicy.MAX));
  }
}
