package org.vigil.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The briefing's charts: JFreeChart drawn through {@code graphics2d} into PDF form XObjects, so they
 * stay vectors. Chart text uses the document's embedded DejaVu fonts (registered with the text drawer
 * under their AWT names), which keeps the PDF/A rule that every font is embedded; all colours are set
 * explicitly rather than taken from JFreeChart's theme.
 */
final class Charts {

    static final Color CURRENT = new Color(0x1F4E79);
    static final Color PREVIOUS = new Color(0xA6A6A6);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color TEXT = new Color(0x262626);

    private final PDDocument document;
    private final Typeface regular;
    private final Font awtRegular;
    private final Font awtBold;
    private final PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer();

    Charts(PDDocument document, Typeface regular) {
        this.document = document;
        this.regular = regular;
        this.awtRegular = awtFont(Typeface.REGULAR);
        this.awtBold = awtFont(Typeface.BOLD);
        // graphics2d draws text through PDFBox's own text API, so the charts have fonts of their own
        textDrawer.registerFont(awtRegular.getFontName(), EmbeddedFont.forPdfBoxText(document, Typeface.REGULAR));
        textDrawer.registerFont(awtBold.getFontName(), EmbeddedFont.forPdfBoxText(document, Typeface.BOLD));
    }

    /** AWT fonts are immutable; creating one copies the file to a temporary file, so do it once per JVM. */
    private static final Map<String, Font> AWT_FONTS = new ConcurrentHashMap<>();

    private static Font awtFont(String resource) {
        return AWT_FONTS.computeIfAbsent(resource, name -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(EmbeddedFont.bytes(name)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load chart font " + name + ": " + e.getMessage(), e);
            }
        });
    }

    /** Incidents per day (or per ISO week over more than two months) on the days given. */
    PDFormXObject timeline(Map<LocalDate, Long> perDay, float width, float height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean weekly = perDay.size() > 62;
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            LocalDate date = day.getKey();
            String key = weekly
                    ? String.format(Locale.ROOT, "W%02d", date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : date.format(dayLabel);
            Number before = data.getColumnIndex(key) >= 0 ? data.getValue("Incidents", key) : null;
            data.setValue((before == null ? 0 : before.longValue()) + day.getValue(), "Incidents", key);
        }
        JFreeChart chart = barChart(weekly ? "Incidents per week" : "Incidents per day", data, PlotOrientation.VERTICAL, false);
        CategoryAxis axis = ((CategoryPlot) chart.getPlot()).getDomainAxis();
        if (data.getColumnCount() > 10) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        return draw(chart, width, height);
    }

    /** Horizontal bars for this period and the previous one, top {@code limit} keys of this period. */
    PDFormXObject comparison(String title, Map<String, Long> current, Map<String, Long> previous, int limit,
                             float width, float height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Iterator<Map.Entry<String, Long>> entries = current.entrySet().iterator();
        long otherNow = 0;
        long otherBefore = previous.values().stream().mapToLong(Long::longValue).sum();
        int shown = 0;
        while (entries.hasNext()) {
            Map.Entry<String, Long> entry = entries.next();
            if (shown < limit) {
                String key = drawable(entry.getKey());
                long before = previous.getOrDefault(entry.getKey(), 0L);
                data.addValue(entry.getValue(), "This period", key);
                data.addValue(before, "Previous period", key);
                otherBefore -= before;
                shown++;
            } else {
                otherNow += entry.getValue();
            }
        }
        if (otherNow > 0) {
            data.addValue(otherNow, "This period", "Other");
            data.addValue(otherBefore, "Previous period", "Other");
        }
        JFreeChart chart = barChart(title, data, PlotOrientation.HORIZONTAL, true);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        return draw(chart, width, height);
    }

    /** Labels come from the data: replace what the font cannot draw, as body text does. */
    private String drawable(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(regular.latinCovers(c) ? c : Typeface.REPLACEMENT);
        }
        return out.toString();
    }

    private JFreeChart barChart(String title, DefaultCategoryDataset data, PlotOrientation orientation, boolean legend) {
        CategoryAxis domain = new CategoryAxis();
        domain.setTickLabelFont(awtRegular.deriveFont(7f));
        domain.setTickLabelPaint(TEXT);
        domain.setAxisLinePaint(TEXT);
        domain.setCategoryMargin(0.15);
        domain.setLowerMargin(0.02);
        domain.setUpperMargin(0.02);
        NumberAxis range = new NumberAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        range.setTickLabelFont(awtRegular.deriveFont(7f));
        range.setTickLabelPaint(TEXT);
        range.setAxisLinePaint(TEXT);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, CURRENT);
        renderer.setSeriesPaint(1, PREVIOUS);
        renderer.setDefaultLegendTextFont(awtRegular.deriveFont(7.5f));
        renderer.setDefaultLegendTextPaint(TEXT);
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, awtBold.deriveFont(9f), plot, legend);
        chart.setTitle(new TextTitle(title, awtBold.deriveFont(9f), TEXT, RectangleEdge.TOP,
                org.jfree.chart.ui.HorizontalAlignment.LEFT, org.jfree.chart.ui.VerticalAlignment.CENTER,
                new org.jfree.chart.ui.RectangleInsets(2, 2, 6, 2)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(awtRegular.deriveFont(7.5f));
            legendTitle.setItemPaint(TEXT);
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private PDFormXObject draw(JFreeChart chart, float width, float height) {
        try {
            PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
            graphics.setFontTextDrawer(textDrawer);
            graphics.setColor(TEXT);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
            graphics.dispose();
            return graphics.getXFormObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw chart", e);
        }
    }
}
