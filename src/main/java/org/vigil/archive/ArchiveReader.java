package org.vigil.archive;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Reads archived responses back from the WARC files of one directory, by reference. */
public class ArchiveReader {

    /** Decoded payloads are cut here: a small gzip body can expand without bound. */
    private static final int MAX_DECODED_BYTES = 64 << 20;

    private final Path directory;

    public ArchiveReader(Path directory) {
        this.directory = directory;
    }

    /**
     * Reads the response record {@code ref} points at.
     *
     * @throws ArchiveException if the file or record is missing, damaged, or not the record referenced
     */
    public ArchivedResponse read(ArchiveRef ref) {
        Path file = directory.resolve(ref.file());
        try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
            reader.position(ref.offset());
            WarcRecord record = reader.next().orElseThrow(
                    () -> new ArchiveException(file + ": no record at offset " + ref.offset()));
            if (!(record instanceof WarcResponse response) || !record.id().toString().equals(ref.recordId())) {
                throw new ArchiveException(file + ": offset " + ref.offset() + " holds " + record.type() + " "
                        + record.id() + ", not response " + ref.recordId());
            }
            HttpResponse http = response.http();
            byte[] payload = ContentEncoding.decode(http.headers().first("Content-Encoding").orElse(null),
                    http.body().stream().readAllBytes(), MAX_DECODED_BYTES);
            return new ArchivedResponse(response.targetURI(), response.date(), http.status(),
                    http.headers().first("Content-Type").orElse(null), payload, ref);
        } catch (IOException e) {
            throw new ArchiveException(file + ": cannot read record at offset " + ref.offset() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The archive cannot give back what was asked for. */
    public static class ArchiveException extends UncheckedIOException {
        public ArchiveException(String message) {
            super(message, new IOException(message));
        }

        public ArchiveException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
