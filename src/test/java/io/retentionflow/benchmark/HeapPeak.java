package io.retentionflow.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap this JVM used, read at every garbage collection: the most in use just before one, when occupancy is
 * highest (G1 lets the heap fill towards its limit before collecting, so this follows -Xmx more than the product),
 * and the most still in use just after one, the product's live data plus garbage not yet reclaimed. Summing each
 * pool's own peak instead would add peaks from different moments.
 */
final class HeapPeak implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong beforeCollection = new AtomicLong(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    private final AtomicLong afterCollection = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GcInfo collection = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo();
            beforeCollection.accumulateAndGet(heapUsed(collection.getMemoryUsageBeforeGc()), Math::max);
            afterCollection.accumulateAndGet(heapUsed(collection.getMemoryUsageAfterGc()), Math::max);
        }
    };

    HeapPeak() {
        ManagementFactory.getGarbageCollectorMXBeans()
                .forEach(collector -> emitter(collector).addNotificationListener(listener, null, null));
    }

    long mostBeforeCollectionMegabytes() {
        return Math.max(beforeCollection.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()) >> 20;
    }

    long mostAfterCollectionMegabytes() {
        return afterCollection.get() >> 20;
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    @Override
    public void close() {
        ManagementFactory.getGarbageCollectorMXBeans().forEach(collector -> {
            try {
                emitter(collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to remove
            }
        });
    }

    private static NotificationEmitter emitter(GarbageCollectorMXBean collector) {
        return (NotificationEmitter) collector;
    }
}
