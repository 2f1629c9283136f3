package org.vigil.incident;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a corrections file into {@link Correction}s, keeping the line every entry and key was written
 * on, so that each problem can be reported as {@code file: line N: problem}.
 */
final class CorrectionsReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");
    private static final List<String> ACTIONS = List.of("set", "merge", "split", "not_incident");
    private static final Set<String> KEYS = Set.of("id", "set", "merge", "split", "not_incident", "note");

    /** A YAML value and the line it starts on: a scalar, a {@code List<Node>} or a {@code Map<String, Node>}. */
    private record Node(Object value, int line) {
    }

    private final String file;

    private CorrectionsReader(String file) {
        this.file = file;
    }

    static List<Correction> read(Reader in, String file) {
        return new CorrectionsReader(file).read(in);
    }

    private List<Correction> read(Reader in) {
        Node root;
        try (JsonParser p = YAML.createParser(in)) {
            if (p.nextToken() == null) {
                return List.of();
            }
            root = node(p);
        } catch (JacksonException e) {
            int line = problemLine(e.getOriginalMessage(), e.getLocation() == null ? 0 : e.getLocation().getLineNr());
            throw new CorrectionsException(file + ": line " + line + ": not valid YAML: " + yamlProblem(e.getOriginalMessage()));
        }
        if (root.value() == null) {
            return List.of();
        }
        if (!(root.value() instanceof List<?> entries)) {
            throw error(root.line(), "expected a list of corrections, each starting with '- '");
        }
        List<Correction> corrections = new ArrayList<>();
        for (Object entry : entries) {
            corrections.add(correction((Node) entry));
        }
        return corrections;
    }

    /** The line of the YAML parser's problem mark (its last "line N, column M"), which is more exact than the token's. */
    private static int problemLine(String message, int tokenLine) {
        Matcher m = MARK.matcher(message == null ? "" : message);
        int line = tokenLine;
        while (m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        return line;
    }

    /**
     * The YAML parser's explanation on one line: its messages interleave the problem ("while parsing a
     * flow sequence", "expected ',' or ']'") with indented echoes of the source and position marks.
     */
    private static String yamlProblem(String message) {
        if (message == null) {
            return "unreadable";
        }
        List<String> lines = message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.strip().equals("^"))
                .map(String::strip).toList();
        return lines.isEmpty() ? Corrections.firstLine(message) : String.join("; ", lines);
    }

    private Correction correction(Node entry) {
        if (!(entry.value() instanceof Map<?, ?> raw)) {
            throw error(entry.line(), "a correction is a mapping with id and one of " + String.join(", ", ACTIONS));
        }
        @SuppressWarnings("unchecked")
        Map<String, Node> keys = (Map<String, Node>) raw;
        for (Map.Entry<String, Node> k : keys.entrySet()) {
            if (!KEYS.contains(k.getKey())) {
                throw error(k.getValue().line(), "unknown key '" + k.getKey() + "' (expected id, "
                        + String.join(", ", ACTIONS) + " or note)");
            }
        }
        List<String> actions = ACTIONS.stream().filter(keys::containsKey).toList();
        if (actions.size() != 1) {
            throw error(entry.line(), actions.isEmpty()
                    ? "a correction needs one of " + String.join(", ", ACTIONS)
                    : "one correction per entry, found " + String.join(" and ", actions));
        }
        String note = keys.containsKey("note") ? scalar(keys.get("note"), "note") : null;
        String action = actions.get(0);
        if (action.equals("merge")) {
            if (keys.containsKey("id")) {
                throw error(keys.get("id").line(), "merge lists its incidents itself (merge: [id1, id2]); remove id");
            }
            List<String> ids = strings(keys.get("merge"), "merge");
            if (ids.size() < 2) {
                throw error(keys.get("merge").line(), "merge needs at least two incident ids");
            }
            return new Correction.Merge(entry.line(), note, ids);
        }
        if (!keys.containsKey("id")) {
            throw error(entry.line(), action + " needs the id of the incident it corrects");
        }
        String id = scalar(keys.get("id"), "id");
        Node value = keys.get(action);
        return switch (action) {
            case "set" -> new Correction.SetFields(entry.line(), note, id, fields(value));
            case "split" -> {
                List<String> urls = strings(value, "split");
                if (urls.isEmpty()) {
                    throw error(value.line(), "split needs the URLs of the sources to move");
                }
                yield new Correction.Split(entry.line(), note, id, urls);
            }
            default -> {
                if (!Boolean.TRUE.equals(value.value())) {
                    throw error(value.line(), "not_incident must be true");
                }
                yield new Correction.NotIncident(entry.line(), id);
            }
        };
    }

    private Map<FieldPath, Correction.SetFields.Value> fields(Node set) {
        if (!(set.value() instanceof Map<?, ?> raw) || raw.isEmpty()) {
            throw error(set.line(), "set needs field paths and values, e.g. place.city: Mashhad");
        }
        Map<FieldPath, Correction.SetFields.Value> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            Node value = (Node) e.getValue();
            FieldPath path;
            try {
                path = FieldPath.parse((String) e.getKey());
            } catch (IllegalArgumentException bad) {
                throw error(value.line(), bad.getMessage());
            }
            fields.put(path, new Correction.SetFields.Value(json(value), value.line()));
        }
        return fields;
    }

    private String scalar(Node node, String key) {
        Object v = node.value();
        if (v == null || v instanceof List || v instanceof Map || v.toString().isBlank()) {
            throw error(node.line(), key + " needs a single value");
        }
        return v.toString().strip();
    }

    private List<String> strings(Node node, String key) {
        if (node.value() instanceof List<?> items) {
            List<String> values = new ArrayList<>();
            for (Object item : items) {
                values.add(scalar((Node) item, key));
            }
            return values;
        }
        return List.of(scalar(node, key));
    }

    private static JsonNode json(Node node) {
        Object v = node.value();
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof List<?> items) {
            ArrayNode array = f.arrayNode();
            items.forEach(item -> array.add(json((Node) item)));
            return array;
        }
        if (v instanceof Map<?, ?> fields) {
            ObjectNode object = f.objectNode();
            fields.forEach((k, item) -> object.set((String) k, json((Node) item)));
            return object;
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof BigInteger i) {
            return f.numberNode(i);
        }
        if (v instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof Double d) {
            return f.numberNode(d);
        }
        return f.stringNode(v.toString());
    }

    /** Reads the value at the current token, remembering the line of every value and key. */
    private Node node(JsonParser p) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p));
                }
                return new Node(items, line);
            }
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    Node value = node(p);
                    if (fields.containsKey(key)) {
                        throw error(keyLine, "duplicate key '" + key + "'");
                    }
                    fields.put(key, new Node(value.value(), keyLine));
                }
                return new Node(fields, line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(p.getBooleanValue(), line);
            }
            case VALUE_NUMBER_INT -> {
                return new Node(p.getBigIntegerValue().bitLength() < 64 ? (Object) p.getLongValue() : p.getBigIntegerValue(), line);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(p.getDoubleValue(), line);
            }
            case VALUE_NULL -> {
                return new Node(null, line);
            }
            default -> {
                return new Node(p.getString(), line);
            }
        }
    }

    private CorrectionsException error(int line, String problem) {
        return new CorrectionsException(file + ": line " + line + ": " + problem);
    }
}
