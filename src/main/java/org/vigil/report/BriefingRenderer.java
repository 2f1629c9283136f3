package org.vigil.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;
import org.vigil.incident.Incident;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import static org.vigil.report.IncidentText.present;

/**
 * Renders a {@link Briefing} as a PDF/A-2b document: cover with summary and key figures, charts and
 * map, an incident table linked to one section per incident, earlier incidents referred to, and an
 * appendix of every archived source. The output depends only on the briefing: rendering the same
 * briefing twice gives byte-identical files.
 *
 * <p>Stateless and thread-safe; each call builds its own document.
 */
public final class BriefingRenderer {

    private static final Color INK = new Color(0x1A1A1A);
    private static final Color MUTED = new Color(0x595959);
    private static final Color ACCENT = new Color(0x1F4E79);
    private static final Color LINK = new Color(0x0B5394);
    private static final Color BAND = new Color(0xE8EEF4);
    private static final Color ZEBRA = new Color(0xF5F7FA);
    private static final Color RULE = new Color(0xBFBFBF);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public void render(Briefing briefing, OutputStream out) throws IOException {
        // Cold-start work that does not touch the document (XMP serialisation, colour profile, base map
        // decoding) runs beside the layout; the result is the same whichever finishes first.
        CompletableFuture<PdfArchive.Metadata> metadata = CompletableFuture.supplyAsync(() -> PdfArchive.metadata(
                briefing.title() + " — " + briefing.period().label(), briefing.operator(), subject(briefing),
                keywords(briefing), briefing.generatedAt()));
        CompletableFuture<Void> baseMap = WorldMap.placeable(briefing.incidents()) > 0
                ? CompletableFuture.runAsync(WorldMap::preload) : CompletableFuture.completedFuture(null);
        try (PDDocument document = new PDDocument()) {
            Composer composer = new Composer(briefing, document);
            try {
                composer.compose();
                composer.fonts.embed();
                PdfArchive.conform(document, metadata.join(), documentId(briefing));
                document.save(out);
            } finally {
                composer.fonts.close();
                baseMap.join();
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    static String subject(Briefing briefing) {
        return "Incident briefing for " + briefing.period().describe() + " (" + briefing.period().kind().id() + ", "
                + BriefingFigures.plural(briefing.incidents().size(), "incident") + ")";
    }

    static String keywords(Briefing briefing) {
        Set<String> words = new LinkedHashSet<>(List.of("vigil", "briefing", briefing.jobName(), briefing.period().label()));
        BriefingFigures figures = new BriefingFigures(briefing.incidents());
        words.addAll(figures.byCountry.keySet());
        words.addAll(figures.byType.keySet());
        return String.join(", ", words);
    }

    /** Derived from the briefing's content, so the id is stable across re-renders and changes with the data. */
    private static byte[] documentId(Briefing briefing) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // records print every component, in declaration order, with no identity hashes
            return Arrays.copyOf(digest.digest(briefing.toString().getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One rendering: the document under construction and what links need to find each other. */
    private static final class Composer {
        private final Briefing briefing;
        private final PDDocument document;
        private final PageLayout layout;
        private final DocumentFonts fonts;
        private final Typeface regular;
        private final Typeface bold;
        private final Typeface oblique;
        private final PageLayout.Style body;
        private final PageLayout.Style bodyBold;
        private final PageLayout.Style small;
        private final PageLayout.Style smallMuted;
        private final PageLayout.Style quote;
        private final PageLayout.Style link;
        private final PageLayout.Style label;
        private final PageLayout.Style h1;
        private final PageLayout.Style h2;
        private final List<Incident> incidents;
        private final List<Incident> earlier;
        /** Section anchors by incident id; links and bookmarks point at them before the sections are drawn. */
        private final Map<String, PDPageXYZDestination> anchors = new HashMap<>();
        private final Map<String, String> numbers = new HashMap<>();
        private final PDDocumentOutline outline = new PDDocumentOutline();
        private final Charts charts;

        Composer(Briefing briefing, PDDocument document) {
            this.briefing = briefing;
            this.document = document;
            this.layout = new PageLayout(document);
            this.fonts = new DocumentFonts(document);
            this.regular = fonts.typeface(Typeface.REGULAR, Typeface.ARABIC_REGULAR);
            this.bold = fonts.typeface(Typeface.BOLD, Typeface.ARABIC_BOLD);
            this.oblique = fonts.typeface(Typeface.OBLIQUE, Typeface.ARABIC_REGULAR);
            this.charts = new Charts(document, regular);
            body = new PageLayout.Style(regular, 9, INK);
            bodyBold = new PageLayout.Style(bold, 9, INK);
            small = new PageLayout.Style(regular, 7.5f, INK);
            smallMuted = new PageLayout.Style(regular, 7.5f, MUTED);
            quote = new PageLayout.Style(oblique, 8.5f, INK);
            link = new PageLayout.Style(regular, 8, LINK);
            label = new PageLayout.Style(bold, 8, MUTED);
            h1 = new PageLayout.Style(bold, 16, ACCENT, 22);
            h2 = new PageLayout.Style(bold, 11, ACCENT, 15);
            incidents = briefing.incidents().stream().sorted(IncidentText.ORDER).toList();
            Set<String> inPeriod = incidents.stream().map(Incident::id).collect(Collectors.toSet());
            earlier = briefing.referencedIncidents().stream().filter(i -> !inPeriod.contains(i.id()))
                    .sorted(IncidentText.ORDER).toList();
            for (int i = 0; i < incidents.size(); i++) {
                register(incidents.get(i), Integer.toString(i + 1));
            }
            for (int i = 0; i < earlier.size(); i++) {
                register(earlier.get(i), "E" + (i + 1));
            }
        }

        private void register(Incident incident, String number) {
            anchors.putIfAbsent(incident.id(), new PDPageXYZDestination());
            numbers.putIfAbsent(incident.id(), number);
        }

        void compose() {
            cover();
            charts();
            table();
            sections();
            appendix();
            layout.finish(briefing.title() + " · " + briefing.period().label(), smallMuted);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }

        private PDOutlineItem bookmark(PDOutlineItem parent, String title, PDPageDestination destination) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            item.setDestination(destination);
            if (parent == null) {
                outline.addLast(item);
            } else {
                parent.addLast(item);
            }
            return item;
        }

        private PDOutlineItem heading(String text, PDOutlineItem parent) {
            // keep a heading with the start of what it heads
            layout.ensure(h1.leading() + 140);
            PDPageXYZDestination here = layout.here();
            layout.paragraph(text, h1);
            layout.gap(4);
            layout.rule(ACCENT, 1);
            layout.gap(8);
            return bookmark(parent, text, here);
        }

        private PDOutlineItem subheading(String text, PDOutlineItem parent) {
            layout.ensure(h2.leading() + 40);
            layout.gap(6);
            PDPageXYZDestination here = layout.here();
            layout.paragraph(text, h2);
            layout.gap(4);
            return bookmark(parent, text, here);
        }

        // ---- cover -------------------------------------------------------------------------------

        private void cover() {
            layout.newPage();
            PDPageXYZDestination top = layout.here();
            layout.gap(30);
            layout.paragraph(briefing.title(), new PageLayout.Style(bold, 24, ACCENT, 30));
            layout.gap(6);
            layout.paragraph(IncidentText.capitalized(briefing.period().kind().id()) + " briefing · " + briefing.period().describe(),
                    new PageLayout.Style(regular, 13, INK, 18));
            layout.gap(4);
            layout.paragraph("Period " + briefing.period().label() + " · data as of " + STAMP.format(briefing.generatedAt())
                    + " · job " + briefing.jobName()
                    + " · prepared by " + briefing.operator(), new PageLayout.Style(regular, 9, MUTED));
            ArchiveFigures archive = briefing.archive();
            layout.paragraph("Archive: " + BriefingFigures.plural(archive.captures(), "capture") + " in "
                    + BriefingFigures.plural(archive.warcFiles(), "WARC file") + ", "
                    + BriefingFigures.plural(archive.articles(), "article") + " extracted; this briefing cites "
                    + BriefingFigures.plural(briefing.sources().size(), "archived article") + ".", new PageLayout.Style(regular, 9, MUTED));
            layout.gap(14);
            layout.rule(ACCENT, 1.5f);
            layout.gap(14);
            bookmark(null, "Summary", top);
            layout.paragraph(BriefingFigures.summary(briefing), new PageLayout.Style(regular, 10.5f, INK, 15));
            layout.gap(18);
            keyFigures();
            timeline();
        }

        private void timeline() {
            float height = 165;
            layout.gap(12);
            layout.ensure(height + h2.leading() + 20);
            subheading("Timeline", null);
            Map<LocalDate, Long> perDay = BriefingFigures.perDay(briefing.incidents(), briefing.period());
            PDFormXObject chart = charts.timeline(perDay, PageLayout.WIDTH, height);
            layout.form(chart, PageLayout.MARGIN, layout.y() - height);
            layout.gap(height + 4);
            layout.paragraph(timelineNote(perDay), smallMuted);
        }

        /** Says which days the timeline shows and which of the period's incidents it leaves out. */
        private String timelineNote(Map<LocalDate, Long> perDay) {
            LocalDate first = perDay.keySet().iterator().next();
            StringBuilder note = new StringBuilder("Incidents by the day they happened");
            if (first.isBefore(briefing.period().from())) {
                note.append(", from ").append(first.format(DAY)).append(": the days before the period are those of"
                        + " incidents first reported in it");
            }
            note.append('.');
            long undated = briefing.incidents().stream().filter(i -> BriefingFigures.day(i) == null).count();
            long older = briefing.incidents().stream()
                    .filter(i -> BriefingFigures.day(i) != null && !perDay.containsKey(BriefingFigures.day(i))).count();
            List<String> left = new ArrayList<>();
            if (undated > 0) {
                left.add(BriefingFigures.plural(undated, "incident") + " without an exact day");
            }
            if (older > 0) {
                left.add(BriefingFigures.plural(older, "incident") + " that happened before " + first.format(DAY));
            }
            if (!left.isEmpty()) {
                note.append(' ').append(String.join(" and ", left)).append(undated + older == 1 ? " is" : " are")
                        .append(" not in it.");
            }
            return note.toString();
        }

        private void keyFigures() {
            subheading("Key figures", null);
            BriefingFigures now = new BriefingFigures(briefing.incidents());
            BriefingFigures before = new BriefingFigures(briefing.previousIncidents());
            float[] widths = {215, 90, 105, 85};
            String previous = "Previous " + (briefing.period().days() == 1 ? "day" : briefing.period().days() + " days");
            row(List.of("Figure", "This period", previous, "Change"), widths, bodyBold, BAND, true);
            int index = 0;
            for (BriefingFigures.Figure figure : now.compare(before)) {
                row(List.of(figure.name(), Long.toString(figure.current()), Long.toString(figure.previous()), figure.delta()),
                        widths, body, index++ % 2 == 1 ? ZEBRA : null, true);
            }
        }

        /** One table row: cells wrap within their column; the row moves to a new page whole. Returns its area. */
        private PageLayout.Area row(List<String> cells, float[] widths, PageLayout.Style style, Color fill, boolean numeric) {
            List<List<TextLines.Line>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                List<TextLines.Line> cell = TextLines.wrap(cells.get(c), style.face(), style.size(), widths[c] - 8);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * style.leading() + 5;
            layout.ensure(height);
            float top = layout.y();
            if (fill != null) {
                layout.fill(PageLayout.MARGIN, top - height, PageLayout.WIDTH, height, fill);
            }
            float x = PageLayout.MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                List<TextLines.Line> cell = wrapped.get(c);
                if (numeric && c > 0 && cell.size() == 1) {
                    float w = cell.get(0).width();
                    layout.lines(cell, style, x + widths[c] - 4 - w, w, top - 2.5f);
                } else {
                    layout.lines(cell, style, x + 4, widths[c] - 8, top - 2.5f);
                }
                x += widths[c];
            }
            layout.moveTo(top - height);
            return new PageLayout.Area(layout.page(), new org.apache.pdfbox.pdmodel.common.PDRectangle(
                    PageLayout.MARGIN, top - height, PageLayout.WIDTH, height));
        }

        // ---- charts and map ----------------------------------------------------------------------

        private void charts() {
            layout.newPage();
            PDOutlineItem section = heading("Countries, types and places", null);
            BriefingFigures now = new BriefingFigures(briefing.incidents());
            BriefingFigures before = new BriefingFigures(briefing.previousIncidents());

            float barHeight = 190;
            float half = (PageLayout.WIDTH - 15) / 2;
            layout.ensure(barHeight);
            bookmark(section, "By country and type", layout.here());
            PDFormXObject countries = charts.comparison("Incidents by host country", now.byCountry, before.byCountry, 8, half, barHeight);
            PDFormXObject types = charts.comparison("Incidents by type", now.byType, before.byType, 8, half, barHeight);
            layout.form(countries, PageLayout.MARGIN, layout.y() - barHeight);
            layout.form(types, PageLayout.MARGIN + half + 15, layout.y() - barHeight);
            layout.gap(barHeight + 16);

            float mapHeight = 300;
            layout.ensure(mapHeight + 40);
            bookmark(section, "Map of incidents", layout.here());
            layout.paragraph("Map of incident locations", bodyBold);
            layout.gap(4);
            long placeable = WorldMap.placeable(briefing.incidents());
            if (placeable == 0) {
                layout.paragraph("No incident in this period has coordinates, so there is nothing to map.", body);
            } else {
                WorldMap.draw(layout, briefing.incidents(), new PageLayout.Style(bold, 7, INK), PageLayout.MARGIN,
                        layout.y() - mapHeight, PageLayout.WIDTH, mapHeight);
                layout.gap(mapHeight + 4);
                long unplaced = briefing.incidents().size() - placeable;
                layout.paragraph("Points: " + BriefingFigures.plural(placeable, "incident") + " with coordinates"
                        + (unplaced > 0 ? " (" + unplaced + " without coordinates not shown)" : "")
                        + "; the size of a point grows with the incidents at one place. Base map: Natural Earth 1:50m"
                        + " country boundaries (public domain) via world-atlas.", smallMuted);
            }
        }

        // ---- incident table ----------------------------------------------------------------------

        private static final float[] TABLE = {24, 68, 112, 78, 165, 48};

        private void table() {
            layout.newPage();
            heading("Incidents", null);
            if (incidents.isEmpty()) {
                layout.paragraph("No incidents were recorded in this period.", body);
                return;
            }
            layout.paragraph("Each row links to the incident's section. K/I: killed / injured, best estimates.", smallMuted);
            layout.gap(4);
            List<String> header = List.of("#", "Date", "Place", "Type", "Victims (outcome)", "K / I");
            tableHeader(header);
            int index = 0;
            for (Incident incident : incidents) {
                if (layout.y() - 3 * small.leading() < PageLayout.BOTTOM) {
                    layout.newPage();
                    tableHeader(header);
                }
                List<String> cells = List.of(numbers.get(incident.id()), IncidentText.date(incident.date()),
                        IncidentText.place(incident.place()), IncidentText.words(incident.type()),
                        IncidentText.victimsShort(incident, 4),
                        IncidentText.best(incident.killed()) + " / " + IncidentText.best(incident.injured()));
                PageLayout.Area area = row(cells, TABLE, small, index++ % 2 == 1 ? ZEBRA : null, false);
                layout.linkTo(List.of(area), anchors.get(incident.id()));
            }
        }

        private void tableHeader(List<String> header) {
            row(header, TABLE, new PageLayout.Style(bold, 7.5f, INK), BAND, false);
        }

        // ---- incident sections -------------------------------------------------------------------

        private void sections() {
            layout.newPage();
            PDOutlineItem parent = heading("Incident details", null);
            if (incidents.isEmpty()) {
                layout.paragraph("No incidents were recorded in this period.", body);
            }
            for (Incident incident : incidents) {
                section(incident, parent);
            }
            if (!earlier.isEmpty()) {
                layout.gap(10);
                PDOutlineItem earlierItem = heading("Earlier incidents referred to", null);
                layout.paragraph("Incidents outside this period that the reports above refer to.", smallMuted);
                for (Incident incident : earlier) {
                    section(incident, earlierItem);
                }
            }
        }

        private static final float LABEL_WIDTH = 112;

        private void section(Incident incident, PDOutlineItem parent) {
            String title = numbers.get(incident.id()) + ". " + IncidentText.headline(incident);
            List<TextLines.Line> titleLines = TextLines.wrap(title, h2.face(), h2.size(), PageLayout.WIDTH - 8);
            float titleHeight = titleLines.size() * h2.leading() + 6;
            layout.ensure(titleHeight + 4 * body.leading());
            layout.gap(8);
            PDPageXYZDestination anchor = anchors.get(incident.id());
            anchor.setPage(layout.page());
            anchor.setLeft(0);
            anchor.setTop(Math.round(layout.y() + 12));
            float top = layout.y();
            layout.fill(PageLayout.MARGIN, top - titleHeight, PageLayout.WIDTH, titleHeight, BAND);
            layout.lines(titleLines, h2, PageLayout.MARGIN + 4, PageLayout.WIDTH - 8, top - 3);
            layout.moveTo(top - titleHeight - 4);
            bookmark(parent, title, anchor);

            field("Incident id", List.of(incident.id()));
            field("Type", List.of(IncidentText.words(incident.type()) + " · method: " + IncidentText.words(incident.method())
                    + " · clarity: " + IncidentText.words(incident.clarity())
                    + String.format(Locale.ROOT, " · confidence: %.2f", incident.confidence())));
            field("Date", List.of(IncidentText.dateWithPrecision(incident.date())
                    + (incident.date() != null && present(incident.date().phrase()) ? " — “" + incident.date().phrase() + "”" : "")));
            field("Place", List.of(place(incident.place())));
            field("Scope", List.of((incident.inScope() ? "against exiles / cross-border" : "not cross-border")
                    + (present(incident.originCountryCode()) ? " · origin state: " + incident.originCountryCode() : "")
                    + (incident.place() != null && present(incident.place().countryCode()) ? " · host state: " + incident.place().countryCode() : "")));
            field("Victims", incident.victims().isEmpty() ? List.of("none identified") : incident.victims().stream().map(Composer::victim).toList());
            field("Casualties", List.of("killed " + IncidentText.count(incident.killed()) + " · injured " + IncidentText.count(incident.injured())
                    + " (best, with low–high where reports differ)"));
            field("Alleged perpetrators", incident.allegedPerpetrators().isEmpty() ? List.of("none alleged in the reports")
                    : incident.allegedPerpetrators().stream().map(a -> IncidentText.nz(a.actor()) + " — alleged by "
                    + (present(a.allegedBy()) ? a.allegedBy() : "unattributed")).toList());
            field("Claim", List.of(claim(incident.claim())));
            if (!incident.denials().isEmpty()) {
                field("Denials", incident.denials().stream().map(d -> IncidentText.nz(d.by()) + ": “" + IncidentText.nz(d.text()) + "”").toList());
            }
            field("Authority responses", incident.responses().isEmpty() ? List.of("none reported")
                    : incident.responses().stream().map(r -> IncidentText.nz(r.authority()) + ": " + IncidentText.words(r.action())
                    + (present(r.status()) ? " (" + r.status() + ")" : "")).toList());
            if (!incident.calls().isEmpty()) {
                field("Calls for action", incident.calls().stream().map(c -> IncidentText.nz(c.by())
                        + (present(c.addressedTo()) ? " to " + c.addressedTo() : "") + ": " + IncidentText.nz(c.demand())).toList());
            }
            if (!incident.related().isEmpty()) {
                related(incident);
            }
            if (!incident.evidence().isEmpty()) {
                evidence(incident);
            }
            sources(incident);
            layout.gap(6);
        }

        private static String place(Incident.Place place) {
            String text = IncidentText.place(place);
            if (place == null) {
                return text;
            }
            text += " (precision: " + IncidentText.words(place.precision()) + ")";
            if (place.lat() != null && place.lon() != null) {
                text += String.format(Locale.ROOT, " · %.4f, %.4f", place.lat(), place.lon());
            }
            return present(place.phrase()) ? text + " — “" + place.phrase() + "”" : text;
        }

        private static String victim(Incident.Victim v) {
            StringBuilder text = new StringBuilder(IncidentText.victimName(v)).append(" — ").append(IncidentText.words(v.outcome()));
            if (!v.aliases().isEmpty()) {
                text.append(" · also ").append(String.join(", ", v.aliases()));
            }
            for (String part : new String[]{v.role(), v.affiliation(), v.nationality()}) {
                if (present(part)) {
                    text.append(" · ").append(part);
                }
            }
            if (v.targetCategory() != null) {
                text.append(" · ").append(IncidentText.words(v.targetCategory()));
            }
            return text.toString();
        }

        private static String claim(Incident.Claim claim) {
            if (claim == null || claim.status() == null) {
                return "not mentioned";
            }
            return switch (claim.status()) {
                case CLAIMED -> "claimed by " + (present(claim.by()) ? claim.by() : "an unnamed group");
                case NO_CLAIM_REPORTED -> "no claim of responsibility reported";
                case NOT_MENTIONED -> "not mentioned in the reports";
            };
        }

        /** Label in the left column, one paragraph per value on the right; the label never sits alone at a page end. */
        private void field(String name, List<String> values) {
            layout.ensure(body.leading() + 2);
            float top = layout.y();
            var page = layout.page();
            float labelHeight = layout.lines(TextLines.wrap(name, label.face(), label.size(), LABEL_WIDTH - 6), label,
                    PageLayout.MARGIN, LABEL_WIDTH - 6, top - 0.8f);
            for (String value : values) {
                layout.paragraph(value, body, PageLayout.MARGIN + LABEL_WIDTH, PageLayout.WIDTH - LABEL_WIDTH);
            }
            if (layout.page() == page) {
                layout.moveTo(Math.min(layout.y(), top - labelHeight));
            }
            layout.gap(2);
        }

        private void related(Incident incident) {
            boolean first = true;
            for (Incident.Related related : incident.related()) {
                layout.ensure(body.leading() + 2);
                float top = layout.y();
                if (first) {
                    layout.lines(TextLines.wrap("Related incidents", label.face(), label.size(), LABEL_WIDTH - 6), label,
                            PageLayout.MARGIN, LABEL_WIDTH - 6, top - 0.8f);
                    first = false;
                }
                PDPageXYZDestination target = anchors.get(related.id());
                String relation = IncidentText.words(related.relation());
                if (target != null) {
                    List<PageLayout.Area> areas = layout.paragraph(relation + ": incident " + numbers.get(related.id()) + " ("
                            + related.id() + ")", new PageLayout.Style(regular, 9, LINK), PageLayout.MARGIN + LABEL_WIDTH,
                            PageLayout.WIDTH - LABEL_WIDTH);
                    layout.linkTo(areas, target);
                } else {
                    layout.paragraph(relation + ": " + related.id() + " (not in this briefing)", body,
                            PageLayout.MARGIN + LABEL_WIDTH, PageLayout.WIDTH - LABEL_WIDTH);
                }
            }
            layout.gap(2);
        }

        private void evidence(Incident incident) {
            Map<String, String> outlets = incident.sources().stream()
                    .collect(Collectors.toMap(Incident.Source::url, s -> IncidentText.nz(s.outlet()), (a, b) -> a));
            boolean first = true;
            for (Incident.Evidence evidence : incident.evidence()) {
                layout.ensure(body.leading() * 2);
                if (first) {
                    layout.lines(TextLines.wrap("Evidence", label.face(), label.size(), LABEL_WIDTH - 6), label,
                            PageLayout.MARGIN, LABEL_WIDTH - 6, layout.y() - 0.8f);
                    first = false;
                }
                String source = outlets.getOrDefault(evidence.url(), IncidentText.nz(evidence.url()));
                layout.paragraph(IncidentText.nz(evidence.field()) + (present(source) ? " · " + source : "")
                        + String.format(Locale.ROOT, " · chars %d–%d", evidence.start(), evidence.end()),
                        smallMuted, PageLayout.MARGIN + LABEL_WIDTH, PageLayout.WIDTH - LABEL_WIDTH);
                String text = "“" + IncidentText.nz(evidence.quote()) + "”";
                // a quote with characters the oblique font lacks (but the upright one has) is set upright rather than replaced
                layout.quoted(text, oblique.coversAll(text) ? quote : new PageLayout.Style(regular, quote.size(), INK),
                        PageLayout.MARGIN + LABEL_WIDTH + 8,
                        PageLayout.WIDTH - LABEL_WIDTH - 8);
                layout.gap(2);
            }
        }

        private void sources(Incident incident) {
            boolean first = true;
            List<Incident.Source> ordered = incident.sources().stream()
                    .sorted(Comparator.comparing((Incident.Source s) -> s.role() == null ? 9 : s.role().ordinal())
                            .thenComparing(s -> IncidentText.nz(s.published())).thenComparing(Incident.Source::url))
                    .toList();
            for (Incident.Source source : ordered) {
                layout.ensure(body.leading() * 3);
                if (first) {
                    layout.lines(TextLines.wrap("Sources", label.face(), label.size(), LABEL_WIDTH - 6), label,
                            PageLayout.MARGIN, LABEL_WIDTH - 6, layout.y() - 0.8f);
                    first = false;
                }
                float x = PageLayout.MARGIN + LABEL_WIDTH;
                float width = PageLayout.WIDTH - LABEL_WIDTH;
                layout.paragraph((present(source.outlet()) ? source.outlet() : "unknown outlet")
                        + " · published " + (present(source.published()) ? source.published() : "date unknown")
                        + " · " + IncidentText.words(source.role()) + " report", bodyBold, x, width);
                if (present(source.title())) {
                    layout.quoted(source.title(), body, x, width);
                }
                layout.linkUri(layout.paragraph(source.url(), link, x, width), source.url());
                if (source.archive() != null) {
                    layout.paragraph(archive(source.archive()), smallMuted, x, width);
                }
                layout.gap(3);
            }
            if (first) {
                field("Sources", List.of("none recorded"));
            }
        }

        private static String archive(org.vigil.archive.ArchiveRef ref) {
            return "Archive: " + ref.file() + " @ " + ref.offset() + " · record " + ref.recordId() + " · " + ref.payloadDigest();
        }

        // ---- appendix ----------------------------------------------------------------------------

        private void appendix() {
            layout.newPage();
            heading("Appendix: archived sources", null);
            if (briefing.sources().isEmpty()) {
                layout.paragraph("This briefing cites no archived article.", body);
                return;
            }
            layout.paragraph("Every article this briefing cites, as captured into the archive, by capture time.", smallMuted);
            layout.gap(4);
            List<SourceArticle> sorted = briefing.sources().stream()
                    .sorted(Comparator.comparing(SourceArticle::captured).thenComparing(SourceArticle::url)).toList();
            int n = 0;
            for (SourceArticle source : sorted) {
                n++;
                layout.ensure(body.leading() * 4);
                float top = layout.y();
                layout.lines(TextLines.wrap("[" + n + "]", label.face(), label.size(), 30), label, PageLayout.MARGIN, 30, top - 0.8f);
                float x = PageLayout.MARGIN + 32;
                float width = PageLayout.WIDTH - 32;
                layout.paragraph((present(source.outlet()) ? source.outlet() : "unknown outlet") + " — "
                        + (present(source.title()) ? source.title() : "untitled"), bodyBold, x, width);
                layout.paragraph("Published " + (source.published() == null ? "date unknown" : source.published().toString())
                        + " · captured " + DateTimeFormatter.ISO_INSTANT.format(source.captured()), small, x, width);
                layout.linkUri(layout.paragraph(source.url(), link, x, width), source.url());
                layout.paragraph("WARC " + source.archive().file() + " @ " + source.archive().offset() + " · record "
                        + source.archive().recordId() + " · payload digest " + source.archive().payloadDigest(), smallMuted, x, width);
                layout.gap(5);
            }
        }
    }
}
