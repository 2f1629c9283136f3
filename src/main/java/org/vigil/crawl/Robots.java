package org.vigil.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One host's robots.txt rules (RFC 9309, via crawler-commons) for Vigil's robot name.
 */
public final class Robots {

    /** Robot name matched against robots.txt User-agent lines. */
    public static final String ROBOT_NAME = "vigil";

    private final BaseRobotRules rules;

    private Robots(BaseRobotRules rules) {
        this.rules = rules;
    }

    /** Rules from a fetched robots.txt; {@code status} decides for answers without a usable body. */
    public static Robots of(URI robotsUrl, int status, byte[] body, String contentType) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (status == 200) {
            return new Robots(parser.parseContent(robotsUrl.toString(), body,
                    contentType == null ? "text/plain" : contentType, List.of(ROBOT_NAME)));
        }
        // RFC 9309: 4xx means no rules; 5xx or no answer means assume everything is disallowed.
        return new Robots(parser.failedFetch(status));
    }

    /** Rules when robots.txt could not be fetched at all (connection failure): disallow, as RFC 9309 asks. */
    public static Robots unreachable() {
        return new Robots(new SimpleRobotRulesParser().failedFetch(503));
    }

    public boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** The Crawl-delay the site asks for, or null. */
    public Duration crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0 ? null : Duration.ofMillis(millis);
    }

    /** Sitemap URLs the robots.txt lists, resolved against it. */
    public List<URI> sitemaps(URI robotsUrl) {
        return rules.getSitemaps().stream().map(s -> Urls.resolve(robotsUrl, s)).filter(u -> u != null).toList();
    }
}
