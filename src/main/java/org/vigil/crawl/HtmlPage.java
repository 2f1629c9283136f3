package org.vigil.crawl;

import org.jsoup.Jsoup;
import org.vigil.extract.CharsetSniffer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the harvester needs from an HTML page: its links, its {@code rel=canonical} URL and the link
 * to its next page when it is a paginated listing.
 *
 * @param charset   the charset the page was read in
 * @param canonical the canonical URL the page declares, canonicalised, or null
 * @param next      the next page of a listing, or null
 * @param links     every http(s) link, canonicalised, in page order without repeats
 */
public record HtmlPage(Charset charset, URI canonical, URI next, List<URI> links) {

    private static final CharsetSniffer SNIFFER = new CharsetSniffer();

    /** Link texts of "next page" links on pages that do not mark them with rel=next. */
    private static final Pattern NEXT_TEXT = Pattern.compile(
            "(?i)^(next|older|more)\\b.*|.*[»›→]$|^page suivante$|^weiter$|^siguiente$");

    /**
     * @param url         where the page came from; relative links resolve against it
     * @param body        the page with any Content-Encoding undone
     * @param contentType the response's Content-Type (for its charset), or null
     */
    public static HtmlPage parse(URI url, byte[] body, String contentType) throws IOException {
        Charset charset = SNIFFER.sniff(body, contentType).charset();
        Document doc = Jsoup.parse(new ByteArrayInputStream(body), charset.name(), url.toString());
        Set<URI> links = new LinkedHashSet<>();
        URI next = null;
        for (Element a : doc.select("a[href], area[href]")) {
            URI link = Urls.resolve(url, a.attr("href"));
            if (link == null) {
                continue;
            }
            links.add(link);
            if (next == null && (a.attr("rel").toLowerCase(java.util.Locale.ROOT).contains("next")
                    || NEXT_TEXT.matcher(a.text().strip()).matches())) {
                next = link;
            }
        }
        Element relNext = doc.selectFirst("link[rel~=(?i)^next$][href]");
        if (relNext != null) {
            URI link = Urls.resolve(url, relNext.attr("href"));
            next = link != null ? link : next;
        }
        Element canonicalLink = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        URI canonical = canonicalLink == null ? null : Urls.resolve(url, canonicalLink.attr("href"));
        return new HtmlPage(charset, canonical, next != null && next.equals(Urls.canonical(url)) ? null : next,
                List.copyOf(links));
    }
}
