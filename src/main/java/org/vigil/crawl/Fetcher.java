package org.vigil.crawl;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.vigil.archive.HttpExchange;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fetches pages with Jsoup and returns them as archivable exchanges. Redirects are followed here,
 * not by Jsoup, so every hop is an exchange of its own and is archived.
 */
public class Fetcher {

    /** Headers that describe the transfer, not the payload: the archived payload is already decoded. */
    private static final Set<String> TRANSFER_HEADERS = Set.of("transfer-encoding", "content-length");
    private static final int MAX_REDIRECTS = 5;

    private final String userAgent;
    private final Duration timeout;
    private final int maxBodyBytes;

    public Fetcher(String userAgent, Duration timeout, int maxBodyBytes) {
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Fetches {@code uri}, following redirects to URLs {@code allowed} accepts.
     *
     * @return every exchange in order; the last one is the final answer (which may itself be a
     * redirect that was not followed)
     * @throws IOException when the server cannot be reached or the connection fails
     */
    public List<HttpExchange> fetch(URI uri, Predicate<URI> allowed) throws IOException {
        List<HttpExchange> hops = new ArrayList<>();
        URI next = uri;
        while (true) {
            HttpExchange exchange = fetchOne(next);
            hops.add(exchange);
            String location = exchange.responseHeader("Location");
            if (exchange.status() / 100 != 3 || location == null || hops.size() > MAX_REDIRECTS) {
                return hops;
            }
            next = Urls.resolve(next, location);
            if (next == null || !allowed.test(next)) {
                return hops;
            }
        }
    }

    private HttpExchange fetchOne(URI uri) throws IOException {
        Connection connection = Jsoup.connect(uri.toString())
                .userAgent(userAgent)
                // Ask for an unencoded body: Jsoup would decode gzip and the archive must hold what the headers say.
                .header("Accept-Encoding", "identity")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .ignoreContentType(true)
                .ignoreHttpErrors(true)
                .followRedirects(false)
                .timeout((int) timeout.toMillis())
                .maxBodySize(maxBodyBytes);
        Connection.Response response = connection.execute();
        byte[] body = response.bodyAsBytes();
        Instant fetchedAt = Instant.now();

        List<Map.Entry<String, String>> requestHeaders = new ArrayList<>();
        requestHeaders.add(Map.entry("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort()));
        connection.request().multiHeaders().forEach((name, values) ->
                values.forEach(value -> requestHeaders.add(Map.entry(name, value))));

        List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();
        response.multiHeaders().forEach((name, values) -> {
            if (!TRANSFER_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> responseHeaders.add(Map.entry(name, value)));
            }
        });
        responseHeaders.add(Map.entry("Content-Length", Integer.toString(body.length)));
        String reason = response.statusMessage() == null ? "" : response.statusMessage();
        return new HttpExchange(uri, fetchedAt, requestHeaders, response.statusCode(), reason, responseHeaders, body);
    }
}
