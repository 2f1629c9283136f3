package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.crawl.HarvestSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harvest keys of a job file: defaults, values, and one-line errors for bad ones. */
class HarvestJobKeysTest {

    @TempDir
    Path dir;

    private Path job(String harvest) throws IOException {
        return Files.writeString(dir.resolve("h.yml"), """
                name: h
                operator: Desk <desk@example.org>
                sources:
                  - name: News
                    pages: ["https://news.example.org/world/"]
                    sitemaps: ["https://news.example.org/news-sitemap.xml"]
                    max-pages: 3
                    allow-hosts: [news.example.org]
                """ + harvest + """
                briefing:
                  title: B
                """);
    }

    @Test
    void appliesCarefulDefaults() throws IOException {
        JobDefinition job = JobDefinitions.load(job(""));
        HarvestSettings h = job.harvest();
        assertThat(h.polite()).isTrue();
        assertThat(h.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(h.maxConnectionsPerHost()).isEqualTo(2);
        assertThat(h.retries()).isEqualTo(3);
        assertThat(h.allowPrivateAddresses()).isFalse();
        assertThat(h.maxBodyBytes()).isEqualTo(20 << 20);
        assertThat(h.sinceDate(LocalDate.of(2026, 11, 24))).isNull();
        assertThat(job.sources().get(0).maxPages()).isEqualTo(3);
        assertThat(job.sources().get(0).sitemaps()).containsExactly("https://news.example.org/news-sitemap.xml");
    }

    @Test
    void readsEveryKey() throws IOException {
        HarvestSettings h = JobDefinitions.load(job("""
                harvest:
                  contact: https://desk.example.org/contact
                  politeness: off
                  delay-seconds: 2.5
                  threads: 4
                  read-timeout-seconds: 5
                  since: 7d
                """)).harvest();
        assertThat(h.contact()).isEqualTo("https://desk.example.org/contact");
        assertThat(h.polite()).isFalse();
        assertThat(h.delay()).isEqualTo(Duration.ofMillis(2500));
        assertThat(h.threads()).isEqualTo(4);
        assertThat(h.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(h.sinceDate(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(h.withSince("2025-01-01").sinceDate(LocalDate.of(2026, 11, 24)))
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void namesFileAndLineOfABadValue() throws IOException {
        Path bad = job("""
                harvest:
                  threads: 0
                """);
        assertThatThrownBy(() -> JobDefinitions.load(bad))
                .hasMessageStartingWith(bad + ": line ")
                .hasMessageContaining("threads must be at least 1");
        Path unknown = job("""
                harvest:
                  politness: off
                """);
        assertThatThrownBy(() -> JobDefinitions.load(unknown))
                .hasMessageContaining("unknown key 'politness'");
        Path since = job("""
                harvest:
                  since: last tuesday
                """);
        assertThatThrownBy(() -> JobDefinitions.load(since))
                .hasMessageContaining("bad since 'last tuesday'");
    }
}
