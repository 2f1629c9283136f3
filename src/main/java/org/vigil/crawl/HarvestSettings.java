package org.vigil.crawl;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a job harvests: the {@code harvest:} block of a job file. Every key is optional; the defaults
 * are what a careful crawler does on the open web.
 *
 * @param contact                 how an outlet reaches the operator (URL or e-mail), put into the User-Agent;
 *                                defaults to the job's operator
 * @param politeness              {@code on} (default) or {@code off}: off ignores robots.txt, delays and
 *                                connection limits, and is refused for anything but loopback hosts
 * @param delaySeconds            minimum time between two requests to one host (default 1; robots.txt
 *                                Crawl-delay raises it)
 * @param maxConnectionsPerHost   concurrent requests to one host (default 2)
 * @param threads                 concurrent fetches overall, over all hosts (default 8)
 * @param connectTimeoutSeconds   connect timeout (default 10)
 * @param readTimeoutSeconds      longest silence while waiting for headers or body bytes (default 30)
 * @param pageTimeoutSeconds      longest time one request may take in total (default 120)
 * @param retries                 further attempts after a connection error, 5xx or 429 (default 3)
 * @param retryBackoffSeconds     wait before the first retry, doubled for each next one (default 2)
 * @param maxRetryAfterSeconds    longest Retry-After a 429/503 may ask for before the URL is given up
 *                                for this run (default 300)
 * @param maxBodyMb               larger bodies are cut and archived with {@code WARC-Truncated: length}
 *                                (default 20)
 * @param maxRedirects            redirect hops followed (default 5)
 * @param allowPrivateAddresses   fetch hosts that resolve to loopback or private addresses (default false;
 *                                refused also after redirects)
 * @param warcRotateMb            start a new WARC file at this size (default 1024)
 * @param since                   ignore feed and sitemap entries dated before this: a date
 *                                ({@code 2026-01-01}) or an age ({@code 7d}); default: no limit
 */
public record HarvestSettings(String contact, Politeness politeness, Double delaySeconds,
                              Integer maxConnectionsPerHost, Integer threads, Double connectTimeoutSeconds,
                              Double readTimeoutSeconds, Double pageTimeoutSeconds, Integer retries,
                              Double retryBackoffSeconds, Double maxRetryAfterSeconds, Integer maxBodyMb,
                              Integer maxRedirects, Boolean allowPrivateAddresses, Integer warcRotateMb,
                              String since) {

    /** Whether the harvest holds back for the sake of the sites it visits. */
    public enum Politeness { ON, OFF }

    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*d");

    public HarvestSettings {
        politeness = politeness == null ? Politeness.ON : politeness;
        delaySeconds = atLeast("delay-seconds", delaySeconds, 1.0, 0);
        maxConnectionsPerHost = atLeast("max-connections-per-host", maxConnectionsPerHost, 2, 1);
        threads = atLeast("threads", threads, 8, 1);
        connectTimeoutSeconds = atLeast("connect-timeout-seconds", connectTimeoutSeconds, 10, 0.001);
        readTimeoutSeconds = atLeast("read-timeout-seconds", readTimeoutSeconds, 30, 0.001);
        pageTimeoutSeconds = atLeast("page-timeout-seconds", pageTimeoutSeconds, 120, 0.001);
        retries = atLeast("retries", retries, 3, 0);
        retryBackoffSeconds = atLeast("retry-backoff-seconds", retryBackoffSeconds, 2, 0);
        maxRetryAfterSeconds = atLeast("max-retry-after-seconds", maxRetryAfterSeconds, 300, 0);
        maxBodyMb = atLeast("max-body-mb", maxBodyMb, 20, 1);
        maxRedirects = atLeast("max-redirects", maxRedirects, 5, 0);
        allowPrivateAddresses = allowPrivateAddresses != null && allowPrivateAddresses;
        warcRotateMb = atLeast("warc-rotate-mb", warcRotateMb, 1024, 1);
        if (since != null) {
            sinceDate(since, LocalDate.now());
        }
    }

    /** All defaults. */
    public static HarvestSettings defaults() {
        return new HarvestSettings(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public boolean polite() {
        return politeness == Politeness.ON;
    }

    public Duration delay() {
        return seconds(delaySeconds);
    }

    public Duration connectTimeout() {
        return seconds(connectTimeoutSeconds);
    }

    public Duration readTimeout() {
        return seconds(readTimeoutSeconds);
    }

    public Duration pageTimeout() {
        return seconds(pageTimeoutSeconds);
    }

    public Duration retryBackoff() {
        return seconds(retryBackoffSeconds);
    }

    public Duration maxRetryAfter() {
        return seconds(maxRetryAfterSeconds);
    }

    public int maxBodyBytes() {
        return maxBodyMb << 20;
    }

    public long warcRotateBytes() {
        return (long) warcRotateMb << 20;
    }

    /** The first day whose entries are wanted, or null for no limit. */
    public LocalDate sinceDate(LocalDate today) {
        return since == null ? null : sinceDate(since, today);
    }

    /** These settings with {@code since} replaced (a backfill from the command line). */
    public HarvestSettings withSince(String newSince) {
        return new HarvestSettings(contact, politeness, delaySeconds, maxConnectionsPerHost, threads,
                connectTimeoutSeconds, readTimeoutSeconds, pageTimeoutSeconds, retries, retryBackoffSeconds,
                maxRetryAfterSeconds, maxBodyMb, maxRedirects, allowPrivateAddresses, warcRotateMb, newSince);
    }

    private static LocalDate sinceDate(String since, LocalDate today) {
        Matcher age = AGE.matcher(since.strip());
        if (age.matches()) {
            return today.minusDays(Long.parseLong(age.group(1)));
        }
        try {
            return LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad since '" + since + "': expected a date like 2026-01-31 or an age"
                    + " like 7d");
        }
    }

    private static Double atLeast(String key, Double value, double fallback, double minimum) {
        if (value == null) {
            return fallback;
        }
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }

    private static Integer atLeast(String key, Integer value, int fallback, int minimum) {
        if (value == null) {
            return fallback;
        }
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
