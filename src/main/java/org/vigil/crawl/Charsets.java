package org.vigil.crawl;

import java.nio.charset.Charset;
import java.util.Locale;

/** The charset an HTTP Content-Type header declares. */
final class Charsets {

    private Charsets() {
    }

    /** The declared charset name if Java supports it, else null (the HTML parser then sniffs it). */
    static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").strip();
                return Charset.isSupported(name) ? name : null;
            }
        }
        return null;
    }
}
