package org.vigil.job;

import org.vigil.archive.ArchiveRef;
import org.vigil.archive.HttpExchange;
import org.vigil.archive.WarcFileWriter;
import org.vigil.crawl.HtmlPage;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Archives exchanges and indexes them in the catalog. The WARC records are written first and
 * {@link #sync() synced} before the transaction that indexes them commits, so the catalog never
 * points at nothing; what a crash leaves in the archive but not in the catalog is recovered from
 * the WARC files at the start of the next harvest. Captures are indexed in one batch per sync, as a
 * statement per page would cost more than fetching it.
 */
public class Archivist {

    private final WarcFileWriter warc;
    private final CaptureRepository captures;
    /** Archived since the last sync, not indexed yet. */
    private final List<CaptureRepository.Indexed> unindexed = new ArrayList<>();

    public Archivist(WarcFileWriter warc, CaptureRepository captures) {
        this.warc = warc;
        this.captures = captures;
    }

    /**
     * Archives one exchange. With {@code revisits}, an answer whose payload is already archived for
     * the same URL (304 Not Modified, or the same payload digest) becomes a revisit record.
     *
     * @param page     the parsed page when the exchange is an HTML 200 (outlinks and canonical URL go
     *                 into the metadata record), or null
     * @param metadata further metadata fields (e.g. attempts, via)
     */
    public synchronized void archive(HttpExchange exchange, String source, Capture.Kind kind, HtmlPage page,
                                        Map<String, List<String>> metadata, boolean revisits) {
        WarcFileWriter.Annotations annotations = annotations(source, kind, page, metadata);
        Optional<CaptureRepository.Original> original = Optional.empty();
        if (revisits) {
            flushIndex();
            original = captures.lastOriginal(exchange.uri().toString());
        }
        boolean notModified = exchange.status() == 304;
        boolean sameDigest = exchange.status() == 200 && !exchange.truncated() && original.isPresent()
                && original.get().capture().archive().payloadDigest().equals(
                WarcFileWriter.payloadDigest(exchange.body()));
        if (original.isPresent() && (notModified || sameDigest)) {
            Capture before = original.get().capture();
            ArchiveRef ref = warc.writeRevisit(exchange, new WarcFileWriter.Original(URI.create(before.url()),
                    before.capturedAt().toInstant(), before.archive()), notModified, annotations);
            index(exchange, source, kind, ref, true, canonical(page));
            return;
        }
        archive(WarcFileWriter.prepareResponse(exchange, annotations), source, kind, canonical(page));
    }

    /**
     * Serialises an exchange as a full capture without touching the archive: the costly part of
     * archiving, which fetch threads do in parallel before {@link #archive(WarcFileWriter.Prepared,
     * String, Capture.Kind, String)} appends it.
     */
    public static WarcFileWriter.Prepared prepare(HttpExchange exchange, String source, Capture.Kind kind,
                                                  HtmlPage page, Map<String, List<String>> metadata) {
        return WarcFileWriter.prepareResponse(exchange, annotations(source, kind, page, metadata));
    }

    /** Appends a prepared capture to the archive and indexes it. */
    public synchronized void archive(WarcFileWriter.Prepared prepared, String source, Capture.Kind kind,
                                        String canonical) {
        index(prepared.exchange(), source, kind, warc.append(prepared), false, canonical);
    }

    /** Queues an archived record's catalog row until the next {@link #flushIndex()}. */
    private void index(HttpExchange exchange, String source, Capture.Kind kind, ArchiveRef ref, boolean revisit,
                       String canonical) {
        Capture capture = new Capture(exchange.uri().toString(), source, kind,
                exchange.fetchedAt().atOffset(ZoneOffset.UTC), exchange.status(), exchange.responseHeader("Content-Type"),
                ref);
        unindexed.add(new CaptureRepository.Indexed(capture, new Capture.Details(revisit, canonical,
                exchange.responseHeader("ETag"), exchange.responseHeader("Last-Modified"))));
    }

    /** Whether an article with this URL or canonical URL is archived, this batch included. */
    public synchronized boolean hasArticle(String url) {
        flushIndex();
        return captures.hasArticle(url);
    }

    /** Writes the catalog rows of what was archived since the last flush, in one batch. */
    private void flushIndex() {
        captures.addAll(unindexed);
        unindexed.clear();
    }

    private static String canonical(HtmlPage page) {
        return page == null || page.canonical() == null ? null : page.canonical().toString();
    }

    private static WarcFileWriter.Annotations annotations(String source, Capture.Kind kind, HtmlPage page,
                                                          Map<String, List<String>> metadata) {
        Map<String, List<String>> fields = new LinkedHashMap<>(metadata);
        if (page != null) {
            fields.put("charset", List.of(page.charset().name()));
            if (page.canonical() != null) {
                fields.put("canonical", List.of(page.canonical().toString()));
            }
            fields.put("outlink", page.links().stream().map(URI::toString).toList());
        }
        return new WarcFileWriter.Annotations(source, kind.name().toLowerCase(java.util.Locale.ROOT), fields);
    }

    /**
     * Makes everything archived so far durable and indexes it; call before committing the catalog
     * transaction.
     */
    public synchronized void sync() {
        warc.sync();
        flushIndex();
    }
}
