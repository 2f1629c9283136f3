package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.cli.ExitCodes;
import org.vigil.crawl.FaultServer;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One article under two URLs (an AMP or print copy) is archived once: rel=canonical is honoured after fetch. */
class CanonicalDuplicateTest {

    /** An article page naming /news/story.html its canonical URL. */
    private static final String STORY = "<html><head><link rel=\"canonical\" href=\"/news/story.html\"></head>"
            + "<body><p>Story</p></body></html>";

    @TempDir
    Path dir;

    private Path job(FaultServer server) throws IOException {
        return HarvestFixture.job(dir, """
                name: canonical
                operator: Test desk
                sources:
                  - name: News
                    pages: ["%s/news/"]
                    allow-hosts: ["127.0.0.1"]
                    article-pattern: '/news/.+\\.html$'
                harvest:
                  allow-private-addresses: true
                  delay-seconds: 0
                briefing:
                  title: Canonical
                """.formatted(server.base()));
    }

    @Test
    void aPageWhoseCanonicalIsArchivedIsSkippedAsADuplicate() throws Exception {
        try (FaultServer server = new FaultServer()) {
            server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
                    .page("/news/", "text/html", "<a href=\"/news/story.html\">story</a>")
                    .page("/news/story.html", "text/html", STORY)
                    .page("/news/story-amp.html", "text/html", STORY);
            Path job = job(server);
            Path home = dir.resolve("home");
            String[] harvest = {"harvest", "--job", job.toString(), "--home", home.toString()};
            assertThat(HarvestFixture.vigil(harvest).exitCode()).isEqualTo(ExitCodes.OK);

            // The next night the section links the AMP copy instead.
            server.page("/news/", "text/html", "<a href=\"/news/story-amp.html\">story</a>");
            HarvestFixture.Run second = HarvestFixture.vigil(harvest);
            assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(second.out()).contains("0 pages archived, 0 failed, 1 skipped");
            assertThat(server.hits("/news/story-amp.html")).isEqualTo(1);

            try (VigilRuntime runtime = VigilRuntime.open(home, JobDefinitions.load(job))) {
                JdbcClient jdbc = runtime.bean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM capture WHERE kind = 'article'").query(Integer.class)
                        .single()).isEqualTo(1);
                assertThat(jdbc.sql("SELECT last_error FROM frontier WHERE url LIKE '%story-amp.html'")
                        .query(String.class).single())
                        .isEqualTo("duplicate of " + server.base() + "/news/story.html, archived already");
                // Discovery too: a link to the canonical URL is known as archived.
                assertThat(runtime.bean(org.vigil.store.CaptureRepository.class)
                        .hasArticle(server.base() + "/news/story.html")).isTrue();
            }
        }
    }

    @Test
    void twoQueuedCopiesOfOneArticleAreArchivedOnce() throws Exception {
        try (FaultServer server = new FaultServer()) {
            server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
                    .page("/news/", "text/html", "<a href=\"/news/story-amp.html\">amp</a>"
                            + "<a href=\"/news/story.html\">story</a>")
                    .page("/news/story.html", "text/html", STORY)
                    .page("/news/story-amp.html", "text/html", STORY);
            Path job = job(server);
            Path home = dir.resolve("home");
            HarvestFixture.Run run = HarvestFixture.vigil("harvest", "--job", job.toString(), "--home",
                    home.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("1 pages archived, 0 failed, 1 skipped");
            try (VigilRuntime runtime = VigilRuntime.open(home, JobDefinitions.load(job))) {
                JdbcClient jdbc = runtime.bean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM capture WHERE kind = 'article'").query(Integer.class)
                        .single()).isEqualTo(1);
                assertThat(jdbc.sql("SELECT last_error FROM frontier WHERE state = 'skipped'").query(String.class)
                        .single()).isEqualTo("duplicate of " + server.base() + "/news/story.html, archived already"
                        + " by this run");
            }
        }
    }
}
