package org.vigil.crawl;

import org.vigil.archive.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Fetches URLs over HTTP/1.1 and returns every exchange for the archive. Redirects are followed
 * here, not by the HTTP client, so every hop is archived and re-checked (allowed host, no internal
 * address). Connection errors, 5xx and 429 are retried with exponential backoff, honouring
 * Retry-After; bodies are capped; a request that goes silent or takes too long in total is abandoned.
 */
public class Fetcher {

    /** Headers that describe the transfer, not the payload: the archived body is already de-chunked. */
    private static final Set<String> TRANSFER_HEADERS = Set.of("transfer-encoding", "content-length", ":status");
    private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 500, 502, 503, 504);
    private static final int SNIFF_BYTES = 1024;
    private static final long TICK_MILLIS = 50;

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
    private final AddressGuard guard;
    private final HttpClient client;

    public Fetcher(HarvestSettings settings, String userAgent, HostGates gates) {
        this.settings = settings;
        this.userAgent = userAgent;
        this.gates = gates;
        this.guard = new AddressGuard(settings.allowPrivateAddresses(), !settings.polite());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
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
                guard.check(uri);
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
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.pageTimeout())
                .header("User-Agent", userAgent)
                .header("Accept", htmlOnly ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
                        : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5")
                // The archive keeps the body exactly as sent; an unencoded body is what readers expect.
                .header("Accept-Encoding", "identity");
        if (validators != null && validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        HttpRequest request = builder.build();
        String host = uri.getHost();
        gates.enter(host);
        try {
            return exchange(uri, request, htmlOnly);
        } finally {
            gates.leave(host);
        }
    }

    private HttpExchange exchange(URI uri, HttpRequest request, boolean htmlOnly) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        CappedBody body = new CappedBody(settings.maxBodyBytes(), start);
        CompletableFuture<HttpResponse<CappedBody.Bytes>> future = client.sendAsync(request, info -> {
            body.touch();
            boolean skip = htmlOnly && info.statusCode() == 200 && !isHtmlType(info.headers().firstValue(
                    "Content-Type").orElse(null));
            return skip ? body.skipping() : body;
        });
        long readTimeout = settings.readTimeout().toNanos();
        long pageTimeout = settings.pageTimeout().toNanos();
        HttpResponse<CappedBody.Bytes> response;
        while (true) {
            try {
                response = future.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                String why = now - body.lastActivity() > readTimeout ? "read timeout: no data for "
                        + settings.readTimeout().toMillis() / 1000.0 + " s"
                        : now - start > pageTimeout ? "page timeout: not complete after "
                        + settings.pageTimeout().toMillis() / 1000.0 + " s" : null;
                if (why != null) {
                    body.cancel();
                    future.cancel(true);
                    throw new HttpTimeoutException(why);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(describe(e.getCause()),
                        e.getCause());
            } catch (InterruptedException e) {
                body.cancel();
                future.cancel(true);
                throw e;
            }
        }
        CappedBody.Bytes bytes = response.body();
        List<Map.Entry<String, String>> requestHeaders = new ArrayList<>();
        requestHeaders.add(Map.entry("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":"
                + uri.getPort()));
        request.headers().map().forEach((name, values) ->
                values.forEach(value -> requestHeaders.add(Map.entry(name, value))));
        List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!TRANSFER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> responseHeaders.add(Map.entry(name, value)));
            }
        });
        responseHeaders.add(Map.entry("Content-Length", Integer.toString(bytes.data().length)));
        return new HttpExchange(uri, Instant.now(), requestHeaders, response.statusCode(),
                ReasonPhrases.of(response.statusCode()), responseHeaders, bytes.data(), bytes.truncated(),
                Duration.ofNanos(System.nanoTime() - start));
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

    /**
     * Collects a body up to a limit, cancelling the transfer beyond it, and notes when bytes last
     * arrived so a silent server can be told from a slow one.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {

        record Bytes(byte[] data, boolean truncated) {
        }

        private final int limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<Bytes> result = new CompletableFuture<>();
        private volatile long lastActivity;
        private volatile Flow.Subscription subscription;
        private boolean skip;

        CappedBody(int limit, long start) {
            this.limit = limit;
            this.lastActivity = start;
        }

        void touch() {
            lastActivity = System.nanoTime();
        }

        long lastActivity() {
            return lastActivity;
        }

        CappedBody skipping() {
            skip = true;
            return this;
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }

        @Override
        public CompletionStage<Bytes> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (skip) {
                s.cancel();
                result.complete(new Bytes(new byte[0], false));
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            touch();
            for (ByteBuffer item : items) {
                int room = limit - buffer.size();
                int n = Math.min(room, item.remaining());
                byte[] chunk = new byte[n];
                item.get(chunk);
                buffer.write(chunk, 0, n);
                if (item.hasRemaining()) {
                    subscription.cancel();
                    result.complete(new Bytes(buffer.toByteArray(), true));
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new Bytes(buffer.toByteArray(), false));
        }
    }
}
