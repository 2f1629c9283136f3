package org.vigil.job;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticSiteTest {

    @TempDir
    Path dir;

    @Test
    void newsWeightPagesWeighLikeRealOnesAndLinkOnlyToPagesTheSiteHas() throws IOException {
        assertWrappedPages(SyntheticSite.Weight.NEWS, 100_000L, 160_000L);
    }

    @Test
    void mediumWeightPagesWeighLikeALeanSitesAndLinkOnlyToPagesTheSiteHas() throws IOException {
        assertWrappedPages(SyntheticSite.Weight.MEDIUM, 20_000L, 40_000L);
    }

    private void assertWrappedPages(SyntheticSite.Weight weight, long minBytes, long maxBytes) throws IOException {
        Path site = dir.resolve(weight.name());
        SyntheticSite.write(site, 250, weight);
        List<Path> articles = articles(site);
        assertThat(articles).hasSize(250);
        for (Path article : articles) {
            assertThat(Files.size(article)).as("%s", article).isBetween(minBytes, maxBytes);
            Document page = Jsoup.parse(article.toFile(), "UTF-8", "http://site.test/");
            assertThat(page.select("script")).hasSize(2);
            // wget follows every link, Vigil only article links: a link to a missing page would cost wget a 404.
            page.select("a[href]").forEach(a -> assertThat(site.resolve(a.attr("href").substring(1)))
                    .as("link %s in %s", a.attr("href"), article).exists());
        }
    }

    @Test
    void lightPagesAreTheTextAloneAndTheSameArgumentsGiveTheSameSite() throws IOException {
        SyntheticSite.write(dir.resolve("a"), 120, SyntheticSite.Weight.LIGHT);
        SyntheticSite.write(dir.resolve("b"), 120, SyntheticSite.Weight.LIGHT);
        List<Path> articles = articles(dir.resolve("a"));
        assertThat(articles).hasSize(120);
        for (Path article : articles) {
            assertThat(Files.size(article)).isBetween(3_000L, 10_000L);
            assertThat(Files.readAllBytes(article))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(dir.resolve("a").relativize(article))));
        }
        assertThat(SyntheticSite.sectionPages(120)).isEqualTo(2);
        assertThat(dir.resolve("a/news/page-2.html")).exists();
    }

    private static List<Path> articles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("news"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("story-")).sorted().toList();
        }
    }
}
