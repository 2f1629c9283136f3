package org.vigil.crawl;

import org.vigil.archive.HttpExchange;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a source's article URLs: the items of its feeds and the links of its section pages. Every
 * feed and page fetched on the way is handed to the {@link Listener} so it is archived too.
 */
public class Discovery {

    /** Receives what discovery fetched and what it could not. */
    public interface Listener {
        void fetched(SourceConfig source, HttpExchange exchange, boolean feed);

        void failed(SourceConfig source, URI url, String reason);
    }

    /** The article URLs found and how many listing URLs could not be read. */
    public record Result(List<URI> articles, int listingsRead, int listingsFailed) {
    }

    private final Fetcher fetcher;
    private final Listener listener;

    public Discovery(Fetcher fetcher, Listener listener) {
        this.fetcher = fetcher;
        this.listener = listener;
    }

    public Result discover(SourceConfig source) {
        Set<URI> articles = new LinkedHashSet<>();
        int read = 0;
        int failed = 0;
        List<String> listings = new ArrayList<>(source.feeds());
        listings.addAll(source.pages());
        for (String listing : listings) {
            boolean feed = source.feeds().contains(listing);
            URI url = URI.create(listing);
            try {
                HttpExchange last = fetchListing(source, url, feed);
                if (last.status() != 200) {
                    throw new IOException("HTTP " + last.status());
                }
                List<URI> links = feed
                        ? FeedLinks.parse(last.uri(), last.body())
                        : PageLinks.parse(last.uri(), last.body(), last.responseHeader("Content-Type"));
                links.stream().filter(source::isArticle).forEach(articles::add);
                read++;
            } catch (IOException | RuntimeException e) {
                failed++;
                listener.failed(source, url, (feed ? "feed" : "page") + ": " + describe(e));
            }
        }
        return new Result(List.copyOf(articles), read, failed);
    }

    private HttpExchange fetchListing(SourceConfig source, URI url, boolean feed) throws IOException {
        List<HttpExchange> hops = fetcher.fetch(url, source::isAllowedHost);
        hops.forEach(hop -> listener.fetched(source, hop, feed));
        return hops.get(hops.size() - 1);
    }

    /** A one-line reason for a failure. */
    public static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
