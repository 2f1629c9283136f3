package org.vigil.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags, indexed once by their {@code property}, {@code name},
 * {@code itemprop} and {@code http-equiv} keys (case-insensitive). The first non-empty content for
 * a key wins, as in the page's own order.
 */
final class MetaTags {

    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, String> contents = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                String key = meta.attr(attribute);
                if (!key.isEmpty()) {
                    contents.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), content);
                }
            }
        }
    }

    /** The content for a key, or null. */
    String get(String key) {
        return contents.get(key.toLowerCase(Locale.ROOT));
    }
}
