package org.vigil.crawl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The links of an HTML section page. */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * @param pageUrl     where the page came from; relative links resolve against it
     * @param body        the page as fetched
     * @param contentType the response's Content-Type (for its charset), or null
     */
    public static List<URI> parse(URI pageUrl, byte[] body, String contentType) throws IOException {
        var doc = Jsoup.parse(new ByteArrayInputStream(body), Charsets.fromContentType(contentType),
                pageUrl.toString());
        Set<URI> links = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            URI url = Urls.resolve(pageUrl, a.attr("href"));
            if (url != null) {
                links.add(url);
            }
        }
        return List.copyOf(links);
    }
}
