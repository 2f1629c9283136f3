package org.vigil.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.util.List;

/** Harvest failures: what could not be fetched, when, after how many attempts, and why. */
public class FailureRepository {

    public record Failure(String url, String sourceName, OffsetDateTime failedAt, int attempts, String reason) {
    }

    private final JdbcClient jdbc;

    public FailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Failure failure) {
        jdbc.sql("INSERT INTO harvest_failure (url, source_name, failed_at, attempts, reason) VALUES (?, ?, ?, ?, ?)")
                .params(failure.url(), failure.sourceName(), failure.failedAt(), failure.attempts(),
                        FrontierRepository.truncate(failure.reason()))
                .update();
    }

    /** Failures recorded at or after {@code since}, oldest first. */
    public List<Failure> since(OffsetDateTime since) {
        return jdbc.sql("""
                        SELECT url, source_name, failed_at, attempts, reason FROM harvest_failure
                        WHERE failed_at >= ? ORDER BY failed_at, id""")
                .param(since)
                .query((rs, n) -> new Failure(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getInt(4), rs.getString(5)))
                .list();
    }
}
