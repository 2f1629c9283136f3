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
}
