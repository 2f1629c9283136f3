package org.vigil.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a source's article URLs: the items of its feeds, the links of its section pages (following
 * their pagination) and the entries of its sitemaps, including those robots.txt lists. Every
 * listing fetched on the way is handed to the {@link Listener} so it is archived too.
 */
public class Discovery {

    /** Listing documents are parsed from at most this many (decoded) bytes. */
    private static final int LISTING_LIMIT = 64 << 20;
    /** Sitemap indexes may nest; a source reads at most this many sitemap documents per run. */
    private static final int MAX_SITEMAPS = 200;

    /** What a listing URL is read as. */
    public enum ListingKind { FEED, PAGE, SITEMAP }

    /** Receives what discovery fetched and could not fetch, and answers what the archive knows. */
    public interface Listener {
        /** Archives the exchanges of one listing fetch. */
        void fetched(SourceConfig source, Fetcher.Result result, ListingKind kind);

        void failed(SourceConfig source, URI url, String reason, int attempts);

        /** Validators of the last capture of {@code url}, for a conditional GET, or null. */
        Fetcher.Validators validators(URI url);

        /** The decoded body of the last capture of {@code url}, read when the server answers 304. */
        byte[] lastBody(URI url) throws IOException;

        /** Those of these article URLs that are archived already (pagination stops at a page of known ones). */
        Set<URI> known(Collection<URI> articles);
    }

    /** The article URLs found and how many listing URLs could and could not be read. */
    public record Result(List<URI> articles, int listingsRead, int listingsFailed) {
    }

    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final boolean obeyRobots;
    private final Instant since;
    private final Listener listener;
    /** The listings this run has read (null: could not be read), so none is fetched twice. */
    private final Map<URI, Listing> listingsRead = new HashMap<>();

