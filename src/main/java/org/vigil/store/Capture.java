package org.vigil.store;

import org.vigil.archive.ArchiveRef;

import java.time.OffsetDateTime;

/** One archived response, as the catalog indexes it. */
public record Capture(String url, String sourceName, Kind kind, OffsetDateTime capturedAt, int httpStatus,
                      String contentType, ArchiveRef archive) {

    /** What a capture was fetched as: only articles are normalized. */
    public enum Kind { ARTICLE, FEED, PAGE, SITEMAP, ROBOTS }

    /**
     * What the harvest remembers of a capture beyond what later stages need.
     *
     * @param revisit      whether the record is a revisit (payload archived earlier)
     * @param canonicalUrl the canonical URL the page declares, or null
     * @param etag         the response's ETag, or null
     * @param lastModified the response's Last-Modified, or null
     */
    public record Details(boolean revisit, String canonicalUrl, String etag, String lastModified) {
        public static final Details NONE = new Details(false, null, null, null);
    }
}
