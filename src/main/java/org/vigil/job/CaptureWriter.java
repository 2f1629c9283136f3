package org.vigil.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.vigil.archive.HttpExchange;
import org.vigil.store.Capture;
import org.vigil.store.FrontierRepository;

/** Archives fetched pages and marks their URLs done. */
public class CaptureWriter implements ItemWriter<FetchProcessor.Fetched> {

    private final Archivist archivist;
    private final FrontierRepository frontier;

    public CaptureWriter(Archivist archivist, FrontierRepository frontier) {
        this.archivist = archivist;
        this.frontier = frontier;
    }

    @Override
    public void write(Chunk<? extends FetchProcessor.Fetched> chunk) {
        for (FetchProcessor.Fetched fetched : chunk) {
            for (HttpExchange hop : fetched.hops()) {
                archivist.archive(hop, fetched.entry().sourceName(), Capture.Kind.ARTICLE);
            }
            frontier.done(fetched.entry().url());
        }
    }
}
