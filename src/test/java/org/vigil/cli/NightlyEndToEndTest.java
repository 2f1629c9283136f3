package org.vigil.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigil.incident.Incident;
import org.vigil.incident.IncidentJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole nightly path on the bundled demo site, through a real loopback HTTP server, real WARC
 * files, a real H2 catalog and a real PDF: what a new user gets from the README's first command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyEndToEndTest {

    private static final String JOB = "jobs/demo.yml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path home;

    private final String today = LocalDate.now().toString();
    private CommandRunner.Result firstNight;
    private JsonNode key;

    @BeforeAll
    void runTheFirstNight() throws IOException {
        firstNight = CommandRunner.run("nightly", "--job", JOB, "--home", home.toString(), "--date", today);
        key = JSON.readTree(Path.of("src/test/resources/demo-site/expected.json").toFile());
    }

    @Test
    @Order(1)
    void firstNightCompletesAndSaysWhatItDid() {
        assertThat(firstNight.exitCode()).as(firstNight.err()).isZero();
        assertThat(firstNight.out()).contains("nightly demo " + today + " (daily): COMPLETED",
                "44 pages archived, 0 failed",
                "44 articles extracted", "briefing ");
    }

    @Test
    @Order(2)
    void warcFilesHoldOneResponsePerArticleWithMatchingDigests() throws Exception {
        Map<String, Integer> responsesPerArticle = new HashMap<>();
        for (Path warc : warcFiles()) {
            try (WarcReader reader = new WarcReader(warc)) {
                for (WarcRecord record : reader) {
                    if (!(record instanceof WarcResponse response)
                            || !response.target().matches(".*/(kabul-ledger|caspian-dispatch)/\\d{4}/\\d{2}/.*")) {
                        continue;
                    }
                    byte[] payload = response.http().body().stream().readAllBytes();
                    String digest = response.payloadDigest().orElseThrow().base32();
                    assertThat(digest).as(response.target()).isEqualTo(base32(MessageDigest.getInstance("SHA-1")
                            .digest(payload)));
                    responsesPerArticle.merge(response.target().replaceFirst("^http://[^/]+", ""), 1, Integer::sum);
                }
            }
        }
        List<String> expectedPaths = new ArrayList<>();
        key.get("articles").forEach(a -> expectedPaths.add(a.get("path").asString()));
        assertThat(responsesPerArticle.keySet()).containsExactlyInAnyOrderElementsOf(expectedPaths);
        assertThat(responsesPerArticle.values()).containsOnly(1);
    }

    @Test
    @Order(3)
    void catalogHoldsTheArticlesAndTheIncidentsOfTheDemoStories() throws Exception {
        try (Connection db = catalog(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(published) FROM article")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(44);
            assertThat(rs.getInt(2)).as("articles with a publication date").isEqualTo(43);
        }
        List<Incident> incidents = exported();
        Incident tehran = only(incidents, "Tehran", "Gholami");
        assertThat(tehran.type()).isEqualTo(Incident.Type.ASSASSINATION);
        assertThat(tehran.method()).isEqualTo(Incident.Method.FIREARM);
        assertThat(tehran.date().start()).isEqualTo("2026-11-11");
        assertThat(tehran.date().precision()).isEqualTo(Incident.DatePrecision.DAY);
        assertThat(tehran.place().district()).isEqualTo("Valiasr");
        assertThat(tehran.place().countryCode()).isEqualTo("IR");
        assertThat(tehran.victims()).extracting(Incident.Victim::outcome).containsOnly(Incident.Outcome.KILLED);
        assertThat(tehran.claim().status()).isEqualTo(Incident.ClaimStatus.NO_CLAIM_REPORTED);
        assertThat(tehran.sources()).as("reported by both outlets")
                .extracting(Incident.Source::outlet).contains("The Kabul Ledger", "Caspian Dispatch");
        assertThat(tehran.sources()).allSatisfy(s -> {
            assertThat(s.archive().file()).matches("VIGIL-\\d{17}-\\d{5}\\.warc\\.gz");
            assertThat(s.archive().recordId()).startsWith("urn:uuid:");
        });
        assertThat(tehran.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.quote()).isNotBlank());

        Incident istanbul = only(incidents, "Istanbul", "Amiri");
        assertThat(istanbul.type()).as("a targeted killing, like Tehran; the method says how")
                .isEqualTo(Incident.Type.ASSASSINATION);
        assertThat(istanbul.method()).isEqualTo(Incident.Method.KNIFE);
        assertThat(istanbul.date().start()).isEqualTo("2026-10-17");

        Incident quetta = only(incidents, "Quetta", "Achakzai");
        assertThat(quetta.type()).isEqualTo(Incident.Type.ABDUCTION);
        assertThat(quetta.date().start()).as("no publication date: nothing invented").isNull();
        assertThat(quetta.date().phrase()).isEqualTo("on Friday");
    }

    @Test
    @Order(4)
    void briefingPdfOpensAndNamesTheIncidents() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(home.resolve("output"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Gholami", "Tehran", "Valiasr", "Istanbul", "Amiri", "Achakzai");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
        }
    }

    @Test
    @Order(5)
    void secondRunOfTheSameNightIsAlreadyCompleteAndAForcedOneFetchesNothingNew() throws IOException {
        long warcsBefore = warcFiles().size();
        CommandRunner.Result again = CommandRunner.run("nightly", "--job", JOB, "--home", home.toString(),
                "--date", today);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already complete");

        CommandRunner.Result forced = CommandRunner.run("nightly", "--job", JOB, "--home", home.toString(),
                "--date", today, "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("0 pages archived", "0 articles extracted");
        assertThat(warcFiles().size()).as("only the listings were archived again").isEqualTo(warcsBefore + 1);
    }

    @Test
    @Order(6)
    void rebuildReproducesIdenticalIncidents() throws IOException {
        String before = IncidentJson.writeAll(exported());
        CommandRunner.Result rebuild = CommandRunner.run("rebuild", "--job", JOB, "--home", home.toString());
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).contains("44 articles extracted");
        assertThat(IncidentJson.writeAll(exported())).isEqualTo(before);
    }

    @Test
    @Order(7)
    void malformedJobFileExitsWithTwoNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yml"), Files.readString(Path.of(JOB))
                .replace("allow-hosts:", "allowed-hosts:"));
        CommandRunner.Result result = CommandRunner.run("nightly", "--job", bad.toString(), "--home",
                home.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).startsWith(bad + ": line 7: unknown key 'allowed-hosts'");
    }

    private List<Incident> exported() throws IOException {
        Path out = home.resolve("output").resolve("incidents.json");
        CommandRunner.Result export = CommandRunner.run("export", "--format", "json", "--out", out.toString(),
                "--job", JOB, "--home", home.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return IncidentJson.mapper().readValue(out.toFile(), new TypeReference<List<Incident>>() {
        });
    }

    private static Incident only(List<Incident> incidents, String city, String victimName) {
        List<Incident> found = incidents.stream()
                .filter(i -> city.equals(i.place().city()))
                .filter(i -> i.victims().stream().anyMatch(v -> v.name() != null && v.name().contains(victimName)))
                .toList();
        assertThat(found).as("incidents in %s with victim %s", city, victimName).hasSize(1);
        return found.get(0);
    }

    private List<Path> warcFiles() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("archive").resolve("warc"))) {
            return files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    private Connection catalog() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + home.resolve("archive").resolve("catalog"), "sa", "");
    }

    private static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
