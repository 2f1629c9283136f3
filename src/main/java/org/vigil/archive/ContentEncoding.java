package org.vigil.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes an HTTP Content-Encoding. The archive keeps bodies as the server sent them; readers decode,
 * and always with a limit, because a few kilobytes of gzip can expand to gigabytes.
 */
public final class ContentEncoding {

    private ContentEncoding() {
    }

    /**
     * @param encoding the Content-Encoding header, or null
     * @return the decoded body cut at {@code limit} bytes; the body itself when the encoding is absent,
     * unknown or the data is not what it claims (a reader then sees what was served)
     */
    public static byte[] decode(String encoding, byte[] body, int limit) {
        String coding = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        try {
            InputStream in = switch (coding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
                default -> null;
            };
            if (in == null) {
                return body.length <= limit ? body : java.util.Arrays.copyOf(body, limit);
            }
            try (in) {
                return in.readNBytes(limit);
            }
        } catch (IOException e) {
            return body.length <= limit ? body : java.util.Arrays.copyOf(body, limit);
        }
    }
}
