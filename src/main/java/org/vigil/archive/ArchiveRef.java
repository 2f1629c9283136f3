package org.vigil.archive;

/**
 * Where a record lives in the archive: enough to read it back byte for byte and to cite it.
 *
 * @param file          WARC file name (relative to {@code archive/warc/})
 * @param offset        byte offset of the record's gzip member in that file
 * @param recordId      the record's {@code WARC-Record-ID}, e.g. {@code <urn:uuid:...>}
 * @param payloadDigest the record's {@code WARC-Payload-Digest}, e.g. {@code sha1:...}
 */
public record ArchiveRef(String file, long offset, String recordId, String payloadDigest) {
}
