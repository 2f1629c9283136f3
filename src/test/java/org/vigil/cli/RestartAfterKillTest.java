package org.vigil.cli;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigil.archive.WarcFileWriter;
import org.vigil.job.ArchiveRecovery;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A nightly run killed with SIGKILL resumes, on the next invocation of the same command, at the step
 * and chunk where it died: nothing archived is fetched again and no record is written twice.
 */
class RestartAfterKillTest {

    private static final Path SITE = Path.of("jobs/demo-site").toAbsolutePath();
    private static final int ARTICLES = 44;
    private static final String DATE = "2026-11-24";

    @TempDir
    Path dir;

    @Test
    void killedDuringHarvestResumesWithoutFetchingAgainWhatWasArchived() throws Exception {
        try (SlowSite site = new SlowSite(SITE, Duration.ofMillis(150))) {
            Path job = jobFile(site.baseUrl());
            Path home = dir.resolve("home");
            String[] nightly = {"nightly", "--job", job.toString(), "--home", home.toString(), "--date", DATE};

            Process child = ChildVigil.start(dir.resolve("child.log"), nightly);
            // 15 article pages asked for: the first chunk of 10 is archived, the second is under way.
            awaitOrFail(child, () -> site.articleRequests() >= 15);
            child.destroyForcibly().waitFor();
            // Not on a terminal: no progress lines, nothing at all while all goes well.
            assertThat(Files.readString(dir.resolve("child.log"))).isEmpty();

            String catalog = "jdbc:h2:file:" + home.resolve("archive/catalog") + ";USER=sa;PASSWORD=";
            // What was archived is what the WARC files hold; the catalog may not have indexed the last second.
            List<String> archivedBeforeKill = archivedArticles(home);
            assertThat(archivedBeforeKill).hasSizeGreaterThanOrEqualTo(10).hasSizeLessThan(ARTICLES);

            CommandRunner.Result again = CommandRunner.run(nightly);
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("nightly demo-kill " + DATE + " (daily): COMPLETED");

            for (String url : archivedBeforeKill) {
                assertThat(site.requests(URI.create(url).getPath())).as("requests of " + url).isEqualTo(1);
            }
            assertThat(site.requests("/kabul-ledger/feed.xml")).as("discovery is not repeated").isEqualTo(1);
            assertThat(column(catalog, "SELECT COUNT(*) FROM capture WHERE kind = 'article'"))
                    .containsExactly(String.valueOf(ARTICLES));
            assertThat(column(catalog, "SELECT COUNT(DISTINCT url) FROM capture WHERE kind = 'article'"))
                    .containsExactly(String.valueOf(ARTICLES));
            assertThat(column(catalog, "SELECT COUNT(*) FROM article")).containsExactly(String.valueOf(ARTICLES));
            // The second invocation restarted the killed execution's instance at the failed step.
            assertThat(column(catalog, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("1");
            List<String> executions = column(catalog,
                    "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
            assertThat(executions).hasSize(2);
            assertThat(stepsOf(catalog, executions.get(1))).startsWith("harvest-fetch")
                    .doesNotContain("harvest-discover");

            CommandRunner.Result history = CommandRunner.run("history", "--job", job.toString(), "--home",
                    home.toString());
            assertThat(history.out().lines()).hasSize(2);
            assertThat(history.out().lines().toList().get(0))
                    .startsWith("run " + executions.get(1) + " nightly " + DATE + " (daily): COMPLETED");
            assertThat(history.out().lines().toList().get(1))
                    .startsWith("run " + executions.get(0) + " nightly " + DATE + " (daily): FAILED")
                    .contains("reason: the process died while running");
        }
    }

    @Test
    void killedDuringNormalizeResumesAtTheChunkThatDied() throws Exception {
        Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
        try (SlowSite site = new SlowSite(SITE, Duration.ZERO)) {
            Path job = jobFile(site.baseUrl());
            Path home = dir.resolve("home");
            String catalog = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/catalog;USER=sa;PASSWORD=";
            String[] nightly = {"nightly", "--job", job.toString(), "--home", home.toString(), "--date", DATE,
                    "--db", catalog};

            Process child = ChildVigil.start(dir.resolve("child.log"), nightly);
            // Through a server the test watches the job repository: kill once normalize has committed a chunk.
            String committed = "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'normalize-extract' "
                    + "AND COMMIT_COUNT >= 1 AND STATUS = 'STARTED'";
            awaitOrFail(child, () -> tableReady(catalog) && column(catalog, committed).equals(List.of("1")));
            child.destroyForcibly().waitFor();

            int normalizedBeforeKill = Integer.parseInt(column(catalog, "SELECT COUNT(*) FROM article").get(0));
            assertThat(normalizedBeforeKill).isGreaterThanOrEqualTo(20).isLessThan(ARTICLES);
            assertThat(column(catalog, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'normalize-extract'"))
                    .containsExactly("STARTED");

            CommandRunner.Result again = CommandRunner.run(nightly);
            assertThat(again.exitCode()).as(again.err()).isZero();

            String restart = column(catalog, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").get(0);
            assertThat(stepsOf(catalog, restart)).containsExactly("normalize-extract", "normalize-merge", "brief");
            assertThat(column(catalog, "SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
                    + restart + " AND STEP_NAME = 'normalize-extract'"))
                    .as("the restarted step reads only what the killed one had not committed")
                    .containsExactly(String.valueOf(ARTICLES - normalizedBeforeKill));
            assertThat(column(catalog, "SELECT COUNT(*) FROM article")).containsExactly(String.valueOf(ARTICLES));
            assertThat(site.requests().entrySet()).allSatisfy(e -> assertThat(e.getValue().get())
                    .as("requests of " + e.getKey()).isEqualTo(1));
            assertThat(Files.list(home.resolve("output/demo-kill/daily")).map(p -> p.getFileName().toString()))
                    .contains("demo-kill-" + DATE + ".pdf");
        } finally {
            h2.stop();
        }
    }

    @Test
    void anAbandonedRunIsNotResumedButStartedOver() throws Exception {
        try (SlowSite site = new SlowSite(SITE, Duration.ofMillis(150))) {
            Path job = jobFile(site.baseUrl());
            Path home = dir.resolve("home");
            String[] nightly = {"nightly", "--job", job.toString(), "--home", home.toString(), "--date", DATE};
            Process child = ChildVigil.start(dir.resolve("child.log"), nightly);
            awaitOrFail(child, () -> site.articleRequests() >= 1);
            child.destroyForcibly().waitFor();
            String catalog = "jdbc:h2:file:" + home.resolve("archive/catalog") + ";USER=sa;PASSWORD=";
            String killed = column(catalog, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").get(0);

            String[] where = {"--job", job.toString(), "--home", home.toString()};
            CommandRunner.Result unknown = CommandRunner.run(concat(new String[]{"abandon", "999"}, where));
            assertThat(unknown.exitCode()).as(unknown.err()).isEqualTo(ExitCodes.BAD_CONFIG);
            assertThat(unknown.err()).contains("job demo-kill has no run 999");
            CommandRunner.Result abandon = CommandRunner.run(concat(new String[]{"abandon", killed}, where));
            assertThat(abandon.exitCode()).as(abandon.err()).isZero();
            assertThat(abandon.out()).isEqualTo("run " + killed + " nightly abandoned; the next run of the same "
                    + "command starts over\n");

            CommandRunner.Result again = CommandRunner.run(nightly);
            assertThat(again.exitCode()).as(again.err()).isZero();
            String fresh = column(catalog, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION").get(0);
            assertThat(stepsOf(catalog, fresh)).startsWith("harvest-discover");
            assertThat(column(catalog, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).containsExactly("2");
            assertThat(CommandRunner.run(concat(new String[]{"history"}, where)).out())
                    .contains("run " + killed + " nightly " + DATE + " (daily): ABANDONED");
            assertThat(CommandRunner.run(concat(new String[]{"abandon", fresh}, where)).err())
                    .contains("run " + fresh + " is COMPLETED; only failed, stopped or dead runs can be abandoned");
            CommandRunner.Result complete = CommandRunner.run(nightly);
            assertThat(complete.out()).contains("already complete (run " + fresh);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
    }

    private Path jobFile(String baseUrl) throws IOException {
        return Files.writeString(dir.resolve("demo-kill.yml"), """
                name: demo-kill
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
                  title: Restart test briefing
                  period: daily
                """.formatted(baseUrl));
    }

    private void awaitOrFail(Process child, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (!child.isAlive()) {
                fail("vigil ended (exit " + child.exitValue() + ") before the moment to kill it:\n"
                        + Files.readString(dir.resolve("child.log")));
            }
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("vigil did not get there in 120 s:\n" + Files.readString(dir.resolve("child.log")));
            }
            Thread.sleep(20);
        }
    }

    private static boolean tableReady(String url) {
        try {
            column(url, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static List<String> stepsOf(String url, String executionId) {
        return column(url, "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + executionId
                + " ORDER BY STEP_EXECUTION_ID");
    }

    /** The article URLs the WARC files hold responses for. */
    private static List<String> archivedArticles(Path home) throws IOException {
        List<String> urls = new ArrayList<>();
        for (Path warc : ArchiveRecovery.warcFiles(home.resolve("archive/warc"))) {
            try (WarcReader reader = new WarcReader(warc)) {
                for (WarcRecord record : reader) {
                    if (record instanceof WarcResponse response
                            && "article".equals(response.headers().first(WarcFileWriter.KIND_FIELD).orElse(""))) {
                        urls.add(response.target());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The kill may have cut the last record short: the records before it count.
            }
        }
        return urls;
    }

    /** The first column of a query's rows, as text. */
    static List<String> column(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
