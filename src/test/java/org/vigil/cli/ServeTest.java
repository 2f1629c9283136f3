package org.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** {@code vigil serve} in a JVM of its own: runs the job on its schedule, reports health, stops on SIGTERM. */
class ServeTest {

    /** The harvest's default fetch threads (harvest.threads). */
    private static final int FETCH_THREADS = 8;

    private static final Path SITE = Path.of("jobs/demo-site").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void runsOnScheduleAndStopsAtAChunkBoundaryOnSigterm() throws Exception {
        try (SlowSite site = new SlowSite(SITE, Duration.ofMillis(150))) {
            Path job = Files.writeString(dir.resolve("served.yml"), """
                    name: served
                    sources:
                      - name: The Kabul Ledger
                        feeds: ["%1$s/kabul-ledger/feed.xml"]
                        allow-hosts: ["127.0.0.1"]
                        article-pattern: '/kabul-ledger/\\d{4}/\\d{2}/[^/]+\\.html$'
                      - name: Caspian Dispatch
                        pages: ["%1$s/caspian-dispatch/world/index.html", "%1$s/caspian-dispatch/world/page-2.html"]
                        allow-hosts: ["127.0.0.1"]
                        article-pattern: '/caspian-dispatch/\\d{4}/\\d{2}/[^/]+\\.html$'
                    harvest:
                      allow-private-addresses: true   # the test site is on loopback
                      delay-seconds: 0
                    briefing:
                      title: Served briefing
                    schedule: "*/2 * * * * *"
                    time-zone: UTC
                    """.formatted(site.baseUrl()));
            Path home = dir.resolve("home");
            Path log = dir.resolve("serve.log");
            Process serve = ChildVigil.start(log, "serve", "--job", job.toString(), "--home", home.toString(),
                    "--health-port", "0");
            try {
                int port = await(serve, log, () -> healthPort(log));
                await(serve, log, () -> site.articleRequests() >= 12 ? 1 : null);
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).startsWith("{\"status\":\"UP\",\"jobs\":{\"served\":{\"next\":")
                        .contains("\"running\":true");

                serve.destroy(); // SIGTERM
                assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve exits after SIGTERM").isTrue();
            } finally {
                serve.destroyForcibly();
            }
            int fetchedBeforeStop = site.articleRequests();

            String catalog = "jdbc:h2:file:" + home.resolve("archive/catalog") + ";USER=sa;PASSWORD=";
            assertThat(RestartAfterKillTest.column(catalog, "SELECT STATUS FROM BATCH_JOB_EXECUTION"))
                    .containsExactly("STOPPED");
            assertThat(RestartAfterKillTest.column(catalog,
                    "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'harvest-fetch'"))
                    .containsExactly("STOPPED");
            List<String> archived = RestartAfterKillTest.column(catalog,
                    "SELECT url FROM capture WHERE kind = 'article'");
            assertThat(archived).isNotEmpty();
            // The stop came between chunks: everything fetched was archived, except the pages the fetch
            // threads had in flight, which are dropped and fetched again on resume (at most one a thread).
            assertThat(archived.size()).isBetween(fetchedBeforeStop - FETCH_THREADS, fetchedBeforeStop);

            CommandRunner.Result resumed = CommandRunner.run("nightly", "--job", job.toString(), "--home",
                    home.toString(), "--date", LocalDate.now(ZoneOffset.UTC).toString());
            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            for (String url : archived) {
                assertThat(site.requests(URI.create(url).getPath())).as("requests of " + url).isEqualTo(1);
            }
            assertThat(RestartAfterKillTest.column(catalog, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE"))
                    .containsExactly("1");
            assertThat(Files.readString(home.resolve("logs/vigil.log")))
                    .contains("Executing step: [harvest-fetch]").contains("serve: stopped");
        }
    }

    private static Integer healthPort(Path log) {
        try {
            Matcher port = Pattern.compile("health on http://127\\.0\\.0\\.1:(\\d+)/health")
                    .matcher(Files.readString(log));
            return port.find() ? Integer.valueOf(port.group(1)) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static <T> T await(Process process, Path log, java.util.function.Supplier<T> value) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (T found = value.get(); ; found = value.get()) {
            if (found != null) {
                return found;
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("serve did not get there:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }
}
