package org.vigil.archive;

import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The CDXJ index of one WARC file ({@code <file>.cdxj} beside it): pywb-compatible, SURT-sorted
 * lines for its response and revisit records, written by jwarc. Its presence also says the WARC
 * file was closed cleanly.
 */
public final class CdxjIndex {

    public static final String SUFFIX = ".cdxj";

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
