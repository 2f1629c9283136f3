package org.vigil.store;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * URLs waiting to be fetched. A harvest first discovers into the frontier, then fetches from it, so a
 * run that stops half-way resumes with exactly the URLs it had not finished.
 */
public class FrontierRepository {

    /** A URL to fetch and the source that listed it. */
    public record Entry(String url, String sourceName) {
    }

    /** What became of a fetched URL, and why. */
    public record Outcome(String url, State state, int attempts, String reason) {

        public enum State { DONE, FAILED, SKIPPED }

        public static Outcome done(String url, int attempts) {
            return new Outcome(url, State.DONE, attempts, null);
        }

        /** A URL that could not be fetched after {@code attempts} requests; it is tried again next run. */
        public static Outcome failed(String url, String reason, int attempts) {
            return new Outcome(url, State.FAILED, attempts, reason);
        }

        /** A URL that is deliberately not archived (robots.txt, not HTML, a duplicate): not a failure. */
        public static Outcome skipped(String url, String reason) {
            return new Outcome(url, State.SKIPPED, 1, reason);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    public FrontierRepository(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
    }

    /**
     * Queues the URLs not queued yet, in one batch, putting those that failed on an earlier night back
     * in the queue for another try; returns how many were new.
     */
    public int offer(List<String> urls, String sourceName, OffsetDateTime now) {
        batch.batchUpdate("UPDATE frontier SET state = 'pending' WHERE url = ? AND state = 'failed'",
                urls.stream().map(url -> new Object[] {url}).toList());
        int[] inserted = batch.batchUpdate("""
                        INSERT INTO frontier (url, source_name, discovered_at, state, attempts)
                        SELECT ?, ?, ?, 'pending', 0 FROM (VALUES (1)) AS one(x)
                        WHERE NOT EXISTS (SELECT 1 FROM frontier WHERE url = ?)""",
                urls.stream().map(url -> new Object[] {url, sourceName, now, url}).toList());
        return (int) Arrays.stream(inserted).filter(n -> n > 0).count();
    }

    /**
     * The URLs of these sources waiting to be fetched. Hosts that share one catalog each harvest
     * their own sources, so each reads only its own share of the frontier.
     */
    public List<Entry> pending(Collection<String> sourceNames) {
        return jdbc.sql("""
                        SELECT url, source_name FROM frontier WHERE state = 'pending' AND source_name IN (:sources)
                        ORDER BY discovered_at, url""")
                .param("sources", sourceNames)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2))).list();
    }

    /** Records what became of fetched URLs, in one batch. */
    public void record(List<Outcome> outcomes) {
        if (!outcomes.isEmpty()) {
            batch.batchUpdate("UPDATE frontier SET state = ?, attempts = attempts + ?, last_error = ? WHERE url = ?",
                    outcomes.stream().map(o -> new Object[] {o.state().name().toLowerCase(Locale.ROOT), o.attempts(),
                            o.reason() == null ? null : truncate(o.reason()), o.url()}).toList());
        }
    }

    /** Marks a URL done whose capture is found in the archive (recovery after a crash); returns whether it was pending. */
    public boolean recovered(String url) {
        return jdbc.sql("UPDATE frontier SET state = 'done', last_error = NULL WHERE url = ? AND state <> 'done'")
                .param(url).update() > 0;
    }

    public int count(String state) {
        return jdbc.sql("SELECT COUNT(*) FROM frontier WHERE state = ?").param(state).query(Integer.class).single();
    }

    static String truncate(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }
}
