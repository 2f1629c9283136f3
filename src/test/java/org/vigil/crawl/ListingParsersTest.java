package org.vigil.crawl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds, sitemaps, robots.txt and section pages as real sites publish them. */
class ListingParsersTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsRssItemsWithTheirDatesAndResolvesRootRelativeLinks() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Ledger</title><link>https://ledger.example/</link>
                <description>News</description>
                <item><title>A</title><link>/2026/10/a.html?utm_source=rss</link>
                  <pubDate>Tue, 06 Oct 2026 08:00:00 GMT</pubDate></item>
                <item><title>B</title><link>https://ledger.example/2026/10/b.html</link></item>
                </channel></rss>""";
        var items = FeedLinks.parse(URI.create("https://ledger.example/feed.xml"), bytes(rss));
        assertThat(items).containsExactly(
                new FeedLinks.Item(URI.create("https://ledger.example/2026/10/a.html"),
                        Instant.parse("2026-10-06T08:00:00Z")),
                new FeedLinks.Item(URI.create("https://ledger.example/2026/10/b.html"), null));
    }

    @Test
    void refusesAFeedWithAnExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title><link>https://x.example/</link>
                <description>x</description><item><title>&secret;</title><link>https://x.example/a</link></item>
                </channel></rss>""";
        assertThatThrownBy(() -> FeedLinks.parse(URI.create("https://x.example/feed"), bytes(xxe)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a readable RSS/Atom feed");
    }

    @Test
    void readsSitemapIndexesGoogleNewsSitemapsAndRelativeLocs() throws IOException {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap>
                  <sitemap><loc>https://news.example/sitemap-2026-10.xml</loc></sitemap>
                </sitemapindex>""";
        Sitemaps.Parsed parsedIndex = Sitemaps.parse(URI.create("https://news.example/sitemap.xml"), bytes(index),
                "application/xml");
        assertThat(parsedIndex.sitemaps()).containsExactly(URI.create("https://news.example/sitemap-news.xml"),
                URI.create("https://news.example/sitemap-2026-10.xml"));
        assertThat(parsedIndex.entries()).isEmpty();

        String news = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/2026/10/shot.html</loc>
                    <news:news><news:publication><news:name>News</news:name><news:language>en</news:language>
                    </news:publication><news:publication_date>2026-10-08T09:30:00+00:00</news:publication_date>
                    <news:title>Shot</news:title></news:news></url>
                  <url><loc>/2026/10/relative.html</loc><lastmod>2026-10-05</lastmod></url>
                </urlset>""";
        Sitemaps.Parsed parsed = Sitemaps.parse(URI.create("https://news.example/sitemap-news.xml"), bytes(news),
                "application/xml");
        assertThat(parsed.entries()).extracting(Sitemaps.Entry::url).containsExactly(
                URI.create("https://news.example/2026/10/shot.html"),
                URI.create("https://news.example/2026/10/relative.html"));
        assertThat(parsed.entries().get(0).date()).isEqualTo(Instant.parse("2026-10-08T09:30:00Z"));
    }

    @Test
    void refusesASitemapWithADoctype() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://n.example/&x;</loc></url>
                </urlset>""";
        assertThatThrownBy(() -> Sitemaps.parse(URI.create("https://n.example/sitemap.xml"), bytes(xxe),
                "application/xml")).isInstanceOf(IOException.class);
    }

    @Test
    void obeysRobotsTxtForVigilAndReadsCrawlDelayAndSitemaps() {
        URI robotsUrl = URI.create("https://news.example/robots.txt");
        Robots robots = Robots.of(robotsUrl, 200, bytes("""
                User-agent: *
                Disallow: /search

                User-agent: Vigil
                Disallow: /private/
                Crawl-delay: 5

                Sitemap: /sitemap.xml
                """), "text/plain");
        assertThat(robots.allows(URI.create("https://news.example/2026/10/a.html"))).isTrue();
        assertThat(robots.allows(URI.create("https://news.example/private/x.html"))).isFalse();
        assertThat(robots.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(robots.sitemaps(robotsUrl)).containsExactly(URI.create("https://news.example/sitemap.xml"));

        assertThat(Robots.of(robotsUrl, 404, new byte[0], null).allows(URI.create("https://news.example/a")))
                .isTrue();
        assertThat(Robots.of(robotsUrl, 503, new byte[0], null).allows(URI.create("https://news.example/a")))
                .isFalse();
    }

    @Test
    void findsLinksCanonicalAndNextPageOfASectionPage() throws IOException {
        String html = """
                <html><head><link rel="canonical" href="https://news.example/world/?utm_source=x">
                <meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
                <body><a href="/2026/10/a.html#top">A</a> <a href="/2026/10/a.html">A again</a>
                <div class="pager">Page 1 | <a href="/world/page-2.html">Next &raquo;</a></div></body></html>""";
        HtmlPage page = HtmlPage.parse(URI.create("https://news.example/world/"), bytes(html), "text/html");
        assertThat(page.links()).containsExactly(URI.create("https://news.example/2026/10/a.html"),
                URI.create("https://news.example/world/page-2.html"));
        assertThat(page.next()).isEqualTo(URI.create("https://news.example/world/page-2.html"));
        assertThat(page.canonical()).isEqualTo(URI.create("https://news.example/world/"));
        assertThat(page.charset().name()).isEqualTo("windows-1256");
    }

}
