package org.vigil.crawl;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, one behaviour per path, written on raw
 * sockets so it can do what well-behaved servers cannot: stall, trickle, reset, lie.
 */
public final class FaultServer implements AutoCloseable {

    /** What the server does for one path; {@code hit} counts requests to that path from 1. */
    @FunctionalInterface
    public interface Behaviour {
        void respond(Socket socket, OutputStream out, int hit) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FaultServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::accept);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public FaultServer on(String path, Behaviour behaviour) {
        behaviours.put(path, behaviour);
        return this;
    }

    public FaultServer page(String path, String contentType, String body) {
        return on(path, (s, out, hit) -> send(out, 200, "OK", contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public static void send(OutputStream out, int status, String reason, String contentType, byte[] body,
                            String... extraHeaders) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason + "\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                pool.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
             OutputStream out = socket.getOutputStream()) {
            String requestLine;
            while ((requestLine = readHead(in)) != null) {
                String path = requestLine.split(" ")[1];
                int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Behaviour behaviour = behaviours.get(path);
                if (behaviour == null) {
                    send(out, 404, "Not Found", "text/plain", "no such page\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    behaviour.respond(socket, out, hit);
                }
                if (socket.isClosed()) {
                    return;
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The fault itself, or the client giving up: either way this connection is over.
        }
    }

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

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
