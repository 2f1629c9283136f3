package org.vigil.job;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A minimal, fast HTTP/1.1 server for benchmarks: serves a folder held in memory on a loopback port,
 * with keep-alive, and each response written in one piece with Nagle off. (The JDK's HttpServer
 * writes headers and body separately, which on a keep-alive connection costs a delayed-ACK wait of
 * about 40 ms per response and would measure the server, not the client.)
 */
public final class StaticSiteServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "static-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, byte[]> responses = new HashMap<>();
    private final byte[] notFound;

    private StaticSiteServer(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = "/" + root.relativize(file).toString().replace('\\', '/');
                byte[] response = response(200, "OK", type(path), Files.readAllBytes(file));
                responses.put(path, response);
                if (path.endsWith("/index.html")) {
                    responses.put(path.substring(0, path.length() - "index.html".length()), response);
                }
            }
        }
        notFound = response(404, "Not Found", "text/plain", "not found\n".getBytes(StandardCharsets.US_ASCII));
        socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        pool.execute(this::accept);
    }

    /** Loads {@code root} into memory and serves it on a free loopback port. */
    public static StaticSiteServer serve(Path root) throws IOException {
        return new StaticSiteServer(root);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                pool.execute(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
             OutputStream out = connection.getOutputStream()) {
            while (true) {
                String requestLine = readHead(in);
                if (requestLine == null) {
                    return;
                }
                String[] parts = requestLine.split(" ");
                String path = parts.length > 1 ? parts[1].split("\\?", 2)[0] : "/";
                out.write(responses.getOrDefault(path, notFound));
                out.flush();
            }
        } catch (IOException e) {
            // The client went away; nothing to clean up beyond the socket.
        }
    }

    /** Reads a request head and returns its request line, or null at end of stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        String requestLine = null;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).strip();
                line.reset();
                if (text.isEmpty()) {
                    if (requestLine != null) {
                        return requestLine;
                    }
                } else if (requestLine == null) {
                    requestLine = text;
                }
            } else {
                line.write(c);
            }
        }
        return null;
    }

    private static byte[] response(int status, String reason, String type, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String type(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    @Override
    public void close() throws IOException {
        socket.close();
        pool.shutdownNow();
    }
}
