package org.vigil.store;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.archive.ArchiveRef;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The catalog's index of archived responses. */
public class CaptureRepository {

    static final RowMapper<Capture> ROW = (rs, n) -> new Capture(
            rs.getString("url"), rs.getString("source_name"),
            Capture.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
            rs.getObject("captured_at", OffsetDateTime.class), rs.getInt("http_status"),
            rs.getString("content_type"),
            new ArchiveRef(rs.getString("warc_file"), rs.getLong("warc_offset"), rs.getString("record_id"),
                    rs.getString("payload_digest")));

    private final JdbcClient jdbc;

    public CaptureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Capture capture) {
        jdbc.sql("""
                        INSERT INTO capture (record_id, url, source_name, kind, captured_at, http_status, content_type,
                                             warc_file, warc_offset, payload_digest)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(capture.archive().recordId(), capture.url(), capture.sourceName(),
                        capture.kind().name().toLowerCase(Locale.ROOT), capture.capturedAt(), capture.httpStatus(),
                        capture.contentType(), capture.archive().file(), capture.archive().offset(),
                        capture.archive().payloadDigest())
                .update();
    }

    /** Whether this URL was already archived with an answer (2xx or a redirect): then it is not fetched again. */
    public boolean hasArticle(String url) {
        return jdbc.sql("SELECT COUNT(*) FROM capture WHERE url = ? AND kind = 'article' AND http_status < 400")
                .param(url).query(Integer.class).single() > 0;
    }

    public Optional<Capture> find(String recordId) {
        return jdbc.sql("SELECT * FROM capture WHERE record_id = ?").param(recordId).query(ROW).optional();
    }

    /** Successful article captures that have no extracted article yet, oldest first. */
    public List<String> articlesToNormalize() {
        return jdbc.sql("""
                        SELECT c.record_id FROM capture c
                        WHERE c.kind = 'article' AND c.http_status = 200
                          AND NOT EXISTS (SELECT 1 FROM article a WHERE a.record_id = c.record_id)
                        ORDER BY c.captured_at, c.record_id""")
                .query(String.class).list();
    }

    public List<Capture> findAll(Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM capture WHERE record_id IN (:ids) ORDER BY captured_at, record_id")
                .param("ids", recordIds).query(ROW).list();
    }

    public int count(Capture.Kind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM capture WHERE kind = ?")
                .param(kind.name().toLowerCase(Locale.ROOT)).query(Integer.class).single();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM capture").query(Integer.class).single();
    }

    public int countWarcFiles() {
        return jdbc.sql("SELECT COUNT(DISTINCT warc_file) FROM capture").query(Integer.class).single();
    }
}
