package org.vigil.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One news source of a job: where its article links are listed and which URLs belong to it.
 * URLs may start with {@value #SERVE_PLACEHOLDER}, which stands for the job's own loopback site
 * server and is replaced by {@link #servedFrom(String)} once that server runs.
 *
 * @param name           outlet name, used in the catalog and briefings
 * @param feeds          RSS 2.0 / Atom feed URLs
 * @param pages          section pages whose links are followed one level; their "next page" links are
 *                       followed up to {@code maxPages} pages
 * @param sitemaps       XML/text sitemaps, sitemap indexes or Google News sitemaps (sitemaps that the
 *                       robots.txt of a feed or page host lists are read as well)
 * @param allowHosts     host names articles may come from
 * @param articlePattern regular expression a URL must contain a match of to count as an article, or null
 * @param maxPages       pages read per section, following its pagination (default 5); reading stops
 *                       earlier at a page that lists no article not archived yet
 */
public record SourceConfig(String name, List<String> feeds, List<String> pages, List<String> sitemaps,
                           List<String> allowHosts, String articlePattern, Integer maxPages) {

    private static final int DEFAULT_MAX_PAGES = 5;
    /** Compiled article patterns: discovery tests every link of every listing. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public static final String SERVE_PLACEHOLDER = "${serve}";

    public SourceConfig {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        pages = pages == null ? List.of() : List.copyOf(pages);
        sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
        maxPages = maxPages == null ? DEFAULT_MAX_PAGES : maxPages;
        if (maxPages < 1) {
            throw new IllegalArgumentException("source '" + name + "': max-pages must be at least 1");
        }
        allowHosts = allowHosts == null ? List.of() : allowHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source needs a name");
        }
        if (feeds.isEmpty() && pages.isEmpty() && sitemaps.isEmpty()) {
            throw new IllegalArgumentException("source '" + name + "' lists no feeds, pages or sitemaps");
        }
        if (allowHosts.isEmpty()) {
            throw new IllegalArgumentException("source '" + name + "' lists no allow-hosts");
        }
        feeds.forEach(SourceConfig::checkUrl);
        pages.forEach(SourceConfig::checkUrl);
        sitemaps.forEach(SourceConfig::checkUrl);
        if (articlePattern != null) {
            try {
                Pattern.compile(articlePattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad article-pattern '" + articlePattern + "': "
                        + e.getDescription());
            }
        }
    }

    /** This source with {@value #SERVE_PLACEHOLDER} replaced by {@code baseUrl} (e.g. http://127.0.0.1:8123). */
    public SourceConfig servedFrom(String baseUrl) {
        return new SourceConfig(name, served(feeds, baseUrl), served(pages, baseUrl), served(sitemaps, baseUrl),
                allowHosts, articlePattern, maxPages);
    }

    private static List<String> served(List<String> urls, String baseUrl) {
        return urls.stream().map(u -> u.replace(SERVE_PLACEHOLDER, baseUrl)).toList();
    }

    /** Whether a URL is on an allowed host and, when a pattern is set, looks like an article. */
    public boolean isArticle(URI url) {
        return isAllowedHost(url) && (articlePattern == null
                || PATTERNS.computeIfAbsent(articlePattern, Pattern::compile).matcher(url.toString()).find());
    }

    public boolean isAllowedHost(URI url) {
        return url.getHost() != null && allowHosts.contains(url.getHost().toLowerCase(Locale.ROOT));
    }

    private static void checkUrl(String url) {
        String concrete = url.startsWith(SERVE_PLACEHOLDER)
                ? "http://127.0.0.1" + url.substring(SERVE_PLACEHOLDER.length()) : url;
        try {
            URI uri = new URI(concrete);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("bad URL '" + url + "': not an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad URL '" + url + "': " + e.getReason());
        }
    }
}
