package org.vigil.report;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Arabic-script names set in a PDF the way the briefing sets them: joined glyphs on the page, and the
 * logical text back out of PDFBox and poppler.
 */
class ArabicTypographyTest {

    /** Pashto names and words using each Pashto-only letter: ګ ځ څ ښ ټ ڼ ډ ړ ږ ۍ. */
    static final List<String> PASHTO = List.of("ګل محمد ځدران", "ښکلی", "څارنوال", "ټولنه", "ډاکټر", "ړنګ", "ږغ",
            "ملګری", "ملګرۍ", "ګل احمد ځدراڼ", "کړ", "ګډ", "تږی", "ځوانۍ");
    static final List<String> PERSIAN = List.of("پیکان", "ژاله چکاوک", "گرگ", "یکی");
    static final List<String> ARABIC = List.of("عبد الرحمن", "محمد");
    /** Words with a lam-alef ligature: one glyph for two letters. */
    static final List<String> LAM_ALEF = List.of("غلام", "سلام", "محمد گلابزوی");

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.addAll(PASHTO);
        lines.addAll(PERSIAN);
        lines.addAll(ARABIC);
        lines.addAll(LAM_ALEF);
        lines.add("Victim: ګل محمد ځدران (Gul Mohammad Zadran), 41, څارنوال");
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document);
            try {
                PageLayout layout = new PageLayout(document);
                PageLayout.Style style = new PageLayout.Style(fonts.typeface(Typeface.REGULAR, Typeface.ARABIC_REGULAR), 14, Color.BLACK);
                PageLayout.Style bold = new PageLayout.Style(fonts.typeface(Typeface.BOLD, Typeface.ARABIC_BOLD), 14, Color.BLACK);
                for (String line : lines) {
                    layout.paragraph(line, style);
                }
                layout.paragraph(String.join(" · ", PASHTO), bold);
                layout.finish("Pashto, Persian and Arabic names", style);
                fonts.embed();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                pdf = out.toByteArray();
            } finally {
                fonts.close();
            }
        }
    }

    @Test
    void pdfBoxExtractsEveryNameInLogicalOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines()).containsAll(PASHTO).containsAll(PERSIAN).containsAll(ARABIC).containsAll(LAM_ALEF)
                    .contains("Victim: ګل محمد ځدران (Gul Mohammad Zadran), 41, څارنوال");
            assertThat(text).doesNotContainPattern("[\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
        }
    }

    @Test
    void pashtoLettersAreDrawnInTheirJoiningForms() throws IOException {
        // drawing order is left to right: the last letter of a word comes first
        assertThat(glyphNames("ګل محمد ځدران")).containsExactly("uni0646", "uni0627", "uni0631", "uniFEAA", "uni0681.init",
                "uniFEAA", "uniFEE4", "uniFEA4", "uniFEE3", "uniFEDE", "uni06AB.init");
        assertThat(glyphNames("ښکلی")).containsExactly("uniFBFD", "uniFEE0", "uniFB91", "uni069A.init");
        assertThat(glyphNames("څارنوال")).containsExactly("uni0644", "uni0627", "uniFEEE", "uniFEE7", "uni0631", "uniFE8E",
                "uni0685.init");
        assertThat(glyphNames("ټولنه")).containsExactly("uniFEEA", "uniFEE8", "uniFEDF", "uniFEEE", "uni067C.init");
        assertThat(glyphNames("ډاکټر")).containsExactly("uniFEAE", "uni067C.medi", "uniFB90", "uni0627", "uni0689");
        assertThat(glyphNames("ړنګ")).containsExactly("uni06AB.fina", "uniFEE7", "uni0693");
        assertThat(glyphNames("ملګرۍ")).containsExactly("uni06CD", "uniFEAE", "uni06AB.medi", "uniFEE0", "uniFEE3");
        // the right-joining Pashto letters in final form
        assertThat(glyphNames("کړ")).containsExactly("uni0693.fina", "uniFB90");
        assertThat(glyphNames("ګډ")).containsExactly("uni0689.fina", "uni06AB.init");
        assertThat(glyphNames("تږی")).containsExactly("uni06CC", "uni0696.fina", "uniFE97");
        assertThat(glyphNames("ځوانۍ")).containsExactly("uni06CD.fina", "uniFEE7", "uni0627", "uniFEEE", "uni0681.init");
    }

    @Test
    void lamAlefIsOneLigatureGlyph() throws IOException {
        assertThat(glyphNames("غلام")).containsExactly("uni0645", "uniFEFC", "uniFECF");
        assertThat(glyphNames("سلام")).containsExactly("uni0645", "uniFEFC", "uniFEB3");
    }

    @Test
    void popplerExtractsNominalLettersInLogicalOrder() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "typography-artefacts"));
        Path file = dir.resolve("arabic-names.pdf");
        Files.write(file, pdf);
        assumeTrue(onPath("pdftotext") && onPath("pdftoppm"), "poppler-utils is not installed: skipping pdftotext and pdftoppm");
        Process png = new ProcessBuilder("pdftoppm", "-r", "110", "-png", "-singlefile", file.toString(),
                dir.resolve("arabic-names").toString()).redirectErrorStream(true).start();
        String output = new String(png.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(png.waitFor()).as(output).isZero();
        assertThat(dir.resolve("arabic-names.png")).isNotEmptyFile();

        Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
        String extracted = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.waitFor()).isZero();
        // poppler marks right-to-left runs with embedding controls; the letters between them are what counts
        List<String> lines = extracted.replaceAll("[\u200E\u200F\u202A-\u202E]", "").lines().map(String::strip).toList();
        assertThat(lines).containsAll(PASHTO).containsAll(PERSIAN).containsAll(ARABIC);
        assertThat(extracted).doesNotContainPattern("[\uFB50-\uFDFF\uFE70-\uFEFF]");
        // not LAM_ALEF: a ligature glyph maps to its letters in logical order (as PDFBox reads them), but
        // poppler spreads the letters of one glyph left to right, so in right-to-left text it swaps them
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Names of the glyphs drawn for {@code line} (a line of its own in the PDF), in drawing order. */
    private static List<String> glyphNames(String line) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf);
             TrueTypeFont arabic = new TTFParser().parse(new RandomAccessReadBuffer(EmbeddedFont.bytes(Typeface.ARABIC_REGULAR)))) {
            List<List<TextPosition>> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.equals(line)) {
                        found.add(new ArrayList<>(positions));
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(document);
            assertThat(found).as("line " + line).isNotEmpty();
            for (TextPosition position : found.get(0)) {
                if (position.getFont().getName().contains("Vazirmatn")) {
                    names.add(arabic.getPostScript().getName(position.getCharacterCodes()[0]));
                }
            }
        }
        return names;
    }
}
