package org.vigil.job;

import org.vigil.crawl.HostGates;
import org.vigil.store.FrontierRepository;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The frontier entries of one fetch step, queued per host. A fetch thread always takes an entry of
 * the host that can be visited soonest and has a connection free, so a slow or delayed host never
 * holds up the others.
 */
final class HostQueue {

    private final Map<String, Deque<FrontierRepository.Entry>> lanes = new LinkedHashMap<>();
    private final Map<String, Integer> active = new HashMap<>();
    private final HostGates gates;
    private final int maxPerHost;
    private int queued;

    HostQueue(Iterable<FrontierRepository.Entry> entries, HostGates gates, int maxPerHost) {
        this.gates = gates;
        this.maxPerHost = maxPerHost;
        for (FrontierRepository.Entry entry : entries) {
            lanes.computeIfAbsent(host(entry), h -> new ArrayDeque<>()).add(entry);
            queued++;
        }
    }

    static String host(FrontierRepository.Entry entry) {
        String host = URI.create(entry.url()).getHost();
        return host == null ? "" : host;
    }

    int size() {
        return queued;
    }

    /** The next entry to fetch, waiting for a host to become free; null when all are handed out. */
    synchronized FrontierRepository.Entry take() throws InterruptedException {
        while (true) {
            String best = null;
            long bestWait = Long.MAX_VALUE;
            boolean any = false;
            for (Map.Entry<String, Deque<FrontierRepository.Entry>> lane : lanes.entrySet()) {
                if (lane.getValue().isEmpty()) {
                    continue;
                }
                any = true;
                if (active.getOrDefault(lane.getKey(), 0) >= maxPerHost) {
                    continue;
                }
                long wait = gates.waitNanos(lane.getKey());
                if (wait < bestWait) {
                    best = lane.getKey();
                    bestWait = wait;
                }
                if (wait == 0) {
                    break;
                }
            }
            if (!any) {
                return null;
            }
            if (best != null) {
                Deque<FrontierRepository.Entry> lane = lanes.get(best);
                FrontierRepository.Entry entry = lane.poll();
                if (lane.isEmpty()) {
                    lanes.remove(best);
                }
                active.merge(best, 1, Integer::sum);
                return entry;
            }
            wait(50);
        }
    }

    synchronized void done(FrontierRepository.Entry entry) {
        active.merge(host(entry), -1, Integer::sum);
        notifyAll();
    }
}
