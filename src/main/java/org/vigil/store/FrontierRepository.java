package org.vigil.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * URLs waiting to be fetched. A harvest first discovers into the frontier, then fetches from it, so a
 * run that stops half-way resumes with exactly the URLs it had not finished.
 */
public class FrontierRepository {

    /** A URL to fetch and the source that listed it. */
    public record Entry(String url, String sourceName) {
    }

    private final JdbcClient jdbc;

    public FrontierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a URL unless it is already queued; returns whether it was new. */
    public boolean offer(String url, String sourceName, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO frontier (url, source_name, discovered_at, state, attempts)
                        SELECT ?, ?, ?, 'pending', 0 FROM (VALUES (1)) AS one(x)
                        WHERE NOT EXISTS (SELECT 1 FROM frontier WHERE url = ?)""")
                .params(url, sourceName, now, url).update() > 0;
    }

    /** Puts a URL that failed on an earlier night back in the queue for another try. */
    public void retry(String url) {
        jdbc.sql("UPDATE frontier SET state = 'pending' WHERE url = ? AND state = 'failed'").param(url).update();
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

    public void done(String url, int attempts) {
        jdbc.sql("UPDATE frontier SET state = 'done', attempts = attempts + ?, last_error = NULL WHERE url = ?")
                .params(attempts, url).update();
    }

    /** A URL that could not be fetched after {@code attempts} requests; it is tried again next run. */
    public void failed(String url, String reason, int attempts) {
        jdbc.sql("UPDATE frontier SET state = 'failed', attempts = attempts + ?, last_error = ? WHERE url = ?")
                .params(attempts, truncate(reason), url).update();
    }

    /** A URL that is deliberately not archived (robots.txt, not HTML, a duplicate): not a failure. */
    public void skipped(String url, String reason) {
        jdbc.sql("UPDATE frontier SET state = 'skipped', attempts = attempts + 1, last_error = ? WHERE url = ?")
                .params(truncate(reason), url).update();
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
