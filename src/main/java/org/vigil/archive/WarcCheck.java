package org.vigil.archive;

import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a WARC file record by record, checking structure and digests, and tells damage in the
 * middle (reported) from a torn tail left by a crash (repairable by truncation). Also lists the
 * capture records of a file, which is how the catalog is rebuilt from the archive alone.
 */
public final class WarcCheck {

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

    private WarcCheck() {
    }

    /** One damaged spot: the offset of the record that cannot be read or does not match its digests. */
    public record Problem(long offset, String message) {
    }

    /**
     * @param records    records read completely and found sound
     * @param problems   damage found, in file order
     * @param tornTailAt offset from which the file holds no readable record (a torn tail), or -1
     */
    public record Report(Path file, int records, List<Problem> problems, long tornTailAt) {
        public boolean clean() {
            return problems.isEmpty();
        }

        /** Whether truncating at {@link #tornTailAt} removes all the damage. */
        public boolean repairable() {
            return tornTailAt >= 0 && problems.stream().allMatch(p -> p.offset() >= tornTailAt);
        }
    }

    /** A response or revisit record as the catalog indexes it. */
    public record CaptureRecord(String recordId, String type, URI uri, Instant date, int status, String contentType,
                                String payloadDigest, long offset, String source, String kind, String etag,
                                String lastModified, String canonical) {
    }

    /** Checks every record of a file. */
    public static Report check(Path file) throws IOException {
        List<Problem> problems = new ArrayList<>();
        int[] sound = {0};
        long tornTailAt = scan(file, true, record -> () -> sound[0]++, problems);
        return new Report(file, sound[0], problems, tornTailAt);
    }

    /** The sound capture records of a file, in order, with the canonical URL their metadata records name. */
    public static List<CaptureRecord> captures(Path file) throws IOException {
        List<CaptureRecord> captures = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        scan(file, false, record -> {
            if (record instanceof WarcResponse || record instanceof WarcRevisit) {
                WarcCaptureRecord capture = (WarcCaptureRecord) record;
                var http = record instanceof WarcResponse r ? r.http() : ((WarcRevisit) record).http();
                CaptureRecord found = new CaptureRecord(record.id().toString(), record.type(), capture.targetURI(),
                            record.date(), http.status(), http.headers().first("Content-Type").orElse(null),
                            capture.payloadDigest().map(WarcDigest::prefixedBase32).orElse(null), record.position(),
                            record.headers().first(WarcFileWriter.SOURCE_FIELD).orElse("unknown"),
                            record.headers().first(WarcFileWriter.KIND_FIELD).orElse("page"),
                            http.headers().first("ETag").orElse(null),
                        http.headers().first("Last-Modified").orElse(null), null);
                return () -> {
                    byId.put(found.recordId(), captures.size());
                    captures.add(found);
                };
            }
            if (record instanceof WarcMetadata metadata) {
                String canonical = metadata.fields().first("canonical").orElse(null);
                return () -> {
                    for (URI about : metadata.concurrentTo()) {
                        Integer at = byId.get(about.toString());
                        if (at != null && canonical != null) {
                            CaptureRecord c = captures.get(at);
                            captures.set(at, new CaptureRecord(c.recordId(), c.type(), c.uri(), c.date(), c.status(),
                                    c.contentType(), c.payloadDigest(), c.offset(), c.source(), c.kind(), c.etag(),
                                    c.lastModified(), canonical));
                        }
                    }
                };
            }
            return () -> { };
        }, new ArrayList<>());
        return captures;
    }

    /**
     * Copies the file into {@code damagedDir} and truncates it at its torn tail.
     *
     * @return the copy
     * @throws IllegalStateException when the report's damage is not a torn tail
     */
    public static Path repair(Report report, Path damagedDir) throws IOException {
        if (!report.repairable()) {
            throw new IllegalStateException(report.file() + ": damage is not confined to a torn tail; not repaired");
        }
        Files.createDirectories(damagedDir);
        Path copy = damagedDir.resolve(report.file().getFileName() + ".damaged-" + System.currentTimeMillis());
        Files.copy(report.file(), copy, StandardCopyOption.COPY_ATTRIBUTES);
        try (FileChannel channel = FileChannel.open(report.file(), StandardOpenOption.WRITE)) {
            channel.truncate(report.tornTailAt());
            channel.force(true);
        }
        return copy;
    }

    /**
     * Reads records from the start, resynchronising on the next gzip member after damage.
     *
     * @return the torn tail offset, or -1
     */
    private static long scan(Path file, boolean verifyDigests, Visitor visitor, List<Problem> problems)
            throws IOException {
        long size = Files.size(file);
        long start = 0;
        try (FileChannel channel = FileChannel.open(file)) {
            while (start < size) {
                long failedAt = readFrom(channel, start, verifyDigests, visitor, problems);
                if (failedAt < 0) {
                    return -1;
                }
                long next = nextReadable(channel, failedAt + 1, size);
                if (next < 0) {
                    return failedAt;
                }
                start = next;
            }
        }
        return -1;
    }

    /** Looks at a record before its body is read through; what it returns runs once the record proved sound. */
    @FunctionalInterface
    private interface Visitor {
        Runnable visit(WarcRecord record) throws IOException;
    }

