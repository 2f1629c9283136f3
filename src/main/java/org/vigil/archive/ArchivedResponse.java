package org.vigil.archive;

import java.net.URI;
import java.time.Instant;

/**
 * An HTTP response read back from the archive.
 *
 * @param uri         the target URI of the record
 * @param capturedAt  the record's WARC-Date
 * @param status      HTTP status code
 * @param contentType the response's Content-Type header, or null
 * @param payload     the response body as archived, with any Content-Encoding undone
 * @param ref         where the record lives
 */
public record ArchivedResponse(URI uri, Instant capturedAt, int status, String contentType, byte[] payload,
                               ArchiveRef ref) {
}
