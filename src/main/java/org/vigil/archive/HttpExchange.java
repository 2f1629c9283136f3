package org.vigil.archive;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and the response it got, as the archive records it.
 *
 * @param uri             the requested URI
 * @param fetchedAt       when the response arrived
 * @param requestHeaders  request header fields in the order sent
 * @param status          HTTP status code
 * @param reason          HTTP reason phrase (may be empty)
 * @param responseHeaders response header fields in the order received
 * @param body            response payload as received (after transfer decoding, before content decoding)
 * @param truncated       whether the body was cut at the maximum body size
 * @param elapsed         from sending the request to the last body byte
 */
public record HttpExchange(URI uri, Instant fetchedAt, List<Map.Entry<String, String>> requestHeaders,
                           int status, String reason, List<Map.Entry<String, String>> responseHeaders, byte[] body,
                           boolean truncated, Duration elapsed) {

    public HttpExchange {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }

    /** First value of a response header, case-insensitively, or null. */
    public String responseHeader(String name) {
        return first(responseHeaders, name);
    }

    /** First value of a request header, case-insensitively, or null. */
    public String requestHeader(String name) {
        return first(requestHeaders, name);
    }

    private static String first(List<Map.Entry<String, String>> headers, String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** The body with its Content-Encoding undone, at most {@code limit} bytes. */
    public byte[] decodedBody(int limit) {
        return ContentEncoding.decode(responseHeader("Content-Encoding"), body, limit);
    }
}
