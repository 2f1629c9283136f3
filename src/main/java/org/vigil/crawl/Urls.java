package org.vigil.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** URL canonicalisation applied before a URL is queued, so one page is fetched and archived once. */
public final class Urls {

    /** Query parameters that only track where a click came from; they never select content. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid",
            "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "__twitter_impression");

    /**
     * Canonical forms of links whose resolution does not depend on the page's path (absolute and
     * root-relative links), by their absolute text. A news site repeats the same navigation, section
     * and related-story links on every page, a hundred or more each; parsing and canonicalising them
     * again per page cost the harvest a quarter of its fetch threads' time.
     */
    private static final Map<String, Optional<URI>> SITE_LINKS = new ConcurrentHashMap<>();
    private static final int SITE_LINKS_LIMIT = 100_000;

    private Urls() {
    }

    /**
     * Resolves {@code href} against {@code base} and canonicalises it.
     *
     * @return the canonical URI, or null when {@code href} is not a usable http(s) link
     */
    public static URI resolve(URI base, String href) {
        // Pages carry unescaped spaces in links often enough that browsers (and so we) accept them.
        String link = href.strip().replace(" ", "%20");
        String absolute = link.startsWith("http://") || link.startsWith("https://") ? link
                : base != null && base.getScheme() != null && base.getRawAuthority() != null
                  && link.startsWith("/") && !link.startsWith("//")
                ? base.getScheme() + "://" + base.getRawAuthority() + link : null;
        if (absolute == null) {
            return resolveNow(base, link);
        }
        Optional<URI> known = SITE_LINKS.get(absolute);
        if (known == null) {
            if (SITE_LINKS.size() >= SITE_LINKS_LIMIT) {
                SITE_LINKS.clear();
            }
            known = Optional.ofNullable(resolveNow(null, absolute));
            SITE_LINKS.put(absolute, known);
        }
        return known.orElse(null);
    }

    private static URI resolveNow(URI base, String link) {
        try {
            URI uri = new URI(link);
            return canonical(base == null ? uri : base.resolve(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The canonical form of an absolute http(s) URI, or null for any other URI: lower-case scheme and
     * host, default port dropped, dot segments removed, empty path as "/", fragment dropped, and
     * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}...) removed.
     */
    public static URI canonical(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return null;
        }
        int port = uri.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutTracking(uri.getRawQuery());
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return URI.create(scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query)).normalize();
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
