package org.vigil.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule vocabulary kept as data: a UTF-8 resource whose lines read
 * {@code kind <TAB> word|variant|... <TAB> value [<TAB> more values]}; {@code #} starts a comment.
 * Entries keep file order so that rules built from them are deterministic.
 */
final class Lexicon {

    /** One line: its words and the values that follow them. */
    record Entry(String raw, List<String> words, List<String> values) {
        String value() {
            return values.isEmpty() ? "" : values.get(0);
        }
    }

    private final Map<String, List<Entry>> byKind;

    private Lexicon(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
    }

    static Lexicon load(String resource) {
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule resource missing from classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < 2 || fields[1].isBlank()) {
                    throw new IllegalStateException(resource + ":" + number + ": expected kind<TAB>words[<TAB>value]");
                }
                List<String> values = new ArrayList<>();
                for (int i = 2; i < fields.length; i++) {
                    values.add(fields[i].trim());
                }
                byKind.computeIfAbsent(fields[0].trim(), k -> new ArrayList<>())
                        .add(new Entry(fields[1].trim(), List.of(fields[1].trim().split("\\s*\\|\\s*")), List.copyOf(values)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return new Lexicon(byKind);
    }

    List<Entry> list(String kind) {
        return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
    }

    /** Every word of a kind mapped to the first value of its line, in file order. */
    Map<String, String> entries(String kind) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Entry entry : list(kind)) {
            for (String word : entry.words()) {
                map.putIfAbsent(word, entry.value());
            }
        }
        return map;
    }

    /** The unsplit second field of every line of a kind: for kinds whose lines are regular expressions. */
    List<String> expressions(String kind) {
        return list(kind).stream().map(Entry::raw).toList();
    }

    /** Every word of a kind, in file order. */
    List<String> words(String kind) {
        return List.copyOf(entries(kind).keySet());
    }
}
