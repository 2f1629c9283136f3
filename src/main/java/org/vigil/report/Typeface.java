package org.vigil.report;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TrueType font embedded (as a subset) in one document, with what layout needs from it:
 * glyph coverage, so a character the font lacks is replaced instead of failing, and advance widths.
 */
final class Typeface {

    static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    static final String OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf";

    /** Shown for a character no font covers: visible, never a missing-glyph box or an exception. */
    static final char REPLACEMENT = '\uFFFD';

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    final PDType0Font font;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    /** Advance width per BMP character at size 1; NaN until first asked. */
    private final float[] advance = new float[0x10000];
    /** Glyph coverage per BMP character: 0 not looked up yet, 1 covered, 2 missing. */
    private final byte[] coverage = new byte[0x10000];
    private final char fallback;

    private Typeface(PDDocument document, String resource) throws IOException {
        this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(withoutSubstitutions(bytes(resource))));
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        this.font = PDType0Font.load(document, ttf, true);
        Arrays.fill(advance, Float.NaN);
        this.fallback = covers(REPLACEMENT) ? REPLACEMENT : '?';
    }

    static Typeface load(PDDocument document, String resource) {
        try {
            return new Typeface(document, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + resource, e);
        }
    }

    /** The raw font file, read once per JVM from the classpath (AWT fonts for charts use it too). */
    static byte[] bytes(String resource) {
        return FILES.computeIfAbsent(resource, name -> {
            try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is not on the classpath (jasperreports-fonts missing?)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        });
    }

    /**
     * A copy of the font whose GSUB table is renamed so PDFBox does not see it. PDFBox applies a
     * Latin font's ligature substitutions when drawing text, which turns "fi" into one glyph that text
     * extraction and search then report as U+FB01; this renderer shapes text itself, so it needs none
     * of them. The embedded subset never contains GSUB anyway.
     */
    private static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry] = 'g';
                copy[entry + 1] = 's';
                copy[entry + 2] = 'u';
                copy[entry + 3] = 'b';
            }
        }
        return copy;
    }

    /** True when every character of {@code text} has a glyph (spaces and format characters aside). */
    boolean coversAll(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT && !covers(c)) {
                return false;
            }
        }
        return true;
    }

    boolean covers(int codePoint) {
        if (codePoint > 0xFFFF) {
            return cmap.getGlyphId(codePoint) != 0;
        }
        byte known = coverage[codePoint];
        if (known == 0) {
            known = cmap.getGlyphId(codePoint) != 0 ? (byte) 1 : (byte) 2;
            coverage[codePoint] = known;
        }
        return known == 1;
    }

    /** The character itself if the font has it, else the visible replacement. */
    char orReplacement(char c) {
        return covers(c) ? c : fallback;
    }

    float width(char c, float size) {
        float unit = advance[c];
        if (Float.isNaN(unit)) {
            try {
                unit = ttf.getAdvanceWidth(cmap.getGlyphId(c)) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read glyph width", e);
            }
            advance[c] = unit;
        }
        return unit * size;
    }

    float width(CharSequence text, float size) {
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += width(text.charAt(i), size);
        }
        return sum;
    }

    /** Releases the parsed font; call after the document is saved (subsetting reads it then). */
    void close() {
        try {
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
