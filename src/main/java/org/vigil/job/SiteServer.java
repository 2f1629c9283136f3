package org.vigil.job;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder of static files on a free loopback port: the offline sample site of a job
 * ({@code serve:}) and the test sites. Directory URLs answer with their {@code index.html}. HTML is
 * served without a charset parameter, as many real servers do, so pages declare their own.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html",
            "xml", "application/xml",
            "txt", "text/plain; charset=utf-8",
            "css", "text/css",
            "json", "application/json",
            "png", "image/png",
            "jpg", "image/jpeg");

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;

    private SiteServer(Path root, HttpServer server) {
        this.root = root.toAbsolutePath().normalize();
        this.server = server;
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving {@code root} on any free port; close to stop. */
    public static SiteServer serve(Path root) throws IOException {
        return serve(root, 0);
    }

    /**
     * Starts serving {@code root} on {@code preferredPort}, or the next free port after it. A job
     * serves its site on the same port every night so that its pages keep the same URLs and are
     * recognised as already archived.
     */
    public static SiteServer serve(Path root, int preferredPort) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a folder");
        }
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = preferredPort == 0 ? 0 : preferredPort + attempt;
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
                return new SiteServer(root, server);
            } catch (java.net.BindException e) {
                last = e;
            }
        }
        throw new IOException("no free loopback port from " + preferredPort + ": " + last.getMessage(), last);
    }

    /** A port in 20000..39999 chosen by {@code key}, stable across runs. */
    public static int portFor(String key) {
        return 20000 + Math.floorMod(key.hashCode(), 20000);
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = resolve(exchange.getRequestURI());
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Last-Modified",
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            Files.getLastModifiedTime(file).toInstant().atZone(java.time.ZoneOffset.UTC)));
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The file a request path names inside the root, or null (also for any path escaping the root). */
    private Path resolve(URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
