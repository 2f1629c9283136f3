package org.vigil.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BriefingRendererTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = render(BriefingFixtures.week());
    }

    static byte[] render(Briefing briefing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingRenderer().render(briefing, out);
        return out.toByteArray();
    }

    @Test
    void textReadsBackWithPersianNamesInLogicalOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Afghan Exiles Monitor", "18 – 24 November 2026", "Key figures",
                    "Assassination of " + BriefingFixtures.GULABZOY, "Abduction of " + BriefingFixtures.JALEH,
                    "پیکان", "also " + BriefingFixtures.PASHTO_ALIAS, "Shooting of Ahmad Wali Karimi", "Valiasr, Tehran, Tehran Province, Iran",
                    "Esenyurt, Istanbul, Turkey", "Peshawar", "Dushanbe", "Taliban General Directorate of Intelligence — alleged by the victim's family",
                    "no claim of responsibility reported", "Tehran police: investigation (ongoing)",
                    "referenced earlier: incident E1", "Commander Nazari", "2026-11 (precision: month)",
                    "sha1:QXW3ZB7NPRV2K5JH4T6YDMLCAGEF01", "<urn:uuid:6f1c2d3e-0a4b-4c5d-8e9f-000000000001>",
                    "Appendix: archived sources", "briefing") // "fi" must extract as two letters, not a ligature
                    .doesNotContain("\uFB01");
            assertThat(text).contains("1 / " + document.getNumberOfPages(), document.getNumberOfPages() + " / " + document.getNumberOfPages());
            // the long URL wraps over lines but is all there, and no line runs off the page
            assertThat(text.replaceAll("\\s", "")).contains(BriefingFixtures.LONG_URL);
            // a character no embedded font has (CJK) is replaced visibly
            assertThat(text).contains("Exiled activist stabbed in Dushanbe \uFFFD");
            assertThat(document.getNumberOfPages()).isBetween(6, 12);
        }
    }

    @Test
    void noTextRunsOffThePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        if (p.getXDirAdj() + p.getWidthDirAdj() > PageLayout.PAGE.getWidth() - PageLayout.MARGIN + 1 || p.getXDirAdj() < PageLayout.MARGIN - 1) {
                            outside.add(text);
                            return;
                        }
                    }
                }
            };
            stripper.getText(document);
            assertThat(outside).isEmpty();
        }
    }

    @Test
    void bookmarksCoverEverySection() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> top = titles(document.getDocumentCatalog().getDocumentOutline());
            assertThat(top).containsExactly("Summary", "Key figures", "Timeline", "Countries, types and places", "Incidents", "Incident details",
                    "Earlier incidents referred to", "Appendix: archived sources");
            PDOutlineItem details = find(document.getDocumentCatalog().getDocumentOutline(), "Incident details");
            assertThat(titles(details)).containsExactly("1. Abduction of " + BriefingFixtures.JALEH,
                    "2. Assassination of " + BriefingFixtures.GULABZOY, "3. Shooting of Ahmad Wali Karimi",
                    "4. Stabbing of Abdul Rahman Nuristani-Wardakzai-Mohammadzai-Barakzai-Popalzai-Achakzai");
            assertThat(titles(find(document.getDocumentCatalog().getDocumentOutline(), "Countries, types and places")))
                    .containsExactly("By country and type", "Map of incidents");
        }
    }

    @Test
    void tableRowsLinkToTheirSectionsAndSourcesLinkToTheWeb() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDOutlineItem details = find(document.getDocumentCatalog().getDocumentOutline(), "Incident details");
            List<Integer> sectionPages = new ArrayList<>();
            for (PDOutlineItem item : details.children()) {
                sectionPages.add(document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()));
            }
            PDPage tablePage = ((PDPageDestination) find(document.getDocumentCatalog().getDocumentOutline(), "Incidents").getDestination()).getPage();
            List<Integer> linkedPages = new ArrayList<>();
            for (PDAnnotation annotation : tablePage.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getDestination() instanceof PDPageDestination destination) {
                    linkedPages.add(document.getPages().indexOf(destination.getPage()));
                }
            }
            assertThat(linkedPages).containsExactlyElementsOf(sectionPages);

            List<String> uris = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).contains(BriefingFixtures.LONG_URL, "https://kabul-ledger.example.org/fa/news/2026/11/20/gulabzoy");
        }
    }

    @Test
    void metadataNamesTheBriefing() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Afghan Exiles Monitor — 2026-11-18_2026-11-24");
            assertThat(info.getAuthor()).isEqualTo("Desk operator Leyla Rahimi");
            assertThat(info.getSubject()).isEqualTo("Incident briefing for 18 – 24 November 2026 (custom, 4 incidents)");
            assertThat(info.getKeywords()).contains("demo", "Iran", "Turkey", "assassination");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(BriefingFixtures.week().generatedAt());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part>2<", "pdfaid:conformance>B<", "Desk operator Leyla Rahimi");
        }
    }

    @Test
    void sameBriefingGivesTheSameBytes() throws Exception {
        byte[] again = render(BriefingFixtures.week());
        assertThat(sha256(again)).isEqualTo(sha256(pdf));
        Briefing changed = BriefingFixtures.week();
        changed = new Briefing(changed.jobName(), changed.title(), changed.operator(), changed.period(),
                changed.incidents().subList(0, 3), changed.previousIncidents(), changed.referencedIncidents(),
                changed.archive(), changed.sources());
        assertThat(sha256(render(changed))).isNotEqualTo(sha256(pdf));
    }

    @Test
    void isValidPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }

    @Test
    void emptyPeriodStillGivesACompleteBriefing() throws IOException {
        Briefing empty = new Briefing("demo", "Afghan Exiles Monitor", "Desk", Period.daily(LocalDate.of(2026, 11, 24)),
                List.of(), List.of(BriefingFixtures.previousQuetta()), List.of(), new ArchiveFigures(0, 0, 0), List.of());
        try (PDDocument document = Loader.loadPDF(render(empty))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("On 24 November 2026, Vigil recorded no incidents", "1 fewer incident than in the", "previous day (1)",
                    "No incidents were recorded in this period.", "nothing to map");
        }
    }

    /** The news reports most incidents a day or more after they happen: a daily timeline of its day alone is empty. */
    @Test
    void timelineReachesBackToTheDaysTheIncidentsHappened() throws IOException {
        List<org.vigil.incident.Incident> reported = List.of(
                BriefingFixtures.simple("inc-a", org.vigil.incident.Incident.Type.ASSASSINATION, "2026-11-22", "Iran", "IR",
                        "Tehran", 35.69, 51.39, 1),
                BriefingFixtures.simple("inc-b", org.vigil.incident.Incident.Type.ASSASSINATION, "2026-11-23", "Iran", "IR",
                        "Mashhad", 36.3, 59.6, 1),
                BriefingFixtures.simple("inc-c", org.vigil.incident.Incident.Type.BOMBING, "2025-03-02", "Pakistan", "PK",
                        "Quetta", 30.18, 66.98, 2),
                BriefingFixtures.simple("inc-d", org.vigil.incident.Incident.Type.ABDUCTION, "2026-11", "Tajikistan", "TJ",
                        "Dushanbe", 38.54, 68.78, 0));
        Briefing briefing = new Briefing("demo", "Monitor", "Desk", Period.daily(LocalDate.of(2026, 11, 24)), reported,
                List.of(), List.of(), new ArchiveFigures(4, 1, 4), List.of());
        try (PDDocument document = Loader.loadPDF(render(briefing))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("22 Nov 23 Nov 24 Nov", "Incidents by the day they happened, from 22 November 2026: "
                    + "the days before the period are those of incidents first reported in it. 1 incident without an exact "
                    + "day and 1 incident that happened before 22 November 2026 are not in it.");
        }
    }

    @Test
    void sparseIncidentStillRenders() throws IOException {
        org.vigil.incident.Incident sparse = new org.vigil.incident.Incident("inc-sparse", null, null, false, null, null, null,
                List.of(new org.vigil.incident.Incident.Victim(null, List.of(), null, null, null, null, null)), null, null,
                List.of(new org.vigil.incident.Incident.Allegation("unknown men", null)), null, List.of(), List.of(), List.of(),
                List.of(new org.vigil.incident.Incident.Related("inc-elsewhere", null)), List.of(), List.of(), 0, null);
        Briefing briefing = new Briefing("demo", "Monitor", "Desk", Period.daily(LocalDate.of(2026, 11, 24)), List.of(sparse),
                List.of(), List.of(), new ArchiveFigures(1, 1, 1), List.of());
        try (PDDocument document = Loader.loadPDF(render(briefing))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1. Unknown", "date unknown (precision: unknown)", "place unknown",
                    "unnamed victim — unknown", "unknown men — alleged by unattributed", "inc-elsewhere (not in this briefing)",
                    "none recorded", "nothing to map");
        }
    }

    @Test
    void pageRendersToPngWithShapedPersian() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "briefing-artefacts"));
        Path file = dir.resolve("briefing.pdf");
        Files.write(file, pdf);
        if (!onPath("pdftoppm")) {
            assumeTrue(false, "pdftoppm (poppler-utils) is not installed: skipping the PNG rendering check");
        }
        int section;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDOutlineItem details = find(document.getDocumentCatalog().getDocumentOutline(), "Incident details");
            section = document.getPages().indexOf(((PDPageDestination) details.getFirstChild().getDestination()).getPage()) + 1;
        }
        Process process = new ProcessBuilder("pdftoppm", "-r", "110", "-png", "-f", Integer.toString(section), "-l",
                Integer.toString(section), "-singlefile", file.toString(), dir.resolve("incident-page").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(dir.resolve("incident-page.png")).isNotEmptyFile();
        if (onPath("pdftotext")) {
            Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
            String extracted = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            text.waitFor();
            assertThat(extracted).contains("Shooting of Ahmad Wali Karimi", "Esenyurt, Istanbul, Turkey");
            // Persian and Pashto names come out as nominal letters in logical order (poppler wraps them in embedding controls)
            assertThat(extracted.replaceAll("[\\u202A-\\u202E]", "")).contains(BriefingFixtures.JALEH, BriefingFixtures.PASHTO_ALIAS)
                    .doesNotContainPattern("[\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }

    private static PDOutlineItem find(PDOutlineNode node, String title) {
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark " + title + " in " + titles(node));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
