package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks,
 * flattened out of arrays and {@code @graph} containers. Publishers' JSON-LD is often sloppy
 * (trailing commas, raw newlines in strings), so it is read leniently; a block that still cannot be
 * read is ignored, as a browser would.
 */
final class JsonLd {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private static final Evaluator SCRIPTS = QueryParser.parse("script[type=application/ld+json]");

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
            "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting", "socialmediaposting", "report",
            "scholarlyarticle", "techarticle", "posting");

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select(SCRIPTS)) {
            String json = script.data().trim();
            if (json.isEmpty()) {
                continue;
            }
            try {
                collect(MAPPER.readTree(stripCdata(json)), objects);
            } catch (JacksonException e) {
                // unreadable structured data is as good as none; the page's other signals still count
            }
        }
        return new JsonLd(objects);
    }

    private static String stripCdata(String json) {
        String s = json;
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.replace("//<![CDATA[", "").replace("//]]>", "");
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node.values()) {
                collect(item, out);
            }
        } else if (node.isObject()) {
            out.add(node);
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collect(graph, out);
            }
        }
    }

    /** The page's article object (NewsArticle, BlogPosting, ...), or null. */
    JsonNode article() {
        for (JsonNode node : objects) {
            if (hasType(node, ARTICLE_TYPES)) {
                return node;
            }
        }
        // some publishers describe the story as a WebPage whose mainEntity is the article
        for (JsonNode node : objects) {
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject() && hasType(main, ARTICLE_TYPES)) {
                return main;
            }
        }
        return null;
    }

    /** The first object of one of the given types (lower case schema.org names), or null. */
    JsonNode first(Set<String> types) {
        for (JsonNode node : objects) {
            if (hasType(node, types)) {
                return node;
            }
        }
        return null;
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type.values()) {
                if (t.isString() && types.contains(typeName(t.stringValue()))) {
                    return true;
                }
            }
            return false;
        }
        return type.isString() && types.contains(typeName(type.stringValue()));
    }

    private static String typeName(String type) {
        int slash = type.lastIndexOf('/');
        return type.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    /** A property's text: a string, the first string of an array, or an object's name / url / @id. */
    static String text(JsonNode node, String property) {
        return node == null ? null : text(node.get(property));
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            String s = value.stringValue().trim();
            return s.isEmpty() ? null : s;
        }
        if (value.isNumber()) {
            return value.asString();
        }
        if (value.isArray()) {
            for (JsonNode item : value.values()) {
                String s = text(item);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (value.isObject()) {
            for (String key : List.of("name", "url", "@id", "contentUrl")) {
                String s = text(value.get(key));
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Every name a property holds: strings, or the names of objects, in order. */
    static List<String> names(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value.values()) {
                out.addAll(names(item));
            }
        } else if (value.isString()) {
            String s = value.stringValue().trim();
            if (!s.isEmpty()) {
                out.add(s);
            }
        } else if (value.isObject()) {
            String name = text(value.get("name"));
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }
}
