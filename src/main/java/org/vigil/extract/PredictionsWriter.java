package org.vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor over a directory of saved pages and writes what it found in the shape the
 * article-extraction benchmark's scorer reads: {@code {"<id>": {"articleBody": "..."}, ...}}, where
 * the id is the file name without {@code .html} or {@code .html.gz}.
 */
public final class PredictionsWriter {

    /**
     * What a run did.
     *
     * @param pages    pages read
     * @param empty    pages for which no text was found
     * @param errors   one line per page that could not be read (its body is written as empty)
     * @param millis   wall-clock time of the run
     */
    public record Stats(int pages, int empty, List<String> errors, long millis) {
        public Stats {
            errors = List.copyOf(errors);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArticleExtractor extractor;

    public PredictionsWriter(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Extracts every {@code *.html} and {@code *.html.gz} file directly in {@code htmlDir}, in
     * parallel, and writes the predictions to {@code out}.
     *
     * @throws IllegalArgumentException when {@code htmlDir} is not a directory or holds no page
     * @throws UncheckedIOException     when the directory cannot be listed or {@code out} cannot be written
     */
    public Stats write(Path htmlDir, Path out) {
        long start = System.nanoTime();
        if (!Files.isDirectory(htmlDir)) {
            throw new IllegalArgumentException(htmlDir + ": not a directory");
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(htmlDir)) {
            pages = files.filter(p -> idOf(p) != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(htmlDir + ": cannot list directory: " + e.getMessage(), e);
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(htmlDir + ": no *.html or *.html.gz files");
        }
        Map<String, String> bodies = new ConcurrentHashMap<>();
        Map<String, String> errors = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            String id = idOf(page);
            try {
                bodies.put(id, extractor.extract(read(page), null, null).text());
            } catch (IOException e) {
                errors.put(id, page + ": " + describe(e));
                bodies.put(id, "");
            } catch (RuntimeException e) {
                // one bad page must not cost the other pages' predictions; the run reports it
                errors.put(id, page + ": extraction failed: " + e);
                bodies.put(id, "");
            }
        });
        Map<String, Map<String, String>> predictions = new TreeMap<>();
        int empty = 0;
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            predictions.put(e.getKey(), Map.of("articleBody", e.getValue()));
            if (e.getValue().isBlank()) {
                empty++;
            }
        }
        try {
            JSON.writeValue(out.toFile(), predictions);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(out + ": cannot write predictions: " + e.getOriginalMessage(), e));
        }
        return new Stats(pages.size(), empty, new ArrayList<>(new TreeMap<>(errors).values()),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The page id of a file, or null when the file is not a page. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        if (name.endsWith(".html.gz")) {
            return name.substring(0, name.length() - ".html.gz".length());
        }
        if (name.endsWith(".html")) {
            return name.substring(0, name.length() - ".html".length());
        }
        return null;
    }

    /** The bytes of a saved page, gunzipped when its name says so. */
    static byte[] read(Path page) throws IOException {
        if (page.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(page);
    }

    private static String describe(IOException e) {
        if (e instanceof ZipException || e instanceof java.io.EOFException) {
            return "not a valid gzip file (" + e.getMessage() + ")";
        }
        return "cannot read (" + e.getMessage() + ")";
    }
}
