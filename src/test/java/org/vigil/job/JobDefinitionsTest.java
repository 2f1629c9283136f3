package org.vigil.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionsTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            name: nightly
            operator: Desk <desk@example.org>
            sources:
              - name: Example News
                feeds: ["https://news.example.org/feed.xml"]
                pages: ["https://news.example.org/world/"]
                allow-hosts: [news.example.org]
                article-pattern: '/\\d{4}/'
            topics: [assassination]
            briefing:
              title: Nightly briefing
              period: weekly
            """;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("x.yml"), yaml);
    }

    @Test
    void readsAValidJob() throws IOException {
        JobDefinition job = JobDefinitions.load(write(VALID));
        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.sources()).singleElement().satisfies(s -> {
            assertThat(s.allowHosts()).containsExactly("news.example.org");
            assertThat(s.articlePattern()).isEqualTo("/\\d{4}/");
        });
        assertThat(job.briefing().period()).isEqualTo(org.vigil.report.Period.Kind.WEEKLY);
        assertThat(job.file()).isEqualTo(dir.resolve("x.yml"));
    }

    @Test
    void namesFileAndLineOfAnUnknownKey() throws IOException {
        Path file = write(VALID.replace("    allow-hosts:", "    alow-hosts:"));
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .hasMessageStartingWith(file + ": line 7: unknown key 'alow-hosts'");
    }

    @Test
    void namesFileAndLineOfABadUrl() throws IOException {
        Path file = write(VALID.replace("https://news.example.org/world/", "htp:/world"));
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .hasMessageContaining(file + ": line ")
                .hasMessageContaining("bad URL 'htp:/world'");
    }

    @Test
    void namesAMissingField() throws IOException {
        Path file = write(VALID.replace("name: nightly\n", ""));
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .hasMessageMatching("\\Q" + file + "\\E: line \\d+: missing required key 'name'");
    }

    @Test
    void namesABadPeriod() throws IOException {
        Path file = write(VALID.replace("period: weekly", "period: hourly"));
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .hasMessageStartingWith(file + ": line 12: bad value 'hourly' for 'briefing.period'");
    }

    @Test
    void rejectsBrokenYaml() throws IOException {
        Path file = write("name: [unclosed\n");
        assertThatThrownBy(() -> JobDefinitions.load(file)).hasMessageStartingWith(file + ": line ");
    }

    @Test
    void rejectsServePlaceholderWithoutServeFolder() throws IOException {
        Path file = write(VALID.replace("https://news.example.org/feed.xml", "${serve}/feed.xml"));
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .hasMessage(file + ": line 5: URLs use ${serve} but the job has no 'serve:' folder");
    }

    @Test
    void reportsAMissingFile() {
        Path file = dir.resolve("none.yml");
        assertThatThrownBy(() -> JobDefinitions.load(file)).hasMessage(file + ": no such job file");
    }

    @Test
    void readsTheScheduleAndItsTimeZone() throws IOException {
        JobDefinition job = JobDefinitions.load(write(VALID + "schedule: \"0 30 1 * * *\"\ntime-zone: Asia/Kabul\n"));
        assertThat(job.zone()).isEqualTo(java.time.ZoneId.of("Asia/Kabul"));
        assertThat(job.cron().next(java.time.ZonedDateTime.parse("2026-11-24T12:00:00+04:30[Asia/Kabul]")))
                .isEqualTo(java.time.ZonedDateTime.parse("2026-11-25T01:30:00+04:30[Asia/Kabul]"));
        assertThat(JobDefinitions.load(write(VALID)).cron()).isNull();
    }

    @Test
    void namesABadScheduleOrTimeZone() throws IOException {
        Path cron = write(VALID + "schedule: \"0 2 * * *\"\n");
        assertThatThrownBy(() -> JobDefinitions.load(cron))
                .hasMessageStartingWith(cron + ": line ")
                .hasMessageContaining("schedule: bad cron expression '0 2 * * *' (expected six fields: second "
                        + "minute hour day-of-month month day-of-week)");
        Path zone = write(VALID + "time-zone: Europe/Berln\n");
        assertThatThrownBy(() -> JobDefinitions.load(zone))
                .hasMessageEndingWith("time-zone: unknown time zone 'Europe/Berln'");
    }

    @Test
    void takesTheMailTrustFileFromTheJobFilesFolder() throws IOException {
        JobDefinition job = JobDefinitions.load(write(VALID + """
                  mail:
                    host: smtp.example.org
                    port: 465
                    tls: ssl
                    from: vigil@example.org
                    to: [desk@example.org]
                    trust: certs/smtp-ca.pem
                """));
        assertThat(Path.of(job.mailSettings().trust())).isEqualTo(dir.resolve("certs/smtp-ca.pem"));
        assertThat(job.mailSettings().host()).isEqualTo("smtp.example.org");
        assertThat(JobDefinitions.load(write(VALID)).mailSettings()).isNull();
    }
}
