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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap this JVM needed. Its live data is read after a full collection, which {@link #recordLiveHeap} forces at the
 * end of each part of the suite: after a young collection the old generation still holds garbage, and G1 lets the heap
 * fill towards its limit before collecting it, so those readings follow -Xmx more than the product. Full collections
 * the JVM had to make on its own are counted: in a heap too small, it makes them again and again.
 */
final class HeapPeak implements AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong mostBeforeCollection = new AtomicLong();
    private final AtomicLong mostLive = new AtomicLong();
    private final AtomicInteger fullCollections = new AtomicInteger();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            GcInfo collection = info.getGcInfo();
            mostBeforeCollection.accumulateAndGet(heapUsed(collection.getMemoryUsageBeforeGc()), Math::max);
            if (info.getGcAction().contains("major") && !"System.gc()".equals(info.getGcCause())) {
                fullCollections.incrementAndGet();
            }
        }
    };

    HeapPeak() {
        ManagementFactory.getGarbageCollectorMXBeans()
                .forEach(collector -> emitter(collector).addNotificationListener(listener, null, null));
    }

    /** Forces a full collection and records what is still in use: the live data at this point of the run. */
    void recordLiveHeap() {
        System.gc();
        mostLive.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    long mostLiveMegabytes() {
        return mostLive.get() >> 20;
    }

    long mostBeforeCollectionMegabytes() {
        return mostBeforeCollection.get() >> 20;
    }

    int fullCollectionsOfItsOwn() {
        return fullCollections.get();
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
