package org.vigil.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL canonicalisation applied before a URL is queued, so one page is fetched and archived once. */
public final class Urls {

    private Urls() {
    }

    /**
     * Resolves {@code href} against {@code base} and canonicalises it: lower-case scheme and host,
     * default port dropped, fragment dropped, empty path as "/".
     *
     * @return the canonical URI, or null when {@code href} is not a usable http(s) link
     */
    public static URI resolve(URI base, String href) {
        try {
            URI uri = base == null ? new URI(href.strip()) : base.resolve(href.strip());
            return canonical(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The canonical form of an absolute http(s) URI, or null for any other URI. */
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
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port)
                + path + query);
    }
}
