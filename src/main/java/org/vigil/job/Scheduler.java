package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Fires jobs on their cron schedules. Runs go through one worker thread, one after the other (they
 * share the home and its lock); a job whose previous run is still queued or running when it is due
 * again is skipped for that time, so a job never overlaps itself.
 */
public final class Scheduler implements AutoCloseable {

    /** A job due on {@code cron} in {@code zone}. */
    public record Entry(String name, CronExpression cron, ZoneId zone) {
        /** The first time after {@code now} the job is due. */
        public ZonedDateTime next(ZonedDateTime now) {
            return cron.next(now.withZoneSameInstant(zone));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "vigil-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> new Thread(r, "vigil-worker"));
    private final Map<String, ZonedDateTime> nextRuns = new ConcurrentHashMap<>();
    private final Map<String, Boolean> busy = new ConcurrentHashMap<>();
    private final Consumer<Entry> run;

    /** @param run runs one job now, on the worker thread; its exceptions are logged, never fatal */
    public Scheduler(List<Entry> entries, Consumer<Entry> run) {
        this.run = run;
        entries.forEach(entry -> scheduleNext(entry, ZonedDateTime.now(entry.zone())));
    }

    /** When each job is next due. */
    public Map<String, ZonedDateTime> nextRuns() {
        return Map.copyOf(nextRuns);
    }

    /** Whether a run of the job is queued or in progress. */
    public boolean isBusy(String name) {
        return busy.getOrDefault(name, false);
    }

    /** Schedules the job's first due time after {@code after} (or after now, if that is later). */
    private void scheduleNext(Entry entry, ZonedDateTime after) {
        ZonedDateTime now = ZonedDateTime.now(entry.zone());
        // A timer may fire a little early; counting from the time just due keeps it from firing twice.
        ZonedDateTime next = entry.next(now.isAfter(after) ? now : after);
        if (next == null) {
            log.warn("{}: schedule '{}' never fires again", entry.name(), entry.cron());
            nextRuns.remove(entry.name());
            return;
        }
        nextRuns.put(entry.name(), next);
        long delay = Math.max(0, Duration.between(now, next).toMillis());
        timer.schedule(() -> fire(entry, next), delay, TimeUnit.MILLISECONDS);
    }

    private void fire(Entry entry, ZonedDateTime due) {
        if (busy.putIfAbsent(entry.name(), true) != null) {
            log.warn("{}: due again while its previous run is still going; skipped this time", entry.name());
        } else {
            try {
                worker.execute(() -> {
                    try {
                        run.accept(entry);
                    } catch (RuntimeException e) {
                        log.error("{}: scheduled run failed: {}", entry.name(), e.getMessage(), e);
                    } finally {
                        busy.remove(entry.name());
                    }
                });
            } catch (RejectedExecutionException e) {
                busy.remove(entry.name());
                return; // shutting down
            }
        }
        scheduleNext(entry, due);
    }

    /**
     * Stops firing and lets the run in progress (already asked to stop by the caller) finish, waiting
     * at most {@code patience}.
     *
     * @return whether the worker finished in time
     */
    public boolean shutdown(Duration patience) throws InterruptedException {
        timer.shutdownNow();
        // Runs still waiting are dropped; the one in progress is never interrupted (that would break its
        // database connection mid-chunk), it stops at its next chunk boundary.
        worker.getQueue().clear();
        worker.shutdown();
        return worker.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        shutdown(Duration.ZERO);
    }
}
