package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PredictionsWriterTest {

    private static final PredictionsWriter WRITER = new PredictionsWriter(new ArticleExtractor());

    @Test
    void writesOneBodyPerPageKeyedByFileName(@TempDir Path dir) throws IOException {
        Path html = Files.createDirectory(dir.resolve("html"));
        Files.write(html.resolve("plain.html"), ArticleExtractorTest.fixture("news-boilerplate.html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve("packed.html.gz")))) {
            out.write(ArticleExtractorTest.fixture("persian-rtl.html"));
        }
        Files.writeString(html.resolve("broken.html.gz"), "this is not gzip");
        Files.writeString(html.resolve("notes.txt"), "ignored");
        Path out = dir.resolve("predictions.json");

        PredictionsWriter.Stats stats = WRITER.write(html, out);

        assertThat(stats.pages()).isEqualTo(3);
        assertThat(stats.empty()).isEqualTo(1);
        assertThat(stats.errors()).singleElement().asString()
                .contains("broken.html.gz").contains("not a valid gzip file");
        JsonNode json = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(json.propertyNames()).containsExactly("broken", "packed", "plain");
        assertThat(json.get("plain").get("articleBody").asString()).startsWith("A former commander of the Afghan National Army");
        assertThat(json.get("packed").get("articleBody").asString()).startsWith("یک افسر پیشین ارتش");
        assertThat(json.get("broken").get("articleBody").asString()).isEmpty();
    }

    @Test
    void refusesADirectoryWithoutPages(@TempDir Path dir) {
        assertThatThrownBy(() -> WRITER.write(dir, dir.resolve("p.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir + ": no *.html or *.html.gz files");
        assertThatThrownBy(() -> WRITER.write(dir.resolve("missing"), dir.resolve("p.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve("missing") + ": not a directory");
    }
}
