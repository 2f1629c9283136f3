package org.vigil.report;

import org.vigil.archive.ArchiveRef;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One archived article a briefing cites, for the appendix.
 *
 * @param published publication time from the article, or null when it had none
 * @param captured  when the page was fetched into the archive
 */
public record SourceArticle(String url, String outlet, String title, OffsetDateTime published, Instant captured,
                            ArchiveRef archive) {
    public SourceArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(archive, "archive");
    }
}
