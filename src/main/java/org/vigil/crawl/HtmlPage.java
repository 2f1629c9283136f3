package org.vigil.crawl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.vigil.extract.CharsetSniffer;

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

    // Parsed once: jsoup parses a selector string anew on every call, which costs more than the page.
    private static final Evaluator LINKS = QueryParser.parse("a[href], area[href]");
    private static final Evaluator REL_NEXT = QueryParser.parse("link[rel~=(?i)^next$][href]");
    private static final Evaluator REL_CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");

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
        for (Element a : doc.select(LINKS)) {
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
        Element relNext = doc.selectFirst(REL_NEXT);
        if (relNext != null) {
            URI link = Urls.resolve(url, relNext.attr("href"));
            next = link != null ? link : next;
        }
        Element canonicalLink = doc.selectFirst(REL_CANONICAL);
        URI canonical = canonicalLink == null ? null : Urls.resolve(url, canonicalLink.attr("href"));
        return new HtmlPage(charset, canonical, next != null && next.equals(Urls.canonical(url)) ? null : next,
                List.copyOf(links));
    }
}
