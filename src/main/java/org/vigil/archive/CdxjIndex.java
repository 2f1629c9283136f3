package org.vigil.archive;

import org.netpreserve.jwarc.URIs;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The CDXJ index of one WARC file ({@code <file>.cdxj} beside it): pywb-compatible, SURT-sorted
 * lines for its response and revisit records. The writer keeps the lines of the file it writes and
 * saves them when it closes the file, so the index's presence also says the file was closed
 * cleanly; recovery and {@code vigil reindex} rebuild an index from the WARC file with jwarc.
 */
public final class CdxjIndex {

    public static final String SUFFIX = ".cdxj";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private CdxjIndex() {
    }

    public static Path of(Path warc) {
        return warc.resolveSibling(warc.getFileName() + SUFFIX);
    }

    /** (Re)writes the index of {@code warc}, atomically; returns the number of lines. */
    public static int write(Path warc) throws IOException {
        Path index = of(warc);
        Path partial = index.resolveSibling(index.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CdxWriter cdx = new CdxWriter(out)) {
            cdx.setFormat(CdxFormat.CDXJ);
            cdx.setSort(true);
            cdx.process(List.of(warc), false);
        }
        Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return lines(index);
    }

    /** Writes already formatted lines as the index of {@code warc}, sorted, atomically. */
    static void write(Path warc, List<String> lines) throws IOException {
        Path index = of(warc);
        Path partial = index.resolveSibling(index.getFileName() + ".part");
        Files.write(partial, lines.stream().sorted().toList(), StandardCharsets.UTF_8);
        Files.move(partial, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * One index line in the form jwarc and pywb write: SURT, 14-digit timestamp, JSON block.
     *
     * @param mime the payload's media type, or {@code warc/revisit} for a revisit record
     */
    static String line(URI uri, Instant date, String mime, int status, String digest, long length, long offset,
                       String filename) {
        return URIs.toNormalizedSurt(uri.toString()) + " " + TIMESTAMP.format(date) + " {\"url\": " + json(uri.toString())
                + ", \"mime\": " + json(mime) + ", \"status\": \"" + status + "\", \"digest\": " + json(digest)
                + ", \"length\": \"" + length + "\", \"offset\": \"" + offset + "\", \"filename\": " + json(filename)
                + "}";
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The number of index lines, or -1 when there is no index. */
    public static int lines(Path index) throws IOException {
        if (!Files.exists(index)) {
            return -1;
        }
        try (var lines = Files.lines(index)) {
            return (int) lines.filter(l -> !l.isBlank()).count();
        }
    }
}