    /** Reads sound records from {@code start}; returns the offset of the first unreadable one, or -1 at a clean end. */
    private static long readFrom(FileChannel channel, long start, boolean verifyDigests, Visitor visitor,
                                 List<Problem> problems) throws IOException {
        channel.position(start);
        WarcReader reader = new WarcReader(channel);
        if (verifyDigests) {
            reader.calculateBlockDigest();
        }
        long at = start;
        while (true) {
            WarcRecord record;
            try {
                record = reader.next().orElse(null);
                if (record == null) {
                    return -1;
                }
                at = record.position();
                Runnable whenSound = visitor.visit(record);
                String problem = verifyDigests ? digestProblem(record) : consume(record);
                if (problem != null) {
                    problems.add(new Problem(at, problem));
                } else {
                    whenSound.run();
                }
                // The next record starts where this record's gzip member ends.
                long end = memberEnd(channel, at);
                at = end > 0 ? end : at;
            } catch (IOException | RuntimeException e) {
                long failedAt = Math.max(at, start);
                problems.add(new Problem(failedAt, "unreadable record: " + describe(e)));
                return failedAt;
            }
        }
    }

    private static String consume(WarcRecord record) throws IOException {
        record.body().stream().transferTo(java.io.OutputStream.nullOutputStream());
        return null;
    }

    private static String digestProblem(WarcRecord record) throws IOException {
        byte[] payload = null;
        if (record instanceof WarcResponse response && response.payloadDigest().isPresent()) {
            try (InputStream in = response.http().body().stream()) {
                payload = in.readAllBytes();
            }
        }
        record.body().stream().transferTo(java.io.OutputStream.nullOutputStream());
        if (record.blockDigest().isEmpty()) {
            return record.type() + " record " + record.id() + " has no WARC-Block-Digest";
        }
        var calculated = record.calculatedBlockDigest();
        if (calculated.isPresent() && !calculated.get().equals(record.blockDigest().get())) {
            return record.type() + " record " + record.id() + ": block digest mismatch (recorded "
                    + record.blockDigest().get().prefixedBase32() + ", actual "
                    + calculated.get().prefixedBase32() + ")";
        }
        if (payload != null) {
            WarcDigest recorded = ((WarcResponse) record).payloadDigest().get();
            try {
                MessageDigest digest = recorded.getDigester();
                WarcDigest actual = new WarcDigest(recorded.algorithm(), digest.digest(payload));
                if (!actual.equals(recorded)) {
                    return "response record " + record.id() + ": payload digest mismatch";
                }
            } catch (NoSuchAlgorithmException e) {
                return "response record " + record.id() + ": unknown digest algorithm " + recorded.algorithm();
            }
        }
        return null;
    }

    /**
     * Where the gzip member starting at {@code start} ends, read with positional reads that leave the
     * channel's position alone; -1 when it is not a complete gzip member.
     */
    static long memberEnd(FileChannel channel, long start) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(10);
        if (channel.read(header, start) < 10 || header.get(0) != GZIP_MAGIC[0] || header.get(1) != GZIP_MAGIC[1]
                || header.get(2) != GZIP_MAGIC[2]) {
            return -1;
        }
        int flags = header.get(3) & 0xff;
        long position = start + 10;
        if ((flags & 0x04) != 0) {
            ByteBuffer extra = ByteBuffer.allocate(2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            if (channel.read(extra, position) < 2) {
                return -1;
            }
            position += 2 + (extra.getShort(0) & 0xffff);
        }
        for (int zeroTerminated : new int[]{0x08, 0x10}) {
            if ((flags & zeroTerminated) != 0) {
                ByteBuffer one = ByteBuffer.allocate(1);
                do {
                    one.clear();
                    if (channel.read(one, position++) < 1) {
                        return -1;
                    }
                } while (one.get(0) != 0);
            }
        }
        if ((flags & 0x02) != 0) {
            position += 2;
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        try {
            ByteBuffer input = ByteBuffer.allocate(1 << 16);
            byte[] output = new byte[1 << 16];
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    input.clear();
                    int n = channel.read(input, position);
                    if (n <= 0) {
                        return -1;
                    }
                    inflater.setInput(input.array(), 0, n);
                    position += n;
                }
                try {
                    if (inflater.inflate(output) == 0 && inflater.needsDictionary()) {
                        return -1;
                    }
                } catch (java.util.zip.DataFormatException e) {
                    return -1;
                }
            }
            long end = position - inflater.getRemaining() + 8;
            return end <= channel.size() ? end : -1;
        } finally {
            inflater.end();
        }
    }

    /** The offset of the next gzip member from which a WARC record can be read, or -1. */
    private static long nextReadable(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long base = from;
        while (base < size) {
            buffer.clear();
            int n = channel.read(buffer, base);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + 2 < n; i++) {
                if (bytes[i] == GZIP_MAGIC[0] && bytes[i + 1] == GZIP_MAGIC[1] && bytes[i + 2] == GZIP_MAGIC[2]
                        && readable(channel, base + i)) {
                    return base + i;
                }
            }
            base += Math.max(1, n - 2);
        }
        return -1;
    }

    private static boolean readable(FileChannel channel, long offset) {
        try {
            channel.position(offset);
            WarcReader reader = new WarcReader(channel);
            WarcRecord record = reader.next().orElse(null);
            if (record == null) {
                return false;
            }
            record.body().stream().transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
