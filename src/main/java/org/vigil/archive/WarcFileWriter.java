package org.vigil.archive;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends request/response pairs to gzipped WARC 1.1 files under one directory. A file is opened on
 * the first write and begins with a {@code warcinfo} record; files are named
 * {@code VIGIL-<timestamp>-<serial>.warc.gz} (never after a URL) and are only ever appended to.
 * Every pair is flushed to disk before its {@link ArchiveRef} is returned, so whatever the catalog
 * points at is already durable.
 */
public class WarcFileWriter implements Closeable {

    private static final DateTimeFormatter FILE_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final MediaType HTTP_REQUEST = MediaType.parse("application/http;msgtype=request");
    private static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");

    private final Path directory;
    private final Map<String, String> info;
    private final long rotateAtBytes;
    private int serial;
    private FileChannel channel;
    private WarcWriter writer;
    private String fileName;
    private URI warcinfoId;

    /**
     * @param directory     where WARC files are written (created if missing)
     * @param info          warcinfo fields, e.g. software, operator, job
     * @param rotateAtBytes start a new file once the current one reaches this size
     */
    public WarcFileWriter(Path directory, Map<String, String> info, long rotateAtBytes) {
        this.directory = directory;
        this.info = new LinkedHashMap<>(info);
        this.rotateAtBytes = rotateAtBytes;
    }

    /** Archives one exchange as a request and a response record; returns where the response lives. */
    public synchronized ArchiveRef write(HttpExchange exchange) {
        try {
            ensureOpen(exchange);
            byte[] payload = exchange.body();
            WarcDigest payloadDigest = sha1(payload);

            HttpRequest.Builder httpRequest = new HttpRequest.Builder("GET", requestTarget(exchange.uri()));
            exchange.requestHeaders().forEach(h -> httpRequest.addHeader(h.getKey(), h.getValue()));
            byte[] requestBlock = httpRequest.build().serializeHeader();
            WarcRequest request = new WarcRequest.Builder(exchange.uri())
                    .date(exchange.fetchedAt())
                    .warcinfoId(warcinfoId)
                    .blockDigest(sha1(requestBlock))
                    .body(HTTP_REQUEST, requestBlock)
                    .build();

            HttpResponse.Builder httpResponse = new HttpResponse.Builder(exchange.status(), exchange.reason());
            exchange.responseHeaders().forEach(h -> httpResponse.addHeader(h.getKey(), h.getValue()));
            byte[] head = httpResponse.build().serializeHeader();
            byte[] block = new byte[head.length + payload.length];
            System.arraycopy(head, 0, block, 0, head.length);
            System.arraycopy(payload, 0, block, head.length, payload.length);
            URI responseId = newRecordId();
            WarcResponse response = new WarcResponse.Builder(exchange.uri())
                    .recordId(responseId)
                    .date(exchange.fetchedAt())
                    .warcinfoId(warcinfoId)
                    .concurrentTo(request.id())
                    .blockDigest(sha1(block))
                    .payloadDigest(payloadDigest)
                    .body(HTTP_RESPONSE, block)
                    .build();

            long offset = writer.position();
            writer.write(response);
            writer.write(request);
            channel.force(false);
            return new ArchiveRef(fileName, offset, responseId.toString(), payloadDigest.prefixedBase32());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + directory.resolve(String.valueOf(fileName)) + ": "
                    + e.getMessage(), e);
        }
    }

    private void ensureOpen(HttpExchange first) throws IOException {
        if (writer != null && channel.size() < rotateAtBytes) {
            return;
        }
        close();
        Files.createDirectories(directory);
        do {
            serial++;
            fileName = "VIGIL-" + FILE_TIMESTAMP.format(first.fetchedAt()) + "-" + String.format("%05d", serial)
                    + ".warc.gz";
        } while (Files.exists(directory.resolve(fileName)));
        channel = FileChannel.open(directory.resolve(fileName), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        info.forEach((k, v) -> fields.put(k, List.of(v)));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo",
                List.of("http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        Warcinfo warcinfo = new Warcinfo.Builder()
                .date(first.fetchedAt())
                .filename(fileName)
                .fields(fields)
                .build();
        warcinfoId = warcinfo.id();
        writer.write(warcinfo);
    }

    private static String requestTarget(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static URI newRecordId() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }

    static WarcDigest sha1(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(bytes);
            return new WarcDigest(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            channel = null;
        }
    }
}
