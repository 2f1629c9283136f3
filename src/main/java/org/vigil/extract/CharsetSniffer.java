package org.vigil.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how the bytes of an HTML page are to be decoded, in the order browsers use: a byte order
 * mark, then the HTTP {@code Content-Type} charset, then a {@code <meta>} declaration near the start
 * of the document, then a look at the bytes themselves. A declaration the bytes contradict (a page
 * served as UTF-8 that is not valid UTF-8) is passed over. Harvest (outlinks) and normalize (text)
 * both decode with this rule, so a page reads the same at both ends of the archive.
 *
 * <p>The BOM comes first because a page that starts with one is unambiguous, whatever the server
 * claims (this is the WHATWG encoding sniffing order). Labels are mapped the way browsers map them:
 * {@code iso-8859-1}, {@code latin1} and {@code us-ascii} mean windows-1252, because pages that say
 * so routinely use its extra characters (curly quotes, dashes).
 */
public final class CharsetSniffer {

    /** Browsers look for the meta declaration only in the first 1024 bytes; servers pad less carefully. */
    private static final int PRESCAN_BYTES = 4096;

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';,\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([-\\w:.]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** The charset found and how many leading bytes (a BOM) to skip before decoding. */
    public record Result(Charset charset, int bomLength) {
    }

    public Result sniff(byte[] body, String contentTypeHeader) {
        Result bom = byteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        Charset header = contentTypeHeader == null ? null : fromLabel(find(HEADER_CHARSET, contentTypeHeader));
        if (header != null && decodes(header, body)) {
            return new Result(header, 0);
        }
        int end = Math.min(body.length, PRESCAN_BYTES);
        Charset meta = fromLabel(find(META_CHARSET, new String(body, 0, end, StandardCharsets.ISO_8859_1)));
        if (meta != null && decodes(meta, body)) {
            return new Result(meta, 0);
        }
        return new Result(guess(body), 0);
    }

    /** Decodes the body with the sniffed charset; malformed sequences become U+FFFD, never an exception. */
    public String decode(byte[] body, String contentTypeHeader) {
        Result result = sniff(body, contentTypeHeader);
        return new String(body, result.bomLength(), body.length - result.bomLength(), result.charset());
    }

    private static Result byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Result(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Result(StandardCharsets.UTF_16BE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Result(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Maps a charset label to a Java charset the way the WHATWG encoding standard does; null if unknown. */
    static Charset fromLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252" -> {
                return WINDOWS_1252;
            }
            // a page that was decoded at all was not UTF-16; browsers treat the declaration as UTF-8
            case "utf-16", "utf-16le", "utf-16be", "unicode" -> {
                return StandardCharsets.UTF_8;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /**
     * Without any declaration: bytes that are valid UTF-8 are UTF-8 (legacy text almost never is).
     * Otherwise Latin text has a few high bytes among mostly ASCII words, while Cyrillic or Arabic
     * script text is made of them; which of windows-1251 and windows-1256 fits is told by whether
     * the high bytes stay within the Arabic letter positions of windows-1256.
     */
    static Charset guess(byte[] body) {
        if (decodes(StandardCharsets.UTF_8, body)) {
            return StandardCharsets.UTF_8;
        }
        int high = 0;
        int arabicLetters = 0;
        for (byte value : body) {
            int b = value & 0xFF;
            if (b >= 0x80) {
                high++;
                if (isWindows1256Letter(b)) {
                    arabicLetters++;
                }
            }
        }
        int ascii = body.length - high;
        if (high > 20 && high > ascii / 8) {
            return arabicLetters > high * 0.8 ? WINDOWS_1256 : WINDOWS_1251;
        }
        return WINDOWS_1252;
    }

    private static boolean isWindows1256Letter(int b) {
        return b >= 0xC1 && b <= 0xDA || b >= 0xDC && b <= 0xDF || b == 0xE1 || b >= 0xE3 && b <= 0xE6
                || b == 0xEC || b == 0xED
                // Persian and Urdu letters (peh, tcheh, jeh, gaf, keheh, farsi yeh) sit in the 0x80-0x9F block
                || b == 0x81 || b == 0x8D || b == 0x8E || b == 0x90 || b == 0x98 || b == 0xA1;
    }

    /**
     * Whether the bytes are well-formed in the charset. Decodes in small pieces into one buffer: a
     * check of every page must not allocate the page twice over.
     */
    private static boolean decodes(Charset charset, byte[] body) {
        if (charset.equals(StandardCharsets.UTF_8) && isAscii(body)) {
            return true;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
