package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.tools.JwarcValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.cli.ExitCodes;
import org.vigil.crawl.FaultServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvest night after night: unchanged listings become revisit records, archived articles are
 * not fetched again, the catalog is rebuilt from the WARC files alone, and verify finds and repairs
 * a torn tail.
 */
class ArchiveLifecycleTest {

    @TempDir
    Path dir;

    private static String article(String title) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"/news/" + title + ".html\"></head><body><p>" + title
                + "</p></body></html>";
    }

    @Test
    void revisitsReindexAndRepair() throws Exception {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>T</title><link>/</link><description>d</description>
                <item><title>a</title><link>/news/a.html</link></item></channel></rss>""";
        try (FaultServer server = new FaultServer()) {
            server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
                    .on("/feed.xml", (s, out, hit) -> {
                        if (hit > 1) {
                            FaultServer.send(out, 304, "Not Modified", null, new byte[0], "ETag: \"v1\"");
                        } else {
                            FaultServer.send(out, 200, "OK", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8),
                                    "ETag: \"v1\"");
                        }
                    })
                    .page("/news/", "text/html", "<html><body><a href=\"/news/b.html?utm_source=home\">b</a>"
                            + "</body></html>")
                    .page("/news/a.html", "text/html", article("a"))
                    .page("/news/b.html", "text/html", article("b"));
            Path job = HarvestFixture.job(dir, """
                    name: nights
                    operator: Test desk
                    sources:
                      - name: Night News
                        feeds: ["%1$s/feed.xml"]
                        pages: ["%1$s/news/"]
                        allow-hosts: ["127.0.0.1"]
                        article-pattern: '/news/.+\\.html$'
                    harvest:
                      allow-private-addresses: true
                      delay-seconds: 0
                    briefing:
                      title: Nights
                    """.formatted(server.base()));
            Path home = dir.resolve("home");
            String[] harvest = {"harvest", "--job", job.toString(), "--home", home.toString()};

            assertThat(HarvestFixture.vigil(harvest).exitCode()).isEqualTo(ExitCodes.OK);
            HarvestFixture.Run second = HarvestFixture.vigil(harvest);
            assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCodes.OK);
            assertThat(second.out()).contains("0 pages archived");
            assertThat(server.hits("/news/a.html")).isEqualTo(1);
            assertThat(server.hits("/news/b.html")).isEqualTo(1);
            assertThat(server.hits("/feed.xml")).isEqualTo(2);

            List<WarcRevisit> revisits = new ArrayList<>();
            for (Path warc : ArchiveRecovery.warcFiles(home.resolve("archive/warc"))) {
                assertThat(JwarcValidator.valid(warc)).isTrue();
                try (WarcReader reader = new WarcReader(warc)) {
                    for (WarcRecord record : reader) {
                        if (record instanceof WarcRevisit revisit) {
                            revisits.add(revisit);
                        }
                    }
                }
            }
            assertThat(revisits).anySatisfy(r -> {
                assertThat(r.target()).endsWith("/feed.xml");
                assertThat(r.profile()).isEqualTo(WarcRevisit.SERVER_NOT_MODIFIED_1_1);
                assertThat(r.refersTo()).isPresent();
                assertThat(r.refersToTargetURI()).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("/feed.xml"));
                assertThat(r.refersToDate()).isPresent();
            });
            assertThat(revisits).anySatisfy(r -> {
                assertThat(r.target()).endsWith("/news/");
                assertThat(r.profile()).isEqualTo(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1);
            });

            List<Map<String, Object>> before = captures(home, job);
            assertThat(before).anySatisfy(c -> assertThat(c.get("RECORD_TYPE")).isEqualTo("revisit"));
            assertThat(before).anySatisfy(c -> assertThat((String) c.get("CANONICAL_URL")).endsWith("/news/a.html"));
            try (Stream<Path> catalog = Files.list(home.resolve("archive"))) {
                for (Path file : catalog.filter(p -> p.getFileName().toString().startsWith("catalog")).toList()) {
                    Files.delete(file);
                }
            }
            HarvestFixture.Run reindex = HarvestFixture.vigil("reindex", "--job", job.toString(), "--home",
                    home.toString());
            assertThat(reindex.exitCode()).as(reindex.out() + reindex.err()).isEqualTo(ExitCodes.OK);
            assertThat(reindex.out()).contains(before.size() + " captures added");
            assertThat(captures(home, job)).containsExactlyInAnyOrderElementsOf(before);

            Path last = ArchiveRecovery.warcFiles(home.resolve("archive/warc")).get(1);
            long size = Files.size(last);
            byte[] head = Files.readAllBytes(last);
            // A crash mid-write leaves the start of a gzip member: here, the start of this file's first record.
            Files.write(last, java.util.Arrays.copyOf(head, 120), StandardOpenOption.APPEND);
            HarvestFixture.Run damaged = HarvestFixture.vigil("verify", "--job", job.toString(), "--home",
                    home.toString());
            assertThat(damaged.exitCode()).isEqualTo(ExitCodes.ARCHIVE_DAMAGED);
            assertThat(damaged.out()).contains(last.getFileName() + ": offset " + size + ": unreadable record");
            HarvestFixture.Run repaired = HarvestFixture.vigil("verify", "--repair", "--job", job.toString(),
                    "--home", home.toString());
            assertThat(repaired.exitCode()).as(repaired.out()).isEqualTo(ExitCodes.OK);
            assertThat(repaired.out()).contains("torn tail at offset " + size + " truncated");
            assertThat(Files.size(last)).isEqualTo(size);
            assertThat(HarvestFixture.vigil("verify", "--job", job.toString(), "--home", home.toString())
                    .exitCode()).isEqualTo(ExitCodes.OK);
        }
    }

    private static List<Map<String, Object>> captures(Path home, Path job) {
        try (VigilRuntime runtime = VigilRuntime.open(home, JobDefinitions.load(job))) {
            return runtime.bean(JdbcClient.class).sql("""
                    SELECT record_id, url, source_name, kind, http_status, warc_file, warc_offset, payload_digest,
                           record_type, canonical_url, etag FROM capture""").query().listOfRows();
        }
    }
}
