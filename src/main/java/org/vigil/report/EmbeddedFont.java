package org.vigil.report;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One TrueType font embedded in one document as a subset, drawn by glyph id. The renderer chooses
 * the glyphs itself (an Arabic letter's contextual form comes from the font's own OpenType {@code init},
 * {@code medi}, {@code fina} and {@code rlig} substitutions), so the font also records, for each glyph
 * drawn, the text it stands for, and gives the PDF a ToUnicode map from that: copy, search and text
 * extraction return the nominal letters in logical order (a lam-alef ligature gives both letters),
 * never presentation forms.
 *
 * <p>PDFBox subsets a font when the document is saved, but only fonts set through its own text API;
 * this font is subset by {@link #embed}, called just before saving, which then replaces PDFBox's
 * ToUnicode map (built from the font's character map, which knows no contextual glyph).
 */
final class EmbeddedFont {

    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final String resource;
    private final TrueTypeFont ttf;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    /** Glyph per BMP character; -1 until first asked. */
    private final int[] glyphOf = new int[0x10000];
    /** Advance width per glyph at size 1; NaN until first asked. */
    private final float[] advance;
    /** The text each glyph stands for: the first text it was chosen for. */
    private final String[] textOf;
    private final BitSet drawn;
    private final GsubData arabic;
    private final Map<Integer, Integer> forms = new HashMap<>();

    private EmbeddedFont(PDDocument document, String resource, boolean substitutions) throws IOException {
        this.document = document;
        this.resource = resource;
        this.ttf = parse(resource, substitutions);
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        this.font = PDType0Font.load(document, ttf, true);
        int glyphs = ttf.getNumberOfGlyphs();
        this.advance = new float[glyphs];
        this.textOf = new String[glyphs];
        this.drawn = new BitSet(glyphs);
        Arrays.fill(glyphOf, -1);
        Arrays.fill(advance, Float.NaN);
        GlyphSubstitutionTable gsub = substitutions ? ttf.getGsub() : null;
        this.arabic = gsub == null ? null : gsub.getGsubData("arab");
    }

    /**
     * @param substitutions read the font's OpenType substitutions (for Arabic-script fonts); a Latin font
     *                      needs none, and leaving them out saves parsing a large table per document
     */
    static EmbeddedFont load(PDDocument document, String resource, boolean substitutions) {
        try {
            return new EmbeddedFont(document, resource, substitutions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + resource, e);
        }
    }

    /**
     * A font for PDFBox's own text drawing (the charts), subset by PDFBox when the document is saved.
     * Its substitutions are hidden: PDFBox would apply a Latin font's ligatures, turning "fi" into one
     * glyph that text extraction then reports as U+FB01.
     */
    static PDType0Font forPdfBoxText(PDDocument document, String resource) {
        try {
            return PDType0Font.load(document, parse(resource, false), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + resource, e);
        }
    }

    private static TrueTypeFont parse(String resource, boolean substitutions) throws IOException {
        byte[] file = bytes(resource);
        return new TTFParser().parse(new RandomAccessReadBuffer(substitutions ? file : withoutSubstitutions(file)));
    }

    /** The raw font file, read once per JVM from the classpath (AWT fonts for charts use it too). */
    static byte[] bytes(String resource) {
        return FILES.computeIfAbsent(resource, name -> {
            try (InputStream in = EmbeddedFont.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is not on the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + name, e);
            }
        });
    }

    /** A copy of the font whose GSUB table is renamed, so that no reader of it finds one. */
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

    PDType0Font pdfFont() {
        return font;
    }

    /** The glyph the character map gives {@code c}, 0 when the font has none. */
    int glyph(char c) {
        int glyph = glyphOf[c];
        if (glyph < 0) {
            glyph = cmap.getGlyphId(c);
            glyphOf[c] = glyph;
        }
        return glyph;
    }

    boolean covers(char c) {
        return glyph(c) != 0;
    }

    /**
     * The glyph of an Arabic-script letter in its contextual form, from the font's {@code isol},
     * {@code init}, {@code medi} or {@code fina} substitution; the nominal glyph when the font has no
     * such form (a letter that is the same in every position).
     */
    int arabicGlyph(char c, ArabicShaper.Form form) {
        int nominal = glyph(c);
        if (arabic == null || nominal == 0 || form == ArabicShaper.Form.NONE) {
            return nominal;
        }
        return forms.computeIfAbsent(c * 8 + form.ordinal(), key -> {
            String feature = switch (form) {
                case INITIAL -> "init";
                case MEDIAL -> "medi";
                case FINAL -> "fina";
                default -> "isol";
            };
            return substitute(feature, List.of(nominal), nominal);
        });
    }

    /** The required ligature ({@code rlig}, such as lam-alef) of two contextual glyphs, or 0 when there is none. */
    int ligature(int first, int second) {
        return arabic == null ? 0 : substitute("rlig", List.of(first, second), 0);
    }

    private int substitute(String feature, List<Integer> glyphs, int otherwise) {
        if (!arabic.isFeatureSupported(feature)) {
            return otherwise;
        }
        ScriptFeature substitution = arabic.getFeature(feature);
        return substitution.canReplaceGlyphs(glyphs) ? substitution.getReplacementForGlyphs(glyphs) : otherwise;
    }

    float advance(int glyph) {
        float unit = advance[glyph];
        if (Float.isNaN(unit)) {
            try {
                unit = ttf.getAdvanceWidth(glyph) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read glyph width in " + resource, e);
            }
            advance[glyph] = unit;
        }
        return unit;
    }

    /** Records that {@code glyph} shows {@code c}, unless it already stands for some text. */
    void stands(int glyph, char c) {
        if (textOf[glyph] == null) {
            textOf[glyph] = String.valueOf(c);
        }
    }

    /** Records that {@code glyph} shows {@code text} (a ligature's letters), unless it already stands for some text. */
    void stands(int glyph, String text) {
        if (textOf[glyph] == null) {
            textOf[glyph] = text;
        }
    }

    /** Notes glyphs drawn on a page: they, and only they, go into the embedded subset. */
    void drawn(int[] glyphs) {
        for (int glyph : glyphs) {
            drawn.set(glyph);
        }
    }

    /** Subsets the font to the glyphs drawn and gives it its ToUnicode map; call once, before saving. */
    void embed() {
        if (drawn.isEmpty()) {
            return; // never drawn: no page refers to the font, so it is not written at all
        }
        try {
            Set<Integer> glyphs = new HashSet<>();
            drawn.stream().forEach(glyphs::add);
            font.addGlyphsToSubset(glyphs);
            font.subset();
            PDStream toUnicode = new PDStream(document, new ByteArrayInputStream(toUnicode()), COSName.FLATE_DECODE);
            font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed font " + resource, e);
        }
    }

    /**
     * The ToUnicode CMap (PDF 32000 9.10.3): character code is the glyph id (Identity-H), mapped to the
     * UTF-16BE text the glyph stands for, in blocks of at most 100 entries.
     */
    private byte[] toUnicode() {
        StringBuilder cmap = new StringBuilder(64 * drawn.cardinality() + 400);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int[] glyphs = drawn.stream().filter(glyph -> textOf[glyph] != null).toArray();
        for (int start = 0; start < glyphs.length; start += 100) {
            int end = Math.min(glyphs.length, start + 100);
            cmap.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                cmap.append('<').append(hex4(glyphs[i])).append("> <");
                for (char c : textOf[glyphs[i]].toCharArray()) {
                    cmap.append(hex4(c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex4(int value) {
        String hex = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(hex.length()) + hex;
    }

    /** Releases the parsed font; call after the document is saved. */
    void close() {
        try {
            ttf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
