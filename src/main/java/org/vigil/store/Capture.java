package org.vigil.store;

import org.vigil.archive.ArchiveRef;

import java.time.OffsetDateTime;

/** One archived response, as the catalog indexes it. */
public record Capture(String url, String sourceName, Kind kind, OffsetDateTime capturedAt, int httpStatus,
                      String contentType, ArchiveRef archive) {

    /** What a capture was fetched as: only articles are normalized. */
    public enum Kind { ARTICLE, FEED, PAGE }
}
