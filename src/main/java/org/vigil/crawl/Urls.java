package org.vigil.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** URL canonicalisation applied before a URL is queued, so one page is fetched and archived once. */
public final class Urls {

    /** Query parameters that only track where a click came from; they never select content. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid",
            "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "__twitter_impression");

    private Urls() {
    }

    /**
     * Resolves {@code href} against {@code base} and canonicalises it.
     *
     * @return the canonical URI, or null when {@code href} is not a usable http(s) link
     */
    public static URI resolve(URI base, String href) {
        try {
            // Pages carry unescaped spaces in links often enough that browsers (and so we) accept them.
            URI link = new URI(href.strip().replace(" ", "%20"));
            URI uri = base == null ? link : base.resolve(link);
            return canonical(uri);
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
