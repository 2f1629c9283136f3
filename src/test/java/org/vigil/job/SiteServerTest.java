package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SiteServerTest {

    @TempDir
    Path site;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(SiteServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesAndDirectoryIndexesOnLoopback() throws Exception {
        Files.createDirectories(site.resolve("news"));
        Files.writeString(site.resolve("news/index.html"), "<h1>Section</h1>");
        Files.writeString(site.resolve("feed.xml"), "<rss/>");
        try (SiteServer server = SiteServer.serve(site)) {
            assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
            HttpResponse<String> index = get(server, "/news/");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).isEqualTo("<h1>Section</h1>");
            assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html");
            assertThat(get(server, "/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml");
            assertThat(get(server, "/missing.html").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void neverServesAFileOutsideTheFolder() throws Exception {
        Path inside = Files.createDirectories(site.resolve("www"));
        Files.writeString(site.resolve("secret.txt"), "secret");
        try (SiteServer server = SiteServer.serve(inside)) {
            assertThat(get(server, "/../secret.txt").statusCode()).isEqualTo(404);
            assertThat(get(server, "/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void keepsItsPreferredPortAndMovesOnWhenItIsTaken() throws Exception {
        int preferred = SiteServer.portFor("site-server-test");
        try (SiteServer first = SiteServer.serve(site, preferred);
             SiteServer second = SiteServer.serve(site, preferred)) {
            assertThat(first.baseUrl()).endsWith(":" + preferred);
            assertThat(second.baseUrl()).doesNotEndWith(":" + preferred);
        }
        try (SiteServer again = SiteServer.serve(site, preferred)) {
            assertThat(again.baseUrl()).endsWith(":" + preferred);
        }
    }
}
