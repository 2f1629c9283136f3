package org.vigil.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared article-extraction benchmark: 181 gzip-compressed news pages with their true article
 * bodies. It lives beside the project, at {@code ../shared/bench/article-extraction}; the system
 * property {@code vigil.bench} points elsewhere (a git worktree, for instance).
 */
final class BenchmarkPages {

    record Page(String id, String url, byte[] gzipped, String truth) {
    }

    static Path benchDir() {
        String override = System.getProperty("vigil.bench");
        Path dir = override != null ? Paths.get(override) : Paths.get("").toAbsolutePath().resolveSibling("shared").resolve("bench");
        return dir.resolve("article-extraction");
    }

    /** Loads every page (still compressed) with its truth; fails with the path it looked at when missing. */
    static List<Page> load() throws IOException {
        Path dir = benchDir();
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IllegalStateException("article-extraction benchmark not found: " + truthFile
                    + " is missing (expected shared/bench beside the project, or -Dvigil.bench=DIR)");
        }
        JsonNode truth = JsonMapper.builder().build().readTree(truthFile.toFile());
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("html"))) {
            s.forEach(p -> {
                String id = PredictionsWriter.idOf(p);
                if (id != null) {
                    files.put(id, p);
                }
            });
        }
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            JsonNode record = truth.get(e.getKey());
            if (record == null) {
                throw new IllegalStateException(e.getValue() + ": no ground truth for this page");
            }
            pages.add(new Page(e.getKey(), record.path("url").asString(null), Files.readAllBytes(e.getValue()),
                    record.get("articleBody").asString()));
        }
        return pages;
    }
}
