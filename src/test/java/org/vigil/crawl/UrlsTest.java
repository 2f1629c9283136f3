package org.vigil.crawl;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    private static final URI BASE = URI.create("https://news.example.org/world/index.html");

    @Test
    void canonicalisesHostPortFragmentAndDotSegments() {
        assertThat(Urls.resolve(BASE, "HTTPS://News.Example.ORG:443/a/../b/story.html#comments"))
                .hasToString("https://news.example.org/b/story.html");
        assertThat(Urls.resolve(BASE, "http://news.example.org:80")).hasToString("http://news.example.org/");
        assertThat(Urls.resolve(BASE, "http://news.example.org:8080/x")).hasToString("http://news.example.org:8080/x");
        assertThat(Urls.resolve(BASE, "../2026/10/a b.html")).hasToString("https://news.example.org/2026/10/a%20b.html");
    }

    @Test
    void dropsTrackingParametersButKeepsTheOnesThatSelectContent() {
        assertThat(Urls.resolve(BASE, "/story?id=42&utm_source=twitter&utm_medium=social&fbclid=IwAR0x&gclid=abc"))
                .hasToString("https://news.example.org/story?id=42");
        assertThat(Urls.resolve(BASE, "/story?utm_campaign=x")).hasToString("https://news.example.org/story");
        assertThat(Urls.resolve(BASE, "/search?q=kabul&page=2")).hasToString("https://news.example.org/search?q=kabul&page=2");
    }

    @Test
    void refusesWhatIsNotAnHttpLink() {
        assertThat(Urls.resolve(BASE, "mailto:desk@example.org")).isNull();
        assertThat(Urls.resolve(BASE, "javascript:void(0)")).isNull();
        assertThat(Urls.resolve(BASE, "http://[broken")).isNull();
    }

    @Test
    void aSiteLinkResolvesAgainstTheHostOfEachPageThatCarriesIt() {
        URI otherPage = URI.create("https://news.example.org/sport/2026/11/story.html");
        URI otherSite = URI.create("http://mirror.example.net:8080/world/index.html");
        for (int time = 0; time < 2; time++) {
            assertThat(Urls.resolve(BASE, "/news/./latest.html?utm_source=x")).hasToString("https://news.example.org/news/latest.html");
            assertThat(Urls.resolve(otherPage, "/news/./latest.html?utm_source=x")).hasToString("https://news.example.org/news/latest.html");
            assertThat(Urls.resolve(otherSite, "/news/./latest.html?utm_source=x")).hasToString("http://mirror.example.net:8080/news/latest.html");
            assertThat(Urls.resolve(otherSite, "//cdn.example.org/a.html")).hasToString("http://cdn.example.org/a.html");
            assertThat(Urls.resolve(BASE, "//cdn.example.org/a.html")).hasToString("https://cdn.example.org/a.html");
            assertThat(Urls.resolve(otherPage, "next.html")).hasToString("https://news.example.org/sport/2026/11/next.html");
            assertThat(Urls.resolve(BASE, "https://news.example.org/a b")).hasToString("https://news.example.org/a%20b");
            assertThat(Urls.resolve(BASE, "http://[broken")).isNull();
            assertThat(Urls.resolve(BASE, "/%zz")).isNull();
        }
    }
}
