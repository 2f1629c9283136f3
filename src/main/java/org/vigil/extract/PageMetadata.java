package org.vigil.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/**
 * The descriptive fields of a page other than its dates and text: headline, authors, canonical URL,
 * site name, section and lead image. Each comes from the most explicit source the page offers,
 * JSON-LD first, then OpenGraph / Twitter cards, then other meta tags, then the visible markup.
 */
final class PageMetadata {

    record Fields(String title, List<String> authors, String canonicalUrl, String siteName, String section,
                  String imageUrl) {
    }

    private static final Evaluator HEADLINE = QueryParser.parse("article h1, main h1, h1");
    private static final Evaluator BYLINE =
            QueryParser.parse("[itemprop=author] [itemprop=name], [rel=author], .byline a, .author-name, .byline");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator IMAGE_SRC = QueryParser.parse("link[rel=image_src][href]");

    private static final Set<String> ORGANIZATION_TYPES = Set.of("organization", "newsmediaorganization",
            "website", "corporation");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?:(?:written|posted|reported)\\s+)?by[:\\s]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    private static final Pattern AUTHOR_NOISE = Pattern.compile(
            "(?i)\\b(?:updated|published|posted|staff writer|correspondent|reporter|editor|contributor)\\b.*$");

    Fields read(Document doc, MetaTags meta, JsonLd jsonLd, String url) {
        JsonNode article = jsonLd.article();
        String siteName = first(meta.get("og:site_name"), publisherName(article), organizationName(jsonLd),
                meta.get("application-name"), meta.get("twitter:site"));
        if (siteName != null && siteName.startsWith("@")) {
            siteName = siteName.substring(1);
        }
        String title = first(JsonLd.text(article, "headline"), stripSiteName(meta.get("og:title"), siteName),
                stripSiteName(meta.get("twitter:title"), siteName));
        if (title == null) {
            title = first(firstHeading(doc), stripSiteName(doc.title().trim(), siteName));
        }
        String image = first(meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"),
                meta.get("twitter:image:src"), JsonLd.text(article, "image"));
        image = image != null ? absolute(doc, image) : imageSrc(doc);
        return new Fields(title == null ? "" : title, authors(doc, article), canonical(doc, meta, url), siteName,
                first(JsonLd.text(article, "articleSection"), meta.get("article:section"), meta.get("section"),
                        meta.get("parsely-section"), meta.get("category")),
                image);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String publisherName(JsonNode article) {
        return article == null ? null : JsonLd.text(article.get("publisher"));
    }

    private static String organizationName(JsonLd jsonLd) {
        return JsonLd.text(jsonLd.first(ORGANIZATION_TYPES), "name");
    }

    private static String firstHeading(Document doc) {
        Element h1 = doc.selectFirst(HEADLINE);
        return h1 == null ? null : h1.text();
    }

    /**
     * "Headline | Site" and "Site - Headline" carry the outlet's name, which is not part of the
     * headline. Without a known site name, a short part beside a much longer one is taken for it.
     */
    static String stripSiteName(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        String firstPart = parts[0];
        boolean lastIsSite = siteName != null && last.equalsIgnoreCase(siteName) || last.length() < 25 && firstPart.length() > last.length() * 2;
        if (lastIsSite) {
            return title.substring(0, title.length() - last.length()).replaceFirst("\\s+[|\\-–—:·•»]\\s*$", "").trim();
        }
        boolean firstIsSite = siteName != null ? firstPart.equalsIgnoreCase(siteName)
                : parts.length == 2 && firstPart.length() < 25 && last.length() > firstPart.length() * 2;
        if (firstIsSite) {
            return title.substring(firstPart.length()).replaceFirst("^\\s*[|\\-–—:·•»]\\s+", "").trim();
        }
        return title;
    }

    private static List<String> authors(Document doc, JsonNode article) {
        Set<String> out = new LinkedHashSet<>();
        if (article != null) {
            for (String name : JsonLd.names(article.get("author"))) {
                addAuthor(out, name);
            }
        }
        if (out.isEmpty()) {
            for (Element meta : doc.getElementsByTag("meta")) {
                String key = (meta.attr("name") + meta.attr("property")).toLowerCase(Locale.ROOT);
                if (key.equals("author") || key.equals("article:author") || key.equals("dc.creator")
                        || key.equals("parsely-author") || key.equals("sailthru.author")) {
                    for (String name : AUTHOR_SPLIT.split(meta.attr("content"))) {
                        addAuthor(out, name);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select(BYLINE)) {
                String text = BY_PREFIX.matcher(e.text().trim()).replaceFirst("");
                for (String name : AUTHOR_SPLIT.split(text)) {
                    addAuthor(out, name);
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void addAuthor(Set<String> out, String raw) {
        String name = AUTHOR_NOISE.matcher(BY_PREFIX.matcher(raw.trim()).replaceFirst("")).replaceFirst("").trim();
        // "Jill Disis, CNN Business", "TOM KRISHER, AP Auto Writer": the name comes before the affiliation
        int comma = name.indexOf(", ");
        if (comma > 0 && name.substring(0, comma).split(" ").length >= 2) {
            name = name.substring(0, comma);
        }
        // profile URLs, handles and empty strings are not names
        if (name.length() < 2 || name.length() > 80 || name.contains("://") || name.startsWith("@")) {
            return;
        }
        out.add(name);
    }

    private static String canonical(Document doc, MetaTags meta, String url) {
        Element link = doc.selectFirst(CANONICAL);
        String canonical = link == null ? null : link.absUrl("href");
        if (canonical == null || canonical.isEmpty()) {
            canonical = absolute(doc, meta.get("og:url"));
        }
        return canonical == null || canonical.isEmpty() ? url : canonical;
    }

    private static String imageSrc(Document doc) {
        Element link = doc.selectFirst(IMAGE_SRC);
        return link == null ? null : absolute(doc, link.attr("href"));
    }

    /** Resolves a possibly relative URL against the page's base URI; blank when there is nothing to resolve. */
    private static String absolute(Document doc, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.trim();
        if (h.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return h;
        }
        String base = doc.location();
        if (base == null || base.isEmpty()) {
            return h.startsWith("//") ? "https:" + h : h;
        }
        try {
            return java.net.URI.create(base).resolve(h).toString();
        } catch (IllegalArgumentException e) {
            return h;
        }
    }
}
