package org.vigil.archive;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.UUID;

/**
 * Appends captures to gzipped WARC 1.1 files under one directory. A file is opened on the first
 * write and begins with a {@code warcinfo} record; files are named
 * {@code VIGIL-<timestamp>-<serial>.warc.gz} (never after a URL), only ever appended to, rotated at
 * a size, and get their CDXJ index when closed. A capture is a {@code response} (or
 * {@code revisit}), its {@code request} and a {@code metadata} record, each with SHA-1 block and
 * payload digests. Callers {@link #sync()} before they commit anything that points into the
 * archive, so whatever the catalog points at is durable.
 */
public class WarcFileWriter implements Closeable {

    /** Extension fields on response and revisit records, so the catalog can be rebuilt from WARCs alone. */
    public static final String SOURCE_FIELD = "Vigil-Source";
    public static final String KIND_FIELD = "Vigil-Kind";

    private static final DateTimeFormatter FILE_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final MediaType HTTP_REQUEST = MediaType.parse("application/http;msgtype=request");
    private static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");
    /** A metadata field is one line: its values (outlinks, reasons) never carry their own line breaks. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private final Path directory;
    private final Map<String, String> info;
    private final long rotateAtBytes;
    private int serial;
    private FileChannel channel;
    private String fileName;
    private final List<String> cdxLines = new ArrayList<>();

    /**
     * @param directory     where WARC files are written (created if missing)
     * @param info          warcinfo fields, e.g. software, operator, isPartOf
     * @param rotateAtBytes start a new file once the current one reaches this size
     */
    public WarcFileWriter(Path directory, Map<String, String> info, long rotateAtBytes) {
        this.directory = directory;
        this.info = new LinkedHashMap<>(info);
        this.rotateAtBytes = rotateAtBytes;
    }

    /** What a capture is, beyond its HTTP exchange. */
    public record Annotations(String source, String kind, Map<String, List<String>> metadata) {
    }

    /** The record a revisit refers to. */
    public record Original(URI uri, Instant date, ArchiveRef ref) {
    }

    /**
     * A capture serialised and compressed, ready to be appended. Preparing is the expensive part
     * (digests, gzip) and needs no lock, so fetch threads prepare and one thread appends.
     *
     * @param responseLength length of the first record's gzip member (the response or revisit)
     */
    public record Prepared(HttpExchange exchange, byte[] bytes, String recordId, String payloadDigest, String mime,
                           long responseLength) {
    }

