package org.vigil.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import tools.jackson.databind.JsonNode;

/**
 * Finds when a page's story was published and last modified. Sources are tried in order of how
 * much they can be trusted, and the first that yields a date wins: JSON-LD article data, OpenGraph
 * article tags, {@code <time>} and microdata, other common meta tags, a date in the URL path, and
 * last a dateline in the visible text (English and European month names, Arabic, Persian and Dari
 * spellings, Solar Hijri dates, numeric dates read day first except on US English pages).
 */
final class PublicationDates {

    /** Publication and modification time; either may be null. */
    record Dates(OffsetDateTime published, OffsetDateTime modified) {
    }

    private static final List<String> PUBLISHED_OPENGRAPH = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "article:published");
    private static final List<String> MODIFIED_OPENGRAPH = List.of("article:modified_time", "og:updated_time",
            "og:article:modified_time", "article:modified");
    private static final List<String> PUBLISHED_META = List.of("datepublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "published_date", "publication_date", "date_published",
            "article.published", "article_date_original", "original-publish-date", "originalpublicationdate",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
            "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date", "date", "displaydate",
            "pdate", "created", "creation_date", "timestamp", "release_date", "og:pubdate");
    private static final List<String> MODIFIED_META = List.of("datemodified", "lastmod", "last-modified",
            "lastmodified", "dc.date.modified", "dcterms.modified", "article.updated", "revised", "updated",
            "eomportal-lastupdate", "modified_date");

    private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
    /** Where a publication {@code <time>} is looked for, most specific first. */
    private static final List<Evaluator> PUBLICATION_TIMES = List.of(QueryParser.parse("time[pubdate][datetime]"),
            QueryParser.parse("article time[datetime]"), TIME_WITH_DATETIME);

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|\\.html|$)");
    private static final Pattern URL_DATE_WORD_MONTH = Pattern.compile(
            "/((?:19|20)\\d{2})/([a-z]{3})[a-z]*/(\\d{1,2})/", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_NAMES = Pattern.compile(
            "date|time|byline|dateline|posted|published|meta|entry-info|post-info|article-info|timestamp",
            Pattern.CASE_INSENSITIVE);
    /** A line that is only a date is short; and it sits near the top, among the first lines of text. */
    private static final int STANDALONE_DATE_CHARS = 40;
    private static final int STANDALONE_DATE_SCAN = 300;

    private static final Pattern UPDATED_WORD = Pattern.compile("updated|modified|edited", Pattern.CASE_INSENSITIVE);

    Dates find(Document doc, MetaTags meta, JsonLd jsonLd, String url) {
        JsonNode article = jsonLd.article();
        boolean monthFirst = isUsEnglish(doc);
        OffsetDateTime published = first(
                () -> DateText.parseValue(JsonLd.text(article, "datePublished")),
                () -> DateText.parseValue(JsonLd.text(article, "dateCreated")),
                () -> meta(meta, PUBLISHED_OPENGRAPH),
                () -> timeElement(doc, "datePublished", monthFirst),
                () -> meta(meta, PUBLISHED_META),
                () -> fromUrl(url),
                () -> dateline(doc, monthFirst));
        OffsetDateTime modified = first(
                () -> DateText.parseValue(JsonLd.text(article, "dateModified")),
                () -> meta(meta, MODIFIED_OPENGRAPH),
                () -> timeElement(doc, "dateModified", monthFirst),
                () -> meta(meta, MODIFIED_META));
        return new Dates(published, modified);
    }

    /** The first source, in order of trust, that yields a date; later sources are not even looked at. */
    @SafeVarargs
    private static OffsetDateTime first(Supplier<OffsetDateTime>... sources) {
        for (Supplier<OffsetDateTime> source : sources) {
            OffsetDateTime t = source.get();
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static OffsetDateTime meta(MetaTags meta, List<String> names) {
        for (String name : names) {
            OffsetDateTime t = DateText.parseValue(meta.get(name));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * Microdata ({@code itemprop="datePublished"} on any element) first, then for publication a
     * {@code <time>} element: one marked {@code pubdate}, else the first inside the article, else the
     * first on the page, skipping those labelled as updates.
     */
    private static OffsetDateTime timeElement(Document doc, String itemprop, boolean monthFirst) {
        for (Element e : doc.getElementsByAttributeValue("itemprop", itemprop)) {
            if (e.normalName().equals("meta")) {
                continue; // read with the meta tags
            }
            OffsetDateTime t = first(() -> DateText.parseValue(e.attr("datetime")),
                    () -> DateText.parseValue(e.attr("content")), () -> DateText.find(e.text(), monthFirst));
            if (t != null) {
                return t;
            }
        }
        if (!itemprop.equals("datePublished")) {
            for (Element time : doc.select(TIME_WITH_DATETIME)) {
                if (UPDATED_WORD.matcher(time.className() + " " + time.parent().className()).find()) {
                    OffsetDateTime t = DateText.parseValue(time.attr("datetime"));
                    if (t != null) {
                        return t;
                    }
                }
            }
            return null;
        }
        for (Evaluator query : PUBLICATION_TIMES) {
            for (Element time : doc.select(query)) {
                String labels = time.className() + " " + (time.parent() == null ? "" : time.parent().className());
                if (UPDATED_WORD.matcher(labels).find()) {
                    continue;
                }
                OffsetDateTime t = DateText.parseValue(time.attr("datetime"));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** US pages write numeric dates month first; the page's declared language is the only hint. */
    private static boolean isUsEnglish(Document doc) {
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang").toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return lang.equals("en-us");
    }

    static OffsetDateTime fromUrl(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Matcher m = URL_DATE.matcher(path);
        if (m.find()) {
            return DateText.parseValue(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        m = URL_DATE_WORD_MONTH.matcher(path);
        if (m.find()) {
            return DateText.find(m.group(3) + " " + m.group(2) + " " + m.group(1));
        }
        return null;
    }

    /** A date in the text of an element whose class or id says it holds the date or byline. */
    private static OffsetDateTime dateline(Document doc, boolean monthFirst) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element time : body.getElementsByTag("time")) {
            OffsetDateTime t = DateText.find(time.text(), monthFirst);
            if (t != null) {
                return t;
            }
        }
        int looked = 0;
        for (Element e : body.getAllElements()) {
            String names = e.className() + " " + e.id();
            if (names.length() > 1 && DATELINE_NAMES.matcher(names).find() && e.childrenSize() < 10) {
                String text = e.text();
                if (text.length() <= 200) {
                    OffsetDateTime t = DateText.find(text, monthFirst);
                    if (t != null) {
                        return t;
                    }
                    if (++looked > 50) {
                        break;
                    }
                }
            }
        }
        return standaloneDate(body, monthFirst);
    }

    /**
     * Last resort for pages with no date markup at all: the first short line of visible text outside
     * page furniture that is nothing but a date ("May 2, 2023" under a headline in an old layout).
     */
    private static OffsetDateTime standaloneDate(Element body, boolean monthFirst) {
        OffsetDateTime[] found = {null};
        int[] seen = {0};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    return depth > 0 && Boilerplate.isFurniture(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    String text = t.text().strip();
                    if (text.length() <= STANDALONE_DATE_CHARS && text.split("\\s+").length <= 6) {
                        found[0] = DateText.find(text, monthFirst);
                    }
                    if (found[0] != null || ++seen[0] > STANDALONE_DATE_SCAN) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return found[0];
    }
}
