package org.vigil.job;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.tools.JwarcValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.cli.ExitCodes;
import org.vigil.crawl.FaultServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A harvest against a server that misbehaves in every way a real one does: the harvest completes,
 * each fault ends as the right capture, skip or failure record, and the archive stays valid.
 */
class HarvestFaultTest {

    @TempDir
    Path dir;

    private FaultServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FaultServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private static final String[] ARTICLES = {"ok.html", "ok.html?utm_source=newsletter&utm_medium=email",
            "slow-headers.html", "slowloris.html", "reset.html", "flaky.html", "busy.html", "throttled.html",
            "loop-a.html", "bomb.html", "big.html", "latin1.html", "binary.html", "report.pdf", "malformed.html",
            "private/secret.html"};

    private static String article(String title, String text) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article>"
                + "<h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }

    private void misbehave() throws IOException {
        byte[] bomb = gzipBomb();
        StringBuilder listing = new StringBuilder("<html><body><h1>News</h1><ul>");
        for (String a : ARTICLES) {
            listing.append("<li><a href=\"/news/").append(a.replace("&", "&amp;")).append("\">").append(a)
                    .append("</a></li>");
        }
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /news/private/\n")
                .page("/news/", "text/html; charset=utf-8", listing.append("</ul></body></html>").toString())
                .page("/news/ok.html", "text/html; charset=utf-8", article("Ok", "An ordinary story."))
                .page("/news/private/secret.html", "text/html", article("Secret", "Robots may not read this."))
                .on("/news/slow-headers.html", (s, out, hit) -> {
                    Thread.sleep(2500);
                    FaultServer.send(out, 200, "OK", "text/html", article("Late", "Too late.").getBytes());
                })
                .on("/news/slowloris.html", (s, out, hit) -> {
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n".getBytes());
                    for (int i = 0; i < 5000; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(300);
                    }
                })
                .on("/news/reset.html", (s, out, hit) -> {
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10000\r\n\r\n<html>"
                            .getBytes());
                    out.flush();
                    s.setSoLinger(true, 0);
                    s.close();
                })
                .on("/news/flaky.html", (s, out, hit) -> {
                    if (hit <= 2) {
                        FaultServer.send(out, 500, "Internal Server Error", "text/plain", "oops".getBytes());
                    } else {
                        FaultServer.send(out, 200, "OK", "text/html", article("Flaky", "Third time lucky.").getBytes());
                    }
                })
                .on("/news/busy.html", (s, out, hit) -> {
                    if (hit == 1) {
                        FaultServer.send(out, 429, "Too Many Requests", "text/plain", "slow down".getBytes(),
                                "Retry-After: 1");
                    } else {
                        FaultServer.send(out, 200, "OK", "text/html", article("Busy", "Patience pays.").getBytes());
                    }
                })
                .on("/news/throttled.html", (s, out, hit) -> FaultServer.send(out, 429, "Too Many Requests",
                        "text/plain", "come back tomorrow".getBytes(), "Retry-After: 3600"))
                .on("/news/loop-a.html", (s, out, hit) -> FaultServer.send(out, 302, "Found", "text/html",
                        new byte[0], "Location: /news/loop-b.html"))
                .on("/news/loop-b.html", (s, out, hit) -> FaultServer.send(out, 302, "Found", "text/html",
                        new byte[0], "Location: /news/loop-a.html"))
                .on("/news/bomb.html", (s, out, hit) -> FaultServer.send(out, 200, "OK", "text/html", bomb,
                        "Content-Encoding: gzip"))
                .on("/news/big.html", (s, out, hit) -> {
                    byte[] chunk = "<p>twenty megabytes of news</p>\n".repeat(1000).getBytes();
                    int size = 20 << 20;
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n")
                            .getBytes());
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    }
                    out.flush();
                })
                .on("/news/latin1.html", (s, out, hit) -> FaultServer.send(out, 200, "OK",
                        "text/html; charset=utf-8", ("<html><head><title>Caf\u00e9</title></head><body><p>Le caf\u00e9 "
                                + "\u00e0 Kaboul a \u00e9t\u00e9 ferm\u00e9 apr\u00e8s l'attaque.</p></body></html>")
                                .getBytes(StandardCharsets.ISO_8859_1)))
                .on("/news/binary.html", (s, out, hit) -> {
                    byte[] noise = new byte[4096];
                    new Random(7).nextBytes(noise);
                    noise[10] = 0;
                    FaultServer.send(out, 200, "OK", "text/html", noise);
                })
                .on("/news/report.pdf", (s, out, hit) -> FaultServer.send(out, 200, "OK", "application/pdf",
                        "%PDF-1.4 not really".getBytes()))
                .page("/news/malformed.html", "text/html", "<html><body><p>Unclosed <div><a href='/news/ok.html'>"
                        + "link<table><tr><td>broken <b><i>nesting</b></i><p");
    }

    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("<html><body><p>".getBytes());
            byte[] spaces = " ".repeat(1 << 20).getBytes();
            for (int i = 0; i < 256; i++) {
                gzip.write(spaces);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void everyFaultEndsAsTheRightCaptureOrFailureAndTheArchiveStaysValid() throws Exception {
        misbehave();
        Path job = HarvestFixture.job(dir, """
                name: faults
                operator: Test desk <desk@example.org>
                sources:
                  - name: Fault News
                    pages: ["%s/news/"]
                    allow-hosts: ["127.0.0.1"]
                    article-pattern: '/news/.+'
                harvest:
                  contact: mailto:desk@example.org
                  allow-private-addresses: true
                  delay-seconds: 0
                  max-connections-per-host: 16
                  threads: 16
                  read-timeout-seconds: 1
                  page-timeout-seconds: 2
                  retries: 2
                  retry-backoff-seconds: 0.05
                  max-retry-after-seconds: 5
                  max-body-mb: 1
                briefing:
                  title: Faults
                """.formatted(server.base()));
        Path home = dir.resolve("home");

        HarvestFixture.Run run = HarvestFixture.vigil("harvest", "--job", job.toString(), "--home", home.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.COMPLETED_WITH_FAILURES);
        assertThat(run.out()).contains("harvest faults: COMPLETED WITH 5 FAILURES");
        String base = server.base() + "/news/";
        try (VigilRuntime runtime = VigilRuntime.open(home, org.vigil.job.JobDefinitions.load(job))) {
            JdbcClient jdbc = runtime.bean(JdbcClient.class);
            Map<String, String> state = new java.util.HashMap<>();
            Map<String, String> reason = new java.util.HashMap<>();
            Map<String, Integer> attempts = new java.util.HashMap<>();
            jdbc.sql("SELECT url, state, last_error, attempts FROM frontier").query(rs -> {
                String path = rs.getString(1).substring(base.length());
                state.put(path, rs.getString(2));
                reason.put(path, rs.getString(3));
                attempts.put(path, rs.getInt(4));
            });
            // One frontier entry for ok.html: the tracking parameters were removed before queueing.
            assertThat(state).containsOnlyKeys("ok.html", "slow-headers.html", "slowloris.html", "reset.html",
                    "flaky.html", "busy.html", "throttled.html", "loop-a.html", "bomb.html", "big.html", "latin1.html",
                    "binary.html", "report.pdf", "malformed.html", "private/secret.html");
            assertThat(server.hits("/news/ok.html")).isEqualTo(1);

            assertThat(state).containsEntry("ok.html", "done").containsEntry("malformed.html", "done")
                    .containsEntry("bomb.html", "done").containsEntry("big.html", "done")
                    .containsEntry("latin1.html", "done");
            assertThat(state.get("flaky.html")).isEqualTo("done");
            assertThat(attempts.get("flaky.html")).isEqualTo(3);
            assertThat(state.get("busy.html")).isEqualTo("done");
            assertThat(attempts.get("busy.html")).isEqualTo(2);

            assertThat(state.get("slow-headers.html")).isEqualTo("failed");
            assertThat(reason.get("slow-headers.html")).startsWith("read timeout").endsWith("after 3 attempts");
            assertThat(state.get("slowloris.html")).isEqualTo("failed");
            assertThat(reason.get("slowloris.html")).startsWith("page timeout").endsWith("after 3 attempts");
            assertThat(state.get("reset.html")).isEqualTo("failed");
            assertThat(attempts.get("reset.html")).isEqualTo(3);
            assertThat(state.get("throttled.html")).isEqualTo("failed");
            assertThat(reason.get("throttled.html")).contains("Retry-After of 3600 s");
            assertThat(state.get("loop-a.html")).isEqualTo("failed");
            assertThat(reason.get("loop-a.html")).startsWith("redirect loop");

            assertThat(state.get("binary.html")).isEqualTo("skipped");
            assertThat(reason.get("binary.html")).contains("binary content");
            assertThat(state.get("report.pdf")).isEqualTo("skipped");
            assertThat(reason.get("report.pdf")).isEqualTo("not HTML: application/pdf");
            assertThat(state.get("private/secret.html")).isEqualTo("skipped");
            assertThat(reason.get("private/secret.html")).contains("robots.txt");
            assertThat(server.hits("/news/private/secret.html")).isZero();

            // Every failure is in the catalog with its attempt count, and the summary counts them.
            List<Map<String, Object>> failures = jdbc.sql("SELECT url, attempts, reason FROM harvest_failure")
                    .query().listOfRows();
            assertThat(failures).hasSize(5);
            assertThat(failures).anySatisfy(f -> {
                assertThat((String) f.get("URL")).endsWith("/reset.html");
                assertThat(f.get("ATTEMPTS")).isEqualTo(3);
            });
            assertThat(run.out()).contains("5 failed");

            // Both hops of the redirect loop are archived.
            assertThat(jdbc.sql("SELECT COUNT(*) FROM capture WHERE http_status = 302").query(Integer.class)
                    .single()).isEqualTo(2);
        }

        List<Path> warcs = ArchiveRecovery.warcFiles(home.resolve("archive/warc"));
        assertThat(warcs).isNotEmpty();
        boolean truncatedSeen = false;
        String latin1Charset = null;
        long bombBytes = -1;
        for (Path warc : warcs) {
            assertThat(JwarcValidator.valid(warc)).as("jwarc validate " + warc).isTrue();
            try (WarcReader reader = new WarcReader(warc)) {
                for (WarcRecord record : reader) {
                    if (record instanceof WarcResponse response && response.target().endsWith("/big.html")) {
                        assertThat(response.truncated()).isEqualTo(WarcTruncationReason.LENGTH);
                        assertThat(response.http().body().stream().readAllBytes()).hasSize(1 << 20);
                        truncatedSeen = true;
                    }
                    if (record instanceof WarcResponse response && response.target().endsWith("/bomb.html")) {
                        bombBytes = response.http().body().stream().readAllBytes().length;
                    }
                    if (record instanceof WarcMetadata metadata && metadata.target().endsWith("/latin1.html")) {
                        latin1Charset = metadata.fields().first("charset").orElse(null);
                    }
                }
            }
        }
        assertThat(truncatedSeen).isTrue();
        // The gzip bomb (256 MB inflated) is archived as sent, compressed; it is only ever inflated up to a limit.
        assertThat(bombBytes).isBetween(1L, 1L << 20);
        assertThat(latin1Charset).isNotNull().isNotEqualToIgnoringCase("UTF-8");

        HarvestFixture.Run verify = HarvestFixture.vigil("verify", "--job", job.toString(), "--home",
                home.toString());
        assertThat(verify.exitCode()).as(verify.out()).isEqualTo(ExitCodes.OK);
    }
}
