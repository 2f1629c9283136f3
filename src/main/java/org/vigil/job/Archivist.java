package org.vigil.job;

import org.vigil.archive.ArchiveRef;
import org.vigil.archive.HttpExchange;
import org.vigil.archive.WarcFileWriter;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;

import java.time.ZoneOffset;

/** Archives an exchange and indexes it in the catalog, in that order: the catalog never points at nothing. */
public class Archivist {

    private final WarcFileWriter warc;
    private final CaptureRepository captures;

    public Archivist(WarcFileWriter warc, CaptureRepository captures) {
        this.warc = warc;
        this.captures = captures;
    }

    public Capture archive(HttpExchange exchange, String sourceName, Capture.Kind kind) {
        ArchiveRef ref = warc.write(exchange);
        Capture capture = new Capture(exchange.uri().toString(), sourceName, kind,
                exchange.fetchedAt().atOffset(ZoneOffset.UTC), exchange.status(),
                exchange.responseHeader("Content-Type"), ref);
        captures.add(capture);
        return capture;
    }
}
