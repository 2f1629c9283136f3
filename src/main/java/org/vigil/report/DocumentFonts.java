package org.vigil.report;

import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fonts of one document: each font file loaded once, when text first needs it (a briefing with
 * no Arabic script never loads the Arabic font), and embedded as a subset when the pages are done.
 */
final class DocumentFonts {

    private final PDDocument document;
    private final Map<String, EmbeddedFont> fonts = new LinkedHashMap<>();

    DocumentFonts(PDDocument document) {
        this.document = document;
    }

    /** A face with {@code latin} for most scripts and {@code arabic} for Arabic script. */
    Typeface typeface(String latin, String arabic) {
        return new Typeface(font(latin, false), () -> font(arabic, true));
    }

    private EmbeddedFont font(String resource, boolean substitutions) {
        return fonts.computeIfAbsent(resource, name -> EmbeddedFont.load(document, name, substitutions));
    }

    /** Subsets every font to the glyphs drawn; call once the pages are complete, before saving. */
    void embed() {
        fonts.values().forEach(EmbeddedFont::embed);
    }

    /** Releases the parsed fonts; call after saving. */
    void close() {
        fonts.values().forEach(EmbeddedFont::close);
    }
}
