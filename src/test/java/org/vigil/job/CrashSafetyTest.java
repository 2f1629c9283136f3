package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.tools.JwarcValidator;
import org.vigil.archive.CdxjIndex;
import org.vigil.archive.WarcCheck;
import org.vigil.archive.WarcFileWriter;
import org.vigil.cli.ExitCodes;
import org.vigil.crawl.FaultServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during harvests, for real: a child JVM harvesting a site is killed at random moments ten
 * times, then a last run completes. No complete record may be lost, no URL archived twice, and the
 * archive must verify clean.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 2000;
    private static final int KILLS = Integer.getInteger("kills", 10);

    /** Kept when the test fails, with every run's log in runs.log, to see what went wrong. */
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void killedHarvestsLoseNothingAndArchiveNothingTwice() throws Exception {
        Path site = dir.resolve("site");
        SyntheticSite.write(site, ARTICLES, SyntheticSite.Weight.LIGHT);
        try (FaultServer server = new FaultServer()) {
            serveSlowly(server, site);
            Path job = HarvestFixture.job(dir, """
                    name: crash
                    operator: Test desk
                    sources:
                      - name: Synthetic News
                        pages: ["%s/news/page-1.html"]
                        max-pages: 100
                        allow-hosts: ["127.0.0.1"]
                        article-pattern: '/news/\\d{4}/\\d{2}/story-\\d+\\.html$'
                    harvest:
                      politeness: off
                      allow-private-addresses: true
                      threads: 3
                      warc-rotate-mb: 1
                    briefing:
                      title: Crash
                    """.formatted(server.base()));
            Path home = dir.resolve("home");
            Random random = new Random(20261124);
            int kills = 0;
            List<String> logs = new ArrayList<>();
            for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
                if (runAndKill(job, home, random.nextInt(2500), logs)) {
                    kills++;
                }
            }
            assertThat(kills).isEqualTo(KILLS);

            Process last = child(job, home).start();
            String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as(output).isEqualTo(ExitCodes.OK);
            logs.addAll(output.lines().toList());
            Files.write(dir.resolve("runs.log"), logs);
            List<String> runLog = Files.readAllLines(home.resolve("logs/vigil.log"));
            System.out.printf("crash test: %d kills; %d runs recovered captures from the WARC files, %d torn tails"
                            + " truncated%n", kills, runLog.stream().filter(l -> l.contains("archive recovery:")).count(),
                    runLog.stream().filter(l -> l.contains("torn tail at offset")).count());

            Path warcDirectory = home.resolve("archive/warc");
            List<Path> warcs = ArchiveRecovery.warcFiles(warcDirectory);
            Map<String, Integer> articleResponses = new HashMap<>();
            Map<String, List<String>> where = new HashMap<>();
            for (Path warc : warcs) {
                assertThat(WarcCheck.check(warc).clean()).as("verify " + warc).isTrue();
                assertThat(JwarcValidator.valid(warc)).as("jwarc validate " + warc).isTrue();
                assertThat(CdxjIndex.lines(CdxjIndex.of(warc))).as("CDXJ of " + warc).isPositive();
                try (WarcReader reader = new WarcReader(warc)) {
                    for (WarcRecord record : reader) {
                        if (record instanceof WarcResponse response && "article".equals(
                                response.headers().first(WarcFileWriter.KIND_FIELD)
                                        .orElse(""))) {
                            articleResponses.merge(response.target(), 1, Integer::sum);
                            where.computeIfAbsent(response.target(), k -> new ArrayList<>()).add(
                                    warc.getFileName() + "@" + response.position() + " " + response.date());
                        }
                    }
                }
            }
            // Every article archived, none twice.
            assertThat(articleResponses).hasSize(ARTICLES);
            assertThat(where.values().stream().filter(w -> w.size() > 1).limit(5).toList()).isEmpty();

            // Repairs only ever cut a torn tail: each repaired file is a prefix of its damaged copy,
            // and nothing readable followed the cut.
            Path damaged = home.resolve("archive/damaged");
            if (Files.isDirectory(damaged)) {
                try (Stream<Path> copies = Files.list(damaged)) {
                    for (Path copy : copies.toList()) {
                        String name = copy.getFileName().toString().replaceAll("\\.damaged-\\d+$", "");
                        byte[] repaired = Files.readAllBytes(warcDirectory.resolve(name));
                        byte[] original = Files.readAllBytes(copy);
                        assertThat(original.length).isGreaterThan(repaired.length);
                        assertThat(java.util.Arrays.copyOf(original, repaired.length)).isEqualTo(repaired);
                        assertThat(WarcCheck.check(copy).tornTailAt()).isEqualTo(repaired.length);
                    }
                }
            }

            HarvestFixture.Run verify = HarvestFixture.vigil("verify", "--job", job.toString(), "--home",
                    home.toString());
            assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCodes.OK);
            try (VigilRuntime runtime = VigilRuntime.open(home, JobDefinitions.load(job))) {
                var jdbc = runtime.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM capture WHERE kind = 'article'").query(Integer.class)
                        .single()).isEqualTo(ARTICLES);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM frontier WHERE state <> 'done'").query(Integer.class)
                        .single()).isZero();
            }
        }
    }

    /** Serves the generated site with a little latency per page, so a harvest takes long enough to kill. */
    private static void serveSlowly(FaultServer server, Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = "/" + site.relativize(file).toString().replace('\\', '/');
                byte[] body = Files.readAllBytes(file);
                String type = path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
                server.on(path, (s, out, hit) -> {
                    Thread.sleep(25);
                    FaultServer.send(out, 200, "OK", type, body);
                });
            }
        }
    }

    /** Starts a harvest and kills it {@code delayMillis} after its first log line; returns whether it was killed. */
    private static boolean runAndKill(Path job, Path home, int delayMillis, List<String> logs) throws Exception {
        Path log = home.resolve("logs/vigil.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;
        Process process = child(job, home).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // The child was killed.
            }
        });
        reader.start();
        // Off a terminal the child prints only its summary; its log says when fetching has begun.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (process.isAlive() && !fetching(log, logBefore)) {
            assertThat(System.nanoTime()).as("the child starts fetching within 120 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(delayMillis);
        boolean alive = process.isAlive();
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        synchronized (lines) {
            if (alive) {
                assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(137);
            }
            logs.add("=== run killed " + delayMillis + " ms after its first line: " + alive);
            logs.addAll(lines);
        }
        return alive;
    }

    /** Whether the log has said, since {@code offset}, that the fetch step began. */
    private static boolean fetching(Path log, long offset) throws IOException {
        if (!Files.exists(log) || Files.size(log) <= offset) {
            return false;
        }
        try (var channel = java.nio.channels.FileChannel.open(log)) {
            channel.position(offset);
            String added = new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(),
                    StandardCharsets.UTF_8);
            return added.contains("fetching ");
        }
    }

    private static ProcessBuilder child(Path job, Path home) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.vigil.cli.Vigil",
                "harvest", "--job", job.toString(), "--home", home.toString())
                .redirectErrorStream(true);
    }
}
