package org.vigil.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefingPublisherTest {

    @TempDir
    Path output;

    @Test
    void writesThePdfAndIndexesItOncePerPeriod() throws Exception {
        BriefingPublisher publisher = new BriefingPublisher(output);
        Briefing week = BriefingFixtures.week();
        PublishedBriefing first = publisher.publish(week);

        Path pdf = output.resolve("demo/custom/demo-2026-11-18_2026-11-24.pdf");
        assertThat(first.file()).isEqualTo(pdf);
        assertThat(BriefingRendererTest.sha256(Files.readAllBytes(pdf))).isEqualTo(first.sha256());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
        }

        Briefing daily = new Briefing("demo", week.title(), week.operator(), Period.daily(LocalDate.of(2026, 11, 24)),
                week.incidents().subList(3, 4), List.of(), List.of(), week.archive(), week.sources().subList(4, 5));
        PublishedBriefing day = publisher.publish(daily);
        assertThat(day.file()).isEqualTo(output.resolve("demo/daily/demo-2026-11-24.pdf"));
        // the same period again replaces its entry instead of adding one
        publisher.publish(week);

        JsonNode index = JsonMapper.builder().build().readTree(Files.readAllBytes(output.resolve("demo/index.json")));
        assertThat(index.get("job").asString()).isEqualTo("demo");
        assertThat(index.get("briefings")).hasSize(2);
        JsonNode weekEntry = index.get("briefings").get(0);
        assertThat(weekEntry.get("period").get("kind").asString()).isEqualTo("custom");
        assertThat(weekEntry.get("period").get("label").asString()).isEqualTo("2026-11-18_2026-11-24");
        assertThat(weekEntry.get("period").get("from").asString()).isEqualTo("2026-11-18");
        assertThat(weekEntry.get("file").asString()).isEqualTo("custom/demo-2026-11-18_2026-11-24.pdf");
        assertThat(weekEntry.get("sha256").asString()).isEqualTo(first.sha256());
        assertThat(weekEntry.get("incidents").asInt()).isEqualTo(4);
        assertThat(weekEntry.get("generated_at").asString()).isEqualTo("2026-11-24T21:05:00Z");
        JsonNode dayEntry = index.get("briefings").get(1);
        assertThat(dayEntry.get("file").asString()).isEqualTo("daily/demo-2026-11-24.pdf");
        assertThat(dayEntry.get("incidents").asInt()).isEqualTo(1);

        // nothing half-written is left behind
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aCorruptIndexIsReportedWithItsPathAndTheNewPdfIsKept() throws IOException {
        Files.createDirectories(output.resolve("demo"));
        Files.writeString(output.resolve("demo/index.json"), "{\"briefings\": [");
        assertThatThrownBy(() -> new BriefingPublisher(output).publish(BriefingFixtures.week()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("demo/index.json: not valid JSON");
        assertThat(output.resolve("demo/custom/demo-2026-11-18_2026-11-24.pdf")).isNotEmptyFile();
        assertThat(Files.readString(output.resolve("demo/index.json"))).isEqualTo("{\"briefings\": [");
    }

    @Test
    void periodsEndOnTheGivenDate() {
        assertThat(Period.daily(LocalDate.of(2026, 11, 24)).label()).isEqualTo("2026-11-24");
        Period week = Period.weekly(LocalDate.of(2026, 11, 29));
        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.label()).isEqualTo("2026-W48");
        assertThat(Period.weekly(LocalDate.of(2026, 11, 24)).label()).isEqualTo("2026-11-18_2026-11-24");
        Period month = Period.monthly(LocalDate.of(2026, 11, 24));
        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(month.label()).isEqualTo("2026-11");
        assertThat(month.previous().from()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(month.previous().to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(Period.ending(Period.Kind.parse("Weekly"), LocalDate.of(2026, 11, 29))).isEqualTo(week);
        assertThat(week.contains(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 11, 30))).isFalse();
        assertThatThrownBy(() -> Period.ending(Period.Kind.CUSTOM, LocalDate.of(2026, 11, 24)))
                .hasMessage("a custom period needs --from and --to");
        assertThatThrownBy(() -> Period.Kind.parse("yearly"))
                .hasMessage("unknown period 'yearly' (expected daily, weekly, monthly or custom)");
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 1)))
                .hasMessage("period ends (2026-11-01) before it starts (2026-11-24)");
    }
}