    /** Prepares response, request and metadata records of an exchange; safe to call from any thread. */
    public static Prepared prepareResponse(HttpExchange exchange, Annotations annotations) {
        byte[] payload = exchange.body();
        WarcDigest payloadDigest = Sha1.of(payload);
        WarcRequest request = request(exchange);
        byte[] block = concat(httpHead(exchange), payload);
        URI responseId = newRecordId();
        WarcResponse.Builder response = new WarcResponse.Builder(exchange.uri())
                .recordId(responseId)
                .date(exchange.fetchedAt())
                .concurrentTo(request.id())
                .blockDigest(Sha1.of(block))
                .payloadDigest(payloadDigest)
                .addHeader(SOURCE_FIELD, annotations.source())
                .addHeader(KIND_FIELD, annotations.kind())
                .body(HTTP_RESPONSE, block);
        if (exchange.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        return serialise(exchange, mime(exchange), responseId, payloadDigest.prefixedBase32(), response.build(),
                request, metadata(exchange, responseId, annotations));
    }

    /**
     * Archives an exchange whose payload is already archived as a {@code revisit} record: the
     * server said 304 Not Modified ({@code notModified}), or sent a payload with the same digest.
     * Only the HTTP headers are kept; the payload stays in the original.
     */
    public ArchiveRef writeRevisit(HttpExchange exchange, Original original, boolean notModified,
                                   Annotations annotations) {
        WarcRequest request = request(exchange);
        byte[] head = httpHead(exchange);
        URI revisitId = newRecordId();
        WarcRevisit revisit = new WarcRevisit.Builder(exchange.uri(), notModified
                ? WarcRevisit.SERVER_NOT_MODIFIED_1_1 : WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .recordId(revisitId)
                .date(exchange.fetchedAt())
                .concurrentTo(request.id())
                .refersTo(URI.create(original.ref().recordId()), original.uri(), original.date())
                .blockDigest(Sha1.of(head))
                .payloadDigest(new WarcDigest(original.ref().payloadDigest()))
                .addHeader(SOURCE_FIELD, annotations.source())
                .addHeader(KIND_FIELD, annotations.kind())
                .body(HTTP_RESPONSE, head)
                .build();
        return append(serialise(exchange, "warc/revisit", revisitId, original.ref().payloadDigest(), revisit, request,
                metadata(exchange, revisitId, annotations)));
    }

    /** Appends a prepared capture to the current file (opening or rotating files as needed). */
    public synchronized ArchiveRef append(Prepared prepared) {
        try {
            ensureOpen(prepared.exchange().fetchedAt());
            long offset = channel.position();
            writeFully(prepared.bytes());
            cdxLines.add(CdxjIndex.line(prepared.exchange().uri(), prepared.exchange().fetchedAt(), prepared.mime(),
                    prepared.exchange().status(), prepared.payloadDigest(), prepared.responseLength(), offset,
                    fileName));
            return new ArchiveRef(fileName, offset, prepared.recordId(), prepared.payloadDigest());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Forces everything written so far to disk. */
    public synchronized void sync() {
        if (channel != null) {
            try {
                channel.force(false);
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    /** Each record as its own gzip member, in order; the first is the one the catalog points at. */
    private static Prepared serialise(HttpExchange exchange, String mime, URI id, String payloadDigest,
                                      WarcRecord first, WarcRecord... rest) {
        Serializer serializer = SERIALIZERS.get();
        try {
            serializer.write(first);
            long firstLength = serializer.bytes.size();
            for (WarcRecord record : rest) {
                serializer.write(record);
            }
            return new Prepared(exchange, serializer.bytes.toByteArray(), id.toString(), payloadDigest, mime,
                    firstLength);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a WARC record for " + exchange.uri() + ": "
                    + e.getMessage(), e);
        } finally {
            serializer.clear();
        }
    }

    /**
     * A gzip WARC writer per thread, reused from capture to capture: a new one per capture would set
     * up a compressor each time, which costs more than compressing a page.
     */
    private static final ThreadLocal<Serializer> SERIALIZERS = ThreadLocal.withInitial(Serializer::new);

    /** Serialises records as gzip members into memory, one capture at a time. */
    private static final class Serializer {

        /** A buffer grown beyond this by a large page is dropped rather than kept for the thread's life. */
        private static final int KEPT_BUFFER = 1 << 20;

        private final Buffer bytes = new Buffer();
        private final GzipMembers gzip = new GzipMembers(bytes);
        private final WarcWriter writer;

        Serializer() {
            try {
                writer = new WarcWriter(gzip, WarcCompression.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set up a WARC writer: " + e.getMessage(), e);
            }
        }

        /** Appends one record as its own gzip member. */
        void write(WarcRecord record) throws IOException {
            try {
                writer.write(record);
                gzip.finishMember();
            } catch (IOException e) {
                // A writer that failed half-way through a gzip member cannot be trusted with the next one.
                SERIALIZERS.remove();
                gzip.close();
                throw e;
            }
        }

        void clear() {
            bytes.clear(KEPT_BUFFER);
        }
    }

    /** A byte buffer that can let go of the large array a large page made it grow to. */
    private static final class Buffer extends ByteArrayOutputStream {

        void clear(int keep) {
            if (buf.length > keep) {
                buf = new byte[32];
            }
            count = 0;
        }
    }

    private void writeFully(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String mime(HttpExchange exchange) {
        String type = exchange.responseHeader("Content-Type");
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return mime.isEmpty() ? "unk" : mime;
    }

    private static WarcRequest request(HttpExchange exchange) {
        HttpRequest.Builder httpRequest = new HttpRequest.Builder("GET", requestTarget(exchange.uri()));
        exchange.requestHeaders().forEach(h -> httpRequest.addHeader(h.getKey(), h.getValue()));
        byte[] requestBlock = httpRequest.build().serializeHeader();
        return new WarcRequest.Builder(exchange.uri())
                .date(exchange.fetchedAt())
                .blockDigest(Sha1.of(requestBlock))
                .body(HTTP_REQUEST, requestBlock)
                .build();
    }

    private static byte[] httpHead(HttpExchange exchange) {
        HttpResponse.Builder httpResponse = new HttpResponse.Builder(exchange.status(), exchange.reason());
        exchange.responseHeaders().forEach(h -> httpResponse.addHeader(h.getKey(), h.getValue()));
        return httpResponse.build().serializeHeader();
    }

    private static WarcMetadata metadata(HttpExchange exchange, URI capturedId, Annotations annotations) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("fetchTimeMs", List.of(Long.toString(exchange.elapsed().toMillis())));
        fields.putAll(annotations.metadata());
        StringBuilder text = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> text.append(name).append(": ")
                .append(LINE_BREAKS.matcher(value).replaceAll(" ")).append("\r\n")));
        byte[] block = text.toString().getBytes(StandardCharsets.UTF_8);
        return new WarcMetadata.Builder()
                .targetURI(exchange.uri())
                .date(exchange.fetchedAt())
                .concurrentTo(capturedId)
                .blockDigest(Sha1.of(block))
                .body(MediaType.WARC_FIELDS, block)
                .build();
    }

    private void ensureOpen(Instant now) throws IOException {
        if (channel != null && channel.size() < rotateAtBytes) {
            return;
        }
        close();
        Files.createDirectories(directory);
        do {
            serial++;
            fileName = "VIGIL-" + FILE_TIMESTAMP.format(now) + "-" + String.format("%05d", serial) + ".warc.gz";
        } while (Files.exists(directory.resolve(fileName)));
        channel = FileChannel.open(directory.resolve(fileName), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        info.forEach((k, v) -> fields.put(k, List.of(v)));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo",
                List.of("http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(value -> text.writeBytes((name + ": " + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        byte[] block = text.toByteArray();
        Warcinfo warcinfo = new Warcinfo.Builder()
                .date(now)
                .filename(fileName)
                .blockDigest(Sha1.of(block))
                .body(MediaType.WARC_FIELDS, block)
                .build();
        Serializer serializer = SERIALIZERS.get();
        try {
            serializer.write(warcinfo);
            writeFully(serializer.bytes.toByteArray());
        } finally {
            serializer.clear();
        }
    }

    private static String requestTarget(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static URI newRecordId() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The {@code WARC-Payload-Digest} a payload gets, e.g. {@code sha1:...}. */
    public static String payloadDigest(byte[] payload) {
        return Sha1.of(payload).prefixedBase32();
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("cannot write to " + directory.resolve(String.valueOf(fileName)) + ": "
                + e.getMessage(), e);
    }

    /** Syncs and closes the current file and writes its CDXJ index; the next write opens a new file. */
    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.force(false);
            channel.close();
            channel = null;
            CdxjIndex.write(directory.resolve(fileName), cdxLines);
            cdxLines.clear();
        }
    }
}
