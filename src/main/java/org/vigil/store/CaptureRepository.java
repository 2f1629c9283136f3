package org.vigil.store;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.archive.ArchiveRef;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The catalog's index of archived responses. */
public class CaptureRepository {

    static final RowMapper<Capture> ROW = (rs, n) -> new Capture(
            rs.getString("url"), rs.getString("source_name"),
            Capture.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
            rs.getObject("captured_at", OffsetDateTime.class), rs.getInt("http_status"),
            rs.getString("content_type"),
            new ArchiveRef(rs.getString("warc_file"), rs.getLong("warc_offset"), rs.getString("record_id"),
                    rs.getString("payload_digest")));

    private static final String INSERT = """
            INSERT INTO capture (record_id, url, source_name, kind, captured_at, http_status, content_type,
                                 warc_file, warc_offset, payload_digest, record_type, canonical_url, etag,
                                 last_modified)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one(x)
            WHERE NOT EXISTS (SELECT 1 FROM capture WHERE record_id = ?)""";
    /** URLs per query of {@link #archivedArticles}: well below any database's limit on parameters. */
    private static final int LOOKUP_CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcOperations batch;

    public CaptureRepository(JdbcOperations jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batch = jdbc;
    }

    /** A capture with the details the harvest indexes along with it. */
    public record Indexed(Capture capture, Capture.Details details) {
    }

    public void add(Capture capture) {
        add(capture, Capture.Details.NONE);
    }

    /**
     * Indexes a capture unless its record is indexed already, so indexing the same WARC file twice is
     * harmless; returns whether it was new.
     */
    public boolean add(Capture capture, Capture.Details details) {
        return jdbc.sql(INSERT).params(columns(new Indexed(capture, details))).update() > 0;
    }

    /** Indexes captures as {@link #add(Capture, Capture.Details)} does, in one batch. */
    public void addAll(List<Indexed> captures) {
        if (!captures.isEmpty()) {
            batch.batchUpdate(INSERT, captures.stream().map(CaptureRepository::columns).toList());
        }
    }

    private static Object[] columns(Indexed indexed) {
        Capture capture = indexed.capture();
        Capture.Details details = indexed.details();
        return new Object[] {capture.archive().recordId(), capture.url(), capture.sourceName(),
                capture.kind().name().toLowerCase(Locale.ROOT), capture.capturedAt(), capture.httpStatus(),
                clip(capture.contentType(), 200), capture.archive().file(), capture.archive().offset(),
                capture.archive().payloadDigest(), details.revisit() ? "revisit" : "response",
                clip(details.canonicalUrl(), 4096), clip(details.etag(), 1000),
                clip(details.lastModified(), 100), capture.archive().recordId()};
    }

    /**
     * Whether this URL, or a page declaring it canonical, was already archived with an answer (2xx or
     * a redirect): then it is not fetched again.
     */
    public boolean hasArticle(String url) {
        return !archivedArticles(List.of(url)).isEmpty();
    }

    /**
     * Those of {@code urls} that {@link #hasArticle(String) are archived already}. Two indexed lookups
     * rather than one with {@code url = ? OR canonical_url = ?}, which databases answer with a scan of
     * the whole table: discovery asks about every link of every listing, every night.
     */
    public Set<String> archivedArticles(Collection<String> urls) {
        Set<String> archived = new HashSet<>();
        List<String> all = new ArrayList<>(urls);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            archived.addAll(jdbc.sql("""
                            SELECT url FROM capture WHERE url IN (:urls) AND kind = 'article' AND http_status < 400
                            UNION
                            SELECT canonical_url FROM capture
                            WHERE canonical_url IN (:urls) AND kind = 'article' AND http_status < 400""")
                    .param("urls", chunk).query(String.class).list());
        }
        return archived;
    }

    /** The last full 200 response archived for a URL and its validators: what a revisit refers to. */
    public record Original(Capture capture, String etag, String lastModified) {
    }

    public Optional<Original> lastOriginal(String url) {
        return jdbc.sql("""
                        SELECT * FROM capture WHERE url = ? AND record_type = 'response' AND http_status = 200
                        ORDER BY captured_at DESC, record_id FETCH FIRST 1 ROW ONLY""")
                .param(url)
                .query((rs, n) -> new Original(ROW.mapRow(rs, n), rs.getString("etag"), rs.getString("last_modified")))
                .optional();
    }

    /** How many records of one WARC file the catalog indexes. */
    public int countInFile(String warcFile) {
        return jdbc.sql("SELECT COUNT(*) FROM capture WHERE warc_file = ?").param(warcFile).query(Integer.class)
                .single();
    }

    public boolean contains(String recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM capture WHERE record_id = ?").param(recordId).query(Integer.class)
                .single() > 0;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Optional<Capture> find(String recordId) {
        return jdbc.sql("SELECT * FROM capture WHERE record_id = ?").param(recordId).query(ROW).optional();
    }

    /**
     * Successful article captures of these sources that have no extracted article yet, oldest first.
     * A host sharing the catalog normalizes only its own sources: it holds only their WARC files.
     */
    public List<String> articlesToNormalize(Collection<String> sourceNames) {
        return jdbc.sql("""
                        SELECT c.record_id FROM capture c
                        WHERE c.kind = 'article' AND c.http_status = 200 AND c.source_name IN (:sources)
                          AND NOT EXISTS (SELECT 1 FROM article a WHERE a.record_id = c.record_id)
                        ORDER BY c.captured_at, c.record_id""")
                .param("sources", sourceNames)
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
