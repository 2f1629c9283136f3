package org.vigil.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * robots.txt of every host a harvest touches, fetched once per run and handed to an archiver so the
 * rules the harvest obeyed are in the archive too. A host's Crawl-delay raises its politeness delay.
 */
public class RobotsCache {

    private final Fetcher fetcher;
    private final Consumer<Fetcher.Result> archiver;
    private final Map<String, CompletableFuture<Robots>> byOrigin = new HashMap<>();

    /** @param archiver receives every robots.txt fetch; called from the fetching thread */
    public RobotsCache(Fetcher fetcher, Consumer<Fetcher.Result> archiver) {
        this.fetcher = fetcher;
        this.archiver = archiver;
    }

    /** The rules that apply to {@code url}, fetching its host's robots.txt on first use. */
    public Robots rules(URI url) throws InterruptedException {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        CompletableFuture<Robots> mine = new CompletableFuture<>();
        CompletableFuture<Robots> known;
        synchronized (this) {
            known = byOrigin.putIfAbsent(origin, mine);
        }
        if (known != null) {
            try {
                return known.get();
            } catch (ExecutionException e) {
                return Robots.unreachable();
            }
        }
        try {
            mine.complete(fetch(url, URI.create(origin + "/robots.txt")));
        } catch (InterruptedException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    private Robots fetch(URI url, URI robotsUrl) throws InterruptedException {
        // Redirects of robots.txt are followed within the same host only.
        Fetcher.Result result = fetcher.fetch(robotsUrl, u -> u.getHost().equalsIgnoreCase(url.getHost()), false,
                null);
        archiver.accept(result);
        var last = result.last();
        Robots robots = last == null ? Robots.unreachable()
                : Robots.of(robotsUrl, last.status(), last.decodedBody(512 * 1024),
                last.responseHeader("Content-Type"));
        if (robots.crawlDelay() != null) {
            fetcher.gates().setDelay(url.getHost(), robots.crawlDelay());
        }
        return robots;
    }

}
