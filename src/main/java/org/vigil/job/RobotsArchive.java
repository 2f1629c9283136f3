package org.vigil.job;

import org.vigil.archive.HttpExchange;
import org.vigil.crawl.Fetcher;
import org.vigil.store.Capture;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * robots.txt fetches waiting to be archived. They happen on whichever thread first meets a host, but
 * are archived by the step's own thread, inside its transaction, like everything else.
 */
public class RobotsArchive {

    private final ConcurrentLinkedQueue<Fetcher.Result> pending = new ConcurrentLinkedQueue<>();

    public void add(Fetcher.Result result) {
        pending.add(result);
    }

    void drainInto(Archivist archivist) {
        Fetcher.Result result;
        while ((result = pending.poll()) != null) {
            for (HttpExchange hop : result.hops()) {
                archivist.archive(hop, hop.uri().getHost(), Capture.Kind.ROBOTS, null, Map.of(), true);
            }
        }
    }
}
