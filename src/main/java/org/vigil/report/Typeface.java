package org.vigil.report;

import java.util.function.Supplier;

/**
 * A face the layout sets text in (regular, bold, oblique): a font for Latin and other scripts, and a
 * font for Arabic script, taken for every Arabic-script character so that a name is drawn by one
 * design with all its joins. {@link #shape} turns text into the glyph of each character.
 */
final class Typeface {

    static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    static final String OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf";
    /** Vazirmatn, without its Latin part: every Arabic, Persian and Pashto letter, with contextual forms. */
    static final String ARABIC_REGULAR = "org/vigil/report/fonts/Vazirmatn-NL-Regular.ttf";
    static final String ARABIC_BOLD = "org/vigil/report/fonts/Vazirmatn-NL-Bold.ttf";

    /** Shown for a character no font covers: visible, never a missing-glyph box or an exception. */
    static final char REPLACEMENT = '\uFFFD';

    /**
     * Text as glyphs, one slot per character of {@code text} (logical order). A slot whose font is null
     * draws nothing: an invisible format or bidi control, the second half of a surrogate pair, or a
     * letter merged into the ligature drawn for the character before it.
     *
     * @param advances advance widths at size 1
     */
    record Shaped(String text, EmbeddedFont[] fonts, int[] glyphs, float[] advances) {
    }

    private final EmbeddedFont latin;
    private final Supplier<EmbeddedFont> arabicLoader;
    private EmbeddedFont arabic;
    private final int replacementGlyph;
    private final char replacement;

    /** @param arabic loads the Arabic-script font, when text first needs it */
    Typeface(EmbeddedFont latin, Supplier<EmbeddedFont> arabic) {
        this.latin = latin;
        this.arabicLoader = arabic;
        this.replacement = latin.covers(REPLACEMENT) ? REPLACEMENT : '?';
        this.replacementGlyph = latin.glyph(replacement);
    }

    /** True when the Latin font draws {@code c} (PDFBox-drawn chart labels use that font alone). */
    boolean latinCovers(char c) {
        return latin.covers(c);
    }

    private EmbeddedFont arabic() {
        if (arabic == null) {
            arabic = arabicLoader.get();
        }
        return arabic;
    }

    /** The font that draws {@code c}, or null when none does. */
    private EmbeddedFont fontFor(char c) {
        if (ArabicShaper.isArabic(c) && arabic().covers(c)) {
            return arabic;
        }
        return latin.covers(c) ? latin : null;
    }

    Shaped shape(String text) {
        int n = text.length();
        EmbeddedFont[] fonts = new EmbeddedFont[n];
        int[] glyphs = new int[n];
        float[] advances = new float[n];
        ArabicShaper.Form[] forms = ArabicShaper.hasArabic(text) ? ArabicShaper.forms(text) : null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < '\u007F' && latin.covers(c)) { // printable ASCII, most of any briefing
                int glyph = latin.glyph(c);
                set(fonts, glyphs, advances, i, latin, glyph);
                latin.stands(glyph, c);
                continue;
            }
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                continue; // its high surrogate drew the replacement for the pair
            }
            if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
                continue; // joiners have done their work in the forms; bidi controls in the bidi algorithm
            }
            EmbeddedFont font = Character.isSurrogate(c) ? null : fontFor(c);
            if (font == null) {
                set(fonts, glyphs, advances, i, latin, replacementGlyph);
                latin.stands(replacementGlyph, replacement);
                continue;
            }
            ArabicShaper.Form form = forms == null ? ArabicShaper.Form.NONE : forms[i];
            int glyph = font == arabic ? font.arabicGlyph(c, form) : font.glyph(c);
            if (form == ArabicShaper.Form.INITIAL || form == ArabicShaper.Form.MEDIAL) {
                int next = i + 1;
                if (next < n && forms[next] == ArabicShaper.Form.FINAL && fontFor(text.charAt(next)) == font) {
                    int ligature = font.ligature(glyph, font.arabicGlyph(text.charAt(next), ArabicShaper.Form.FINAL));
                    if (ligature != 0) {
                        set(fonts, glyphs, advances, i, font, ligature);
                        font.stands(ligature, text.substring(i, next + 1));
                        i = next;
                        continue;
                    }
                }
            }
            set(fonts, glyphs, advances, i, font, glyph);
            font.stands(glyph, c);
        }
        return new Shaped(text, fonts, glyphs, advances);
    }

    private static void set(EmbeddedFont[] fonts, int[] glyphs, float[] advances, int i, EmbeddedFont font, int glyph) {
        fonts[i] = font;
        glyphs[i] = glyph;
        advances[i] = font.advance(glyph);
    }

    /** True when every character of {@code text} has a glyph (spaces and format characters aside). */
    boolean coversAll(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT && fontFor(c) == null) {
                return false;
            }
        }
        return true;
    }
}
