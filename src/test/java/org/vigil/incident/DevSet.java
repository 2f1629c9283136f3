package org.vigil.incident;

import org.vigil.archive.ArchiveRef;
import org.vigil.extract.Article;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled article sets under {@code src/test/resources/incident/}: {@code devset} (written
 * before the rules were tuned, then used to tune them), {@code heldout} (written afterwards and
 * never tuned on, to show how the rules carry over to unseen text), {@code blind-a} to {@code blind-j}
 * (written by someone who had not seen the rules; see their READMEs for their first, blind scores).
 */
final class DevSet {

    record Case(String name, Article article, Incident.Source source, JsonNode expected) {
    }

    static final Path DEVSET = Paths.get("src/test/resources/incident/devset");
    static final Path HELDOUT = Paths.get("src/test/resources/incident/heldout");
    static final Path BLIND_A = Paths.get("src/test/resources/incident/blind-a");
    static final Path BLIND_B = Paths.get("src/test/resources/incident/blind-b");
    static final Path BLIND_C = Paths.get("src/test/resources/incident/blind-c");
    static final Path BLIND_D = Paths.get("src/test/resources/incident/blind-d");
    static final Path BLIND_E = Paths.get("src/test/resources/incident/blind-e");
    static final Path BLIND_F = Paths.get("src/test/resources/incident/blind-f");
    static final Path BLIND_G = Paths.get("src/test/resources/incident/blind-g");
    static final Path BLIND_H = Paths.get("src/test/resources/incident/blind-h");
    static final Path BLIND_I = Paths.get("src/test/resources/incident/blind-i");
    static final Path BLIND_J = Paths.get("src/test/resources/incident/blind-j");

    private DevSet() {
    }

    static List<Case> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Case> cases = new ArrayList<>();
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replace(".txt", "");
                cases.add(read(name, Files.readString(txt, StandardCharsets.UTF_8),
                        Files.readString(dir.resolve(name + ".json"), StandardCharsets.UTF_8)));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case read(String name, String file, String expectedJson) {
        int split = file.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalArgumentException(name + ": missing '---' line between header and text");
        }
        String url = null;
        String title = "";
        String outlet = null;
        String published = null;
        String language = null;
        for (String line : file.substring(0, split).split("\n")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "url" -> url = value;
                case "title" -> title = value;
                case "outlet" -> outlet = value;
                case "published" -> published = value.equals("none") ? null : value;
                case "language" -> language = value;
                default -> throw new IllegalArgumentException(name + ": unknown header " + key);
            }
        }
        String text = file.substring(split + 5).strip();
        OffsetDateTime date = published == null ? null : OffsetDateTime.parse(published);
        Article article = new Article(url, url, title, List.of(), date, null, language, outlet, null, null, text);
        Incident.Source source = new Incident.Source(url, title, outlet, published, Incident.SourceRole.MAIN,
                new ArchiveRef("VIGIL-devset.warc.gz", name.hashCode() & 0xffff, "<urn:uuid:devset-" + name + ">",
                        "sha1:DEVSET" + name.toUpperCase()));
        return new Case(name, article, source, IncidentJson.mapper().readTree(expectedJson));
    }
}
