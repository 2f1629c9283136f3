package org.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.crawl.SourceConfig;
import org.vigil.job.JobDefinitions;
import org.vigil.job.Shard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hosts share one catalog and job repository in a real PostgreSQL server, each harvesting its
 * shard of the sources into WARC files of its own.
 */
class PostgresCatalogTest {

    private static final Path SITE = Path.of("jobs/demo-site").toAbsolutePath();
    private static final String DATE = "2026-11-24";

    @TempDir
    Path dir;

    @Test
    void twoShardsFillOneSharedCatalog() throws Exception {
        String db = TestPostgres.freshSchema();
        try (SlowSite site = new SlowSite(SITE, Duration.ZERO)) {
            Path job = Files.writeString(dir.resolve("shared.yml"), """
                    name: shared
                    operator: Vigil test desk <desk@test.invalid>
                    sources:
                      - name: The Kabul Ledger
                        feeds: ["%1$s/kabul-ledger/feed.xml"]
                        allow-hosts: ["127.0.0.1"]
                        article-pattern: '/kabul-ledger/\\d{4}/\\d{2}/[^/]+\\.html$'
                      - name: Caspian Dispatch
                        pages: ["%1$s/caspian-dispatch/world/index.html", "%1$s/caspian-dispatch/world/page-2.html",
                                "%1$s/caspian-dispatch/region/index.html"]
                        allow-hosts: ["127.0.0.1"]
                        article-pattern: '/caspian-dispatch/\\d{4}/\\d{2}/[^/]+\\.html$'
                    harvest:
                      allow-private-addresses: true   # the test site is on loopback
                      delay-seconds: 0
                    briefing:
                      title: Shared catalog briefing
                      period: daily
                    """.formatted(site.baseUrl()));
            List<SourceConfig> sources = JobDefinitions.load(job).sources();
            // The hash puts the two sources on different shards of two (else this test would prove nothing).
            assertThat(new Shard(1, 2).select(sources)).hasSize(1);
            assertThat(new Shard(2, 2).select(sources)).hasSize(1);

            Path hostA = dir.resolve("host-a");
            Path hostB = dir.resolve("host-b");
            CommandRunner.Result a = CommandRunner.run("nightly", "--job", job.toString(), "--home", hostA.toString(),
                    "--db", db, "--shard", "1/2", "--date", DATE);
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(a.out()).startsWith("nightly shared " + DATE + " (daily) shard 1/2: COMPLETED");
            CommandRunner.Result b = CommandRunner.run("nightly", "--job", job.toString(), "--home", hostB.toString(),
                    "--db", db, "--shard", "2/2", "--date", DATE);
            assertThat(b.exitCode()).as(b.err()).isZero();

            assertThat(RestartAfterKillTest.column(db,
                    "SELECT source_name FROM capture WHERE kind = 'article' GROUP BY source_name ORDER BY 1"))
                    .containsExactly("Caspian Dispatch", "The Kabul Ledger");
            assertThat(RestartAfterKillTest.column(db, "SELECT COUNT(*) FROM article")).containsExactly("44");
            // Each host keeps the WARC files of its own captures.
            for (Path host : List.of(hostA, hostB)) {
                try (Stream<Path> warcs = Files.list(host.resolve("archive/warc"))) {
                    assertThat(warcs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".warc.gz"))
                            .toList()).isNotEmpty()
                            .allSatisfy(name -> assertThat(RestartAfterKillTest.column(db,
                                    "SELECT COUNT(*) FROM capture WHERE warc_file = '" + name + "'")).isNotEqualTo(
                                    List.of("0")));
                }
            }
            // Both runs are in the shared job repository, each with its shard in its identity.
            CommandRunner.Result history = CommandRunner.run("history", "--job", job.toString(), "--home",
                    hostA.toString(), "--db", db);
            assertThat(history.out().lines().toList()).hasSize(2)
                    .anySatisfy(line -> assertThat(line).contains("shard 1/2: COMPLETED"))
                    .anySatisfy(line -> assertThat(line).contains("shard 2/2: COMPLETED"));
            CommandRunner.Result status = CommandRunner.run("status", "--job", job.toString(), "--home",
                    hostB.toString(), "--db", db);
            assertThat(status.out()).contains("catalog: 44 articles").contains("last nightly: run ")
                    .contains("last harvest: never run");
            // Run again, host A is already complete: its identity includes its shard.
            CommandRunner.Result again = CommandRunner.run("nightly", "--job", job.toString(), "--home",
                    hostA.toString(), "--db", db, "--shard", "1/2", "--date", DATE);
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("already complete");
        }
    }
}
