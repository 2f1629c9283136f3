package org.vigil.report;

/**
 * The size of the archive behind a briefing, as the catalog counts it at briefing time.
 *
 * @param captures  HTTP captures (response records) in the WARC files
 * @param articles  articles extracted from those captures
 * @param warcFiles WARC files in {@code archive/warc/}
 */
public record ArchiveFigures(long captures, long articles, long warcFiles) {
}
