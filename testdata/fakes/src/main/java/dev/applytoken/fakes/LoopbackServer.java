package dev.applytoken.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Base of the fake servers: a JDK HTTP server on 127.0.0.1 with an ephemeral port that records
 * every request and replies to each one with a JSON body.
 */
abstract class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    /** A JSON reply: HTTP status and body text. */
    protected record JsonReply(int status, String body) {
    }

    protected LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("failed to bind a fake server to 127.0.0.1", e);
        }
        server.createContext("/", this::exchange);
        server.start();
    }

    /** Builds the reply to one recorded request. Runs on the server thread, one request at a time. */
    protected abstract JsonReply reply(RecordedRequest request);

    /** Returns the port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Stops the server at once and closes its socket. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);

            JsonReply reply = reply(request);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));

        // Reading the whole body also drains a chunked upload, so the next request on a
        // keep-alive connection starts at the right byte.
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }

        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        return new RecordedRequest(
                exchange.getRequestMethod(),
                uri.getPath(),
                parseUrlEncoded(uri.getRawQuery()),
                FormBodies.parse(contentType, body),
                Collections.unmodifiableMap(headers));
    }

    /** Decodes {@code a=1&b=2} text, where {@code +} stands for a space, into a multimap. */
    static Map<String, List<String>> parseUrlEncoded(String text) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return parameters;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.computeIfAbsent(decode(name), key -> new ArrayList<>()).add(decode(value));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
