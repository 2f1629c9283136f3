package org.vigil.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample news site, answering article pages slowly and counting every request per path, so a
 * test can kill a harvest in the middle and then see which pages were fetched twice.
 */
final class SlowSite implements AutoCloseable {

    private final Path root;
    private final Duration articleDelay;
    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    SlowSite(Path root, Duration articleDelay) throws IOException {
        this.root = root;
        this.articleDelay = articleDelay;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often a path was asked for. */
    int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** How many article pages were asked for, repeats included. */
    int articleRequests() {
        return requests.entrySet().stream().filter(e -> isArticle(e.getKey())).mapToInt(e -> e.getValue().get()).sum();
    }

    Map<String, AtomicInteger> requests() {
        return requests;
    }

    static boolean isArticle(String path) {
        return path.matches(".*/\\d{4}/\\d{2}/[^/]+\\.html");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (isArticle(path)) {
                Thread.sleep(articleDelay.toMillis());
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".xml") ? "application/xml"
                    : name.endsWith(".html") ? "text/html" : name.endsWith(".txt") ? "text/plain"
                    : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
