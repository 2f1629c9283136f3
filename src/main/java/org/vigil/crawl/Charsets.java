package org.vigil.crawl;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a page: a byte-order mark, else the HTTP header's, else the {@code <meta>}
 * declaration's, else detection from the bytes. A declaration the bytes contradict (they are not
 * valid in it) is passed over, since servers and templates often state a default that is wrong.
 */
public final class Charsets {

    private static final int META_WINDOW = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private Charsets() {
    }

    /** The declared charset name if Java supports it, else null. */
    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return supported(p.substring(8).replace("\"", "").replace("'", "").strip());
            }
        }
        return null;
    }

    /** The charset a page's bytes are in, never null. */
    public static Charset detect(String contentType, byte[] body) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        Charset declared = fromContentType(contentType);
        if (declared != null && decodes(declared, body)) {
            return declared;
        }
        Charset meta = fromMeta(body);
        if (meta != null && decodes(meta, body)) {
            return meta;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, body.length);
        detector.dataEnd();
        Charset detected = detector.getDetectedCharset() == null ? null : supported(detector.getDetectedCharset());
        if (detected != null) {
            return detected;
        }
        return decodes(StandardCharsets.UTF_8, body) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    private static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset fromMeta(byte[] body) {
        Matcher m = META.matcher(new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1));
        return m.find() ? supported(m.group(1)) : null;
    }

    private static boolean decodes(Charset charset, byte[] body) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset supported(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
