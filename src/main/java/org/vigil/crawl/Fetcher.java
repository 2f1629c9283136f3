package org.vigil.crawl;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;
import org.vigil.archive.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Fetches URLs over HTTP/1.1 (Apache HttpClient, pooled keep-alive connections) and returns every
 * exchange for the archive. Redirects are followed
 * here, not by the HTTP client, so every hop is archived and re-checked (allowed host, no internal
 * address). Connection errors, 5xx and 429 are retried with exponential backoff, honouring
 * Retry-After; bodies are capped; a request that goes silent or takes too long in total is abandoned.
 */
public class Fetcher implements AutoCloseable {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** Headers that describe the transfer, not the payload: the archived body is already de-chunked. */
    private static final Set<String> TRANSFER_HEADERS = Set.of("transfer-encoding", "content-length", ":status");
    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 500, 502, 503, 504);
    private static final int SNIFF_BYTES = 1024;

    /** Validators of an earlier capture, for a conditional GET. */
    public record Validators(String etag, String lastModified) {
        public boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }

    /**
     * What became of one URL.
     *
     * @param hops     every exchange in order (redirect hops first); may be empty when nothing answered
     * @param attempts requests made for the final hop, retries included
     * @param failure  why the URL could not be fetched, or null
     * @param skipped  why the answer is not archived as a page (e.g. not HTML), or null
     */
    public record Result(URI url, List<HttpExchange> hops, int attempts, String failure, String skipped) {
        public HttpExchange last() {
            return hops.isEmpty() ? null : hops.get(hops.size() - 1);
        }

        public boolean ok() {
            return failure == null && skipped == null;
        }
    }

    private final HarvestSettings settings;
    private final String userAgent;
    private final HostGates gates;
    private final CloseableHttpClient client;

    public Fetcher(HarvestSettings settings, String userAgent, HostGates gates) {
        this.settings = settings;
        this.userAgent = userAgent;
        this.gates = gates;
        int connections = Math.max(settings.threads(), settings.maxConnectionsPerHost()) * 2;
        Timeout readTimeout = Timeout.ofMilliseconds(Math.max(1, settings.readTimeout().toMillis()));
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new AddressGuard(settings.allowPrivateAddresses(), !settings.polite()))
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(readTimeout).setTcpNoDelay(true)
                                .build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeout().toMillis()))
                                .setSocketTimeout(readTimeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(readTimeout).build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    public String userAgent() {
        return userAgent;
    }

    public HostGates gates() {
        return gates;
    }

    /**
     * Fetches {@code uri}, following redirects to URLs {@code allowed} accepts.
     *
     * @param htmlOnly   answers that are not HTML are skipped (their body is not downloaded)
     * @param validators of the last capture of {@code uri} for a conditional GET, or null
     */
    public Result fetch(URI uri, Predicate<URI> allowed, boolean htmlOnly, Validators validators)
            throws InterruptedException {
        List<HttpExchange> hops = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        URI next = uri;
        while (true) {
            visited.add(next);
            Attempt attempt = fetchWithRetries(next, htmlOnly, hops.isEmpty() ? validators : null);
            if (attempt.exchange != null) {
                hops.add(attempt.exchange);
            }
            if (attempt.failure != null || attempt.skipped != null) {
                return new Result(uri, hops, attempt.count, attempt.failure, attempt.skipped);
            }
            HttpExchange exchange = attempt.exchange;
            String location = exchange.responseHeader("Location");
            if (exchange.status() / 100 == 3 && exchange.status() != 304 && location != null) {
                URI target = Urls.resolve(next, location);
                String failure = target == null ? "redirect to an unusable Location '" + location + "'"
                        : visited.contains(target) ? "redirect loop at " + target
                        : hops.size() > settings.maxRedirects() ? "more than " + settings.maxRedirects() + " redirects"
                        : !allowed.test(target) ? "redirect to a host not allowed: " + target
                        : null;
                if (failure != null) {
                    return new Result(uri, hops, attempt.count, failure, null);
                }
                next = target;
                continue;
            }
            String failure = exchange.status() >= 400 ? "HTTP " + exchange.status()
                    + (attempt.count > 1 ? " after " + attempt.count + " attempts" : "") : null;
            return new Result(uri, hops, attempt.count, failure, null);
        }
    }

    /** One hop's outcome after retries. */
    private record Attempt(HttpExchange exchange, int count, String failure, String skipped) {
    }

    private Attempt fetchWithRetries(URI uri, boolean htmlOnly, Validators validators) throws InterruptedException {
        int maxAttempts = 1 + settings.retries();
        for (int attempt = 1; ; attempt++) {
            Duration wait = backoff(attempt);
            try {
                HttpExchange exchange = request(uri, htmlOnly, validators);
                if (!RETRIED_STATUSES.contains(exchange.status())) {
                    String skipped = skipReason(exchange, htmlOnly);
                    return new Attempt(exchange, attempt, null, skipped);
                }
                if (attempt == maxAttempts) {
                    return new Attempt(exchange, attempt, null, null);
                }
                Duration retryAfter = retryAfter(exchange.responseHeader("Retry-After"));
                if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
                    return new Attempt(exchange, attempt, "HTTP " + exchange.status() + " with Retry-After of "
                            + retryAfter.toSeconds() + " s, longer than the " + settings.maxRetryAfter().toSeconds()
                            + " s allowed (max-retry-after-seconds)", null);
                }
                if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                    wait = retryAfter;
                }
            } catch (AddressGuard.RefusedException e) {
                return new Attempt(null, attempt, e.getMessage(), null);
            } catch (IOException e) {
                if (attempt == maxAttempts) {
                    return new Attempt(null, attempt, describe(e) + (attempt > 1 ? " after " + attempt + " attempts"
                            : ""), null);
                }
            }
            Thread.sleep(wait.toMillis());
        }
    }

    private Duration backoff(int attempt) {
        return settings.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private static String skipReason(HttpExchange exchange, boolean htmlOnly) {
        if (!htmlOnly || exchange.status() != 200) {
            return null;
        }
        String type = mediaType(exchange.responseHeader("Content-Type"));
        if (!type.isEmpty() && !type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            return "not HTML: " + type;
        }
        byte[] head = exchange.decodedBody(SNIFF_BYTES);
        for (byte b : head) {
            if (b == 0) {
                return "binary content served as " + (type.isEmpty() ? "a page without Content-Type" : type);
            }
        }
        return null;
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private HttpExchange request(URI uri, boolean htmlOnly, Validators validators) throws IOException,
            InterruptedException {
        HttpGet request = new HttpGet(uri);
        request.addHeader("User-Agent", userAgent);
        request.addHeader("Accept", htmlOnly ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
                : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5");
        // The archive keeps the body exactly as sent; an unencoded body is what readers expect.
        request.addHeader("Accept-Encoding", "identity");
        if (validators != null && validators.etag() != null) {
            request.addHeader("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            request.addHeader("If-Modified-Since", validators.lastModified());
        }
        String host = uri.getHost();
        gates.enter(host);
        try {
            return exchange(uri, request, htmlOnly);
        } finally {
            gates.leave(host);
        }
    }

    private HttpExchange exchange(URI uri, HttpGet request, boolean htmlOnly) throws IOException {
        long start = System.nanoTime();
        long deadline = start + settings.pageTimeout().toNanos();
        AtomicBoolean timedOut = new AtomicBoolean();
        // Socket timeouts catch a silent server; this catches one that trickles bytes forever.
        ScheduledFuture<?> abort = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, settings.pageTimeout().toNanos(), TimeUnit.NANOSECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            int status = response.getCode();
            String contentType = response.getFirstHeader("Content-Type") == null ? null
                    : response.getFirstHeader("Content-Type").getValue();
            boolean skip = htmlOnly && status == 200 && !isHtmlType(contentType);
            byte[] body = new byte[0];
            boolean truncated = false;
            HttpEntity entity = response.getEntity();
            if (entity != null && !skip) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                byte[] chunk = new byte[16384];
                int limit = settings.maxBodyBytes();
                try (InputStream in = entity.getContent()) {
                    int n;
                    while ((n = in.read(chunk)) != -1) {
                        int keep = Math.min(n, limit - buffer.size());
                        buffer.write(chunk, 0, keep);
                        if (keep < n) {
                            truncated = true;
                            break;
                        }
                        if (System.nanoTime() > deadline) {
                            throw new SocketTimeoutException("");
                        }
                    }
                }
                body = buffer.toByteArray();
            }
            List<Map.Entry<String, String>> requestHeaders = new ArrayList<>();
            if (request.getFirstHeader("Host") == null) {
                requestHeaders.add(Map.entry("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":"
                        + uri.getPort()));
            }
            for (Header header : request.getHeaders()) {
                requestHeaders.add(Map.entry(header.getName(), header.getValue()));
            }
            List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();
            for (Header header : response.getHeaders()) {
                if (!TRANSFER_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    responseHeaders.add(Map.entry(header.getName(), header.getValue()));
                }
            }
            responseHeaders.add(Map.entry("Content-Length", Integer.toString(body.length)));
            String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
            return new HttpExchange(uri, Instant.now(), requestHeaders, status, reason, responseHeaders, body,
                    truncated, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            if (timedOut.get() || e instanceof SocketTimeoutException && System.nanoTime() > deadline) {
                throw new SocketTimeoutException("page timeout: not complete after "
                        + settings.pageTimeout().toMillis() / 1000.0 + " s");
            }
            if (e instanceof SocketTimeoutException) {
                throw new SocketTimeoutException("read timeout: no data for "
                        + settings.readTimeout().toMillis() / 1000.0 + " s");
            }
            throw e;
        } finally {
            abort.cancel(false);
        }
    }

    private static boolean isHtmlType(String contentType) {
        String type = mediaType(contentType);
        return type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** Seconds or an HTTP date, as Retry-After allows; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration until = Duration.between(Instant.now(),
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** A one-line reason for an exception. */
    public static String describe(Throwable e) {
        if (e instanceof ConnectException && e.getMessage() == null) {
            return "connection refused";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.UnknownHostException) {
            message = "unknown host " + message;
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
