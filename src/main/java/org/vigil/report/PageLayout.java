package org.vigil.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A top-to-bottom flow of A4 pages: keeps the cursor, starts a new page when content does not fit,
 * draws wrapped text, and places links and destinations. Page furniture (footer with "n / N") is
 * added by {@link #finish} once the page count is known.
 */
final class PageLayout {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float TOP = PAGE.getHeight() - 50;
    static final float BOTTOM = 56;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    /** Font, size, colour and line height of a run of text. */
    record Style(Typeface face, float size, Color color, float leading) {
        Style(Typeface face, float size, Color color) {
            this(face, size, color, size * 1.35f);
        }
    }

    /** Where a drawn line ended up: for link annotations over text. */
    record Area(PDPage page, PDRectangle rect) {
    }

    private final PDDocument document;
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    /** Resources of the page {@link #content} draws on. */
    private PDResources resources;
    /** Font, size and fill colour in force in {@link #content}, so that lines repeat none of them. */
    private EmbeddedFont font;
    private float fontSize;
    private Color fillColor;

    PageLayout(PDDocument document) {
        this.document = document;
    }

    PDPage page() {
        return page;
    }

    float y() {
        return y;
    }

    void newPage() {
        try {
            closeContent();
            page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            resources = page.getResources();
            forgetState();
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void ensure(float height) {
        if (page == null || y - height < BOTTOM) {
            newPage();
        }
    }

    void gap(float height) {
        y -= height;
    }

    /** A destination at the cursor, for bookmarks and internal links. */
    PDPageXYZDestination here() {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(0);
        destination.setTop(Math.round(Math.min(PAGE.getHeight(), y + 24)));
        return destination;
    }

    /** Wraps and draws a paragraph at {@code x} with {@code width}; lines that do not fit go to the next page. */
    List<Area> paragraph(String text, Style style, float x, float width) {
        return draw(TextLines.wrap(text, style.face(), style.size(), width), style, x, width);
    }

    /** Like {@link #paragraph}, for text quoted from articles: a Persian quote runs, and is aligned, right to left. */
    List<Area> quoted(String text, Style style, float x, float width) {
        return draw(TextLines.wrap(text, style.face(), style.size(), width, true), style, x, width);
    }

    private List<Area> draw(List<TextLines.Line> lines, Style style, float x, float width) {
        List<Area> areas = new ArrayList<>();
        for (TextLines.Line line : lines) {
            ensure(style.leading());
            y -= style.leading();
            float left = line.rtl() ? x + width - line.width() : x;
            drawLine(line, style, left, y + style.leading() * 0.26f);
            areas.add(new Area(page, new PDRectangle(left, y, line.width(), style.leading())));
        }
        return areas;
    }

    List<Area> paragraph(String text, Style style) {
        return paragraph(text, style, MARGIN, WIDTH);
    }

    /** Draws pre-wrapped lines downward from {@code top} without moving the cursor or breaking pages. */
    float lines(List<TextLines.Line> lines, Style style, float x, float width, float top) {
        float baseline = top;
        for (TextLines.Line line : lines) {
            baseline -= style.leading();
            float left = line.rtl() ? x + width - line.width() : x;
            drawLine(line, style, left, baseline + style.leading() * 0.26f);
        }
        return top - baseline;
    }

    void drawLine(TextLines.Line line, Style style, float x, float baseline) {
        if (line.runs().isEmpty()) {
            return;
        }
        try {
            content.beginText();
            if (!style.color().equals(fillColor)) {
                content.setNonStrokingColor(style.color());
                fillColor = style.color();
            }
            content.newLineAtOffset(x, baseline);
            for (TextLines.Run run : line.runs()) {
                if (run.font() != font || style.size() != fontSize) {
                    font = run.font();
                    fontSize = style.size();
                    raw("/" + resources.add(font.pdfFont()).getName() + " " + fontSize + " Tf\n");
                }
                show(run.glyphs());
                run.font().drawn(run.glyphs());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code glyphs} (2-byte codes) as a string operand and the Tj operator: a literal string
     * when every byte is 7-bit and no line end, else a hexadecimal one, as PDFBox writes strings.
     * Built in one buffer, since this runs for every run of text in the document.
     */
    private void show(int[] glyphs) throws IOException {
        boolean literal = true;
        for (int glyph : glyphs) {
            int high = glyph >> 8;
            int low = glyph & 0xFF;
            if (high >= 0x80 || low >= 0x80 || high == '\n' || high == '\r' || low == '\n' || low == '\r') {
                literal = false;
                break;
            }
        }
        byte[] out = new byte[4 * glyphs.length + 6]; // escapes or hex digits at most double the bytes
        int at = 0;
        out[at++] = (byte) (literal ? '(' : '<');
        for (int glyph : glyphs) {
            at = put(out, at, glyph >> 8, literal);
            at = put(out, at, glyph & 0xFF, literal);
        }
        out[at++] = (byte) (literal ? ')' : '>');
        out[at++] = ' ';
        out[at++] = 'T';
        out[at++] = 'j';
        out[at++] = '\n';
        raw(Arrays.copyOf(out, at));
    }

    private static int put(byte[] out, int at, int b, boolean literal) {
        if (!literal) {
            out[at++] = HEX[b >> 4];
            out[at++] = HEX[b & 0xF];
        } else {
            if (b == '(' || b == ')' || b == '\\') {
                out[at++] = '\\';
            }
            out[at++] = (byte) b;
        }
        return at;
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /**
     * Font selection and glyph strings go into the content stream as written operators: PDFBox has no
     * public call that shows glyphs by id (its showText maps characters through the font's character
     * map, which has no contextual Arabic forms), and its setFont would have PDFBox subset the font a
     * second time at save, after {@link EmbeddedFont#embed} did.
     */
    @SuppressWarnings("deprecation")
    private void raw(String operators) throws IOException {
        content.appendRawCommands(operators);
    }

    @SuppressWarnings("deprecation")
    private void raw(byte[] operators) throws IOException {
        content.appendRawCommands(operators);
    }

    /** Moves the cursor to {@code newY} (used after side-by-side columns). */
    void moveTo(float newY) {
        y = newY;
    }

    void fill(float x, float bottom, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            fillColor = color;
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(Color color, float thickness) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(thickness);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places a form XObject (a chart or the map) with its lower-left corner at (x, bottom). */
    void form(PDFormXObject form, float x, float bottom) {
        try {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(x, bottom));
            content.drawForm(form);
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's content stream for drawing that is not text flow (the map). Callers change the fill
     * colour or text state only inside a saved graphics state ({@code q ... Q}), which keeps what this
     * layout believes is in force true.
     */
    PDPageContentStream content() {
        return content;
    }

    private void forgetState() {
        font = null;
        fillColor = null;
    }

    void linkUri(List<Area> areas, String uri) {
        for (Area area : areas) {
            PDActionURI action = new PDActionURI();
            action.setURI(uri);
            PDAnnotationLink link = link(area);
            link.setAction(action);
            addAnnotation(area.page(), link);
        }
    }

    void linkTo(List<Area> areas, PDPageDestination destination) {
        for (Area area : areas) {
            PDAnnotationLink link = link(area);
            link.setDestination(destination);
            addAnnotation(area.page(), link);
        }
    }

    private static PDAnnotationLink link(Area area) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area.rect());
        link.setPrinted(true); // PDF/A: every annotation must print
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        return link;
    }

    private static void addAnnotation(PDPage page, PDAnnotationLink link) {
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the last page and stamps every page with {@code left} and "n / N" at the bottom. */
    void finish(String left, Style style) {
        try {
            closeContent();
            int total = document.getNumberOfPages();
            int number = 0;
            for (PDPage each : document.getPages()) {
                number++;
                try (PDPageContentStream footer = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = footer;
                    resources = each.getResources();
                    forgetState();
                    footer.setStrokingColor(style.color());
                    footer.setLineWidth(0.4f);
                    footer.moveTo(MARGIN, BOTTOM - 14);
                    footer.lineTo(MARGIN + WIDTH, BOTTOM - 14);
                    footer.stroke();
                    TextLines.Line pageNumber = TextLines.line(number + " / " + total, style.face(), style.size());
                    List<TextLines.Line> label = TextLines.wrap(left, style.face(), style.size(), WIDTH - pageNumber.width() - 20);
                    if (!label.isEmpty()) {
                        drawLine(label.get(0), style, MARGIN, BOTTOM - 28);
                    }
                    drawLine(pageNumber, style, MARGIN + WIDTH - pageNumber.width(), BOTTOM - 28);
                }
            }
            content = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