    /**
     * @param obeyRobots false only with politeness off
     * @param since      feed and sitemap entries dated before this are ignored; null for no limit
     */
    public Discovery(Fetcher fetcher, RobotsCache robots, boolean obeyRobots, Instant since, Listener listener) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.obeyRobots = obeyRobots;
        this.since = since;
        this.listener = listener;
    }

    public Result discover(SourceConfig source) throws InterruptedException {
        Set<URI> articles = new LinkedHashSet<>();
        Counts counts = new Counts();
        for (String feed : source.feeds()) {
            URI url = URI.create(feed);
            Listing listing = listing(source, url, ListingKind.FEED, counts);
            if (listing != null) {
                try {
                    for (FeedLinks.Item item : FeedLinks.parse(url, listing.body())) {
                        if (inWindow(item.date()) && source.isArticle(item.url())) {
                            articles.add(item.url());
                        }
                    }
                    counts.read++;
                } catch (IOException e) {
                    fail(source, url, "feed: " + e.getMessage(), 1, counts);
                }
            }
        }
        for (String page : source.pages()) {
            readSection(source, URI.create(page), articles, counts);
        }
        readSitemaps(source, articles, counts);
        return new Result(List.copyOf(articles), counts.read, counts.failed);
    }

    private void readSection(SourceConfig source, URI first, Set<URI> articles, Counts counts)
            throws InterruptedException {
        Set<URI> seen = new HashSet<>();
        URI url = first;
        for (int n = 1; n <= source.maxPages() && url != null && seen.add(url); n++) {
            Listing listing = listing(source, url, ListingKind.PAGE, counts);
            if (listing == null) {
                return;
            }
            HtmlPage page;
            try {
                page = HtmlPage.parse(url, listing.body(), listing.contentType());
            } catch (IOException e) {
                fail(source, url, "page: " + e.getMessage(), 1, counts);
                return;
            }
            counts.read++;
            List<URI> found = page.links().stream().filter(source::isArticle).filter(articles::add).toList();
            int fresh = found.size() - listener.known(found).size();
            // A page of articles all archived already means the rest of the section is older still.
            url = fresh == 0 || page.next() == null || !source.isAllowedHost(page.next()) ? null : page.next();
        }
    }

    private void readSitemaps(SourceConfig source, Set<URI> articles, Counts counts) throws InterruptedException {
        Deque<URI> queue = new ArrayDeque<>();
        source.sitemaps().forEach(s -> queue.add(URI.create(s)));
        Set<URI> listingHosts = new LinkedHashSet<>();
        for (String listing : concat(source.feeds(), source.pages())) {
            URI url = URI.create(listing);
            listingHosts.add(URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/"));
        }
        for (URI host : listingHosts) {
            for (URI sitemap : robots.rules(host).sitemaps(URI.create(host + "robots.txt"))) {
                if (source.isAllowedHost(sitemap) && !queue.contains(sitemap)) {
                    queue.add(sitemap);
                }
            }
        }
        Set<URI> read = new HashSet<>();
        while (!queue.isEmpty() && read.size() < MAX_SITEMAPS) {
            URI url = queue.poll();
            if (!read.add(url)) {
                continue;
            }
            Listing listing = listing(source, url, ListingKind.SITEMAP, counts);
            if (listing == null) {
                continue;
            }
            try {
                Sitemaps.Parsed parsed = Sitemaps.parse(url, listing.body(), listing.contentType());
                parsed.sitemaps().stream().filter(source::isAllowedHost).forEach(queue::add);
                for (Sitemaps.Entry entry : parsed.entries()) {
                    if (inWindow(entry.date()) && source.isArticle(entry.url())) {
                        articles.add(entry.url());
                    }
                }
                counts.read++;
            } catch (IOException e) {
                fail(source, url, "sitemap: " + e.getMessage(), 1, counts);
            }
        }
    }

    /** A listing document as read: its decoded body and Content-Type. */
    private record Listing(byte[] body, String contentType) {
    }

    /** Fetches and archives a listing; returns it, or null when it could not be read. */
    private Listing listing(SourceConfig source, URI url, ListingKind kind, Counts counts)
            throws InterruptedException {
        // A listing reached twice in one run (a section page also reached by pagination, a robots.txt
        // sitemap shared by two sources of one host) is fetched and archived once.
        if (listingsRead.containsKey(url)) {
            return listingsRead.get(url);
        }
        Listing listing = fetchListing(source, url, kind, counts);
        listingsRead.put(url, listing);
        return listing;
    }

    private Listing fetchListing(SourceConfig source, URI url, ListingKind kind, Counts counts)
            throws InterruptedException {
        String what = kind.name().toLowerCase(java.util.Locale.ROOT);
        if (obeyRobots && !robots.rules(url).allows(url)) {
            fail(source, url, what + ": robots.txt disallows it", 0, counts);
            return null;
        }
        Fetcher.Result result = fetcher.fetch(url, source::isAllowedHost, false, listener.validators(url));
        listener.fetched(source, result, kind);
        if (result.failure() != null) {
            fail(source, url, what + ": " + result.failure(), result.attempts(), counts);
            return null;
        }
        var last = result.last();
        String contentType = last.responseHeader("Content-Type");
        try {
            if (last.status() == 304) {
                return new Listing(listener.lastBody(url), contentType);
            }
            if (last.status() != 200) {
                fail(source, url, what + ": HTTP " + last.status(), result.attempts(), counts);
                return null;
            }
            return new Listing(last.decodedBody(LISTING_LIMIT), contentType);
        } catch (IOException e) {
            fail(source, url, what + ": " + e.getMessage(), result.attempts(), counts);
            return null;
        }
    }

    private boolean inWindow(Instant date) {
        return since == null || date == null || !date.isBefore(since);
    }

    private void fail(SourceConfig source, URI url, String reason, int attempts, Counts counts) {
        counts.failed++;
        listener.failed(source, url, reason, attempts);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static final class Counts {
        int read;
        int failed;
    }
}
