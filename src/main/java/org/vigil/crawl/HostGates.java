package org.vigil.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-host politeness: at most {@code maxConnections} requests to one host at a time, and their
 * starts at least the host's delay apart. Different hosts never wait for each other.
 */
public class HostGates {

    private final boolean polite;
    private final int maxConnections;
    private final long defaultDelayNanos;
    private final Map<String, Gate> gates = new HashMap<>();

    private static final class Gate {
        int active;
        long nextStart;
        long delayNanos;
    }

    /** @param polite false lets every request through at once (loopback benchmarks only) */
    public HostGates(boolean polite, int maxConnections, Duration delay) {
        this.polite = polite;
        this.maxConnections = maxConnections;
        this.defaultDelayNanos = delay.toNanos();
    }

    /** Raises one host's delay, e.g. to its robots.txt Crawl-delay; never lowers it below the job's. */
    public synchronized void setDelay(String host, Duration delay) {
        Gate gate = gate(host);
        gate.delayNanos = Math.max(defaultDelayNanos, delay.toNanos());
    }

    /** Waits until a request to {@code host} may start; pair every call with {@link #leave(String)}. */
    public void enter(String host) throws InterruptedException {
        if (!polite) {
            return;
        }
        synchronized (this) {
            Gate gate = gate(host);
            while (true) {
                long now = System.nanoTime();
                if (gate.active < maxConnections && now >= gate.nextStart) {
                    gate.active++;
                    gate.nextStart = now + gate.delayNanos;
                    return;
                }
                long waitNanos = gate.active < maxConnections ? gate.nextStart - now : 50_000_000L;
                wait(Math.max(1, waitNanos / 1_000_000), 0);
            }
        }
    }

    public void leave(String host) {
        if (!polite) {
            return;
        }
        synchronized (this) {
            gate(host).active--;
            notifyAll();
        }
    }

    /** How long a request to {@code host} would have to wait now; 0 when it could start. */
    public synchronized long waitNanos(String host) {
        if (!polite) {
            return 0;
        }
        Gate gate = gate(host);
        if (gate.active >= maxConnections) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, gate.nextStart - System.nanoTime());
    }

    private Gate gate(String host) {
        return gates.computeIfAbsent(host, h -> {
            Gate gate = new Gate();
            gate.delayNanos = defaultDelayNanos;
            return gate;
        });
    }
}
