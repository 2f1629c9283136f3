package org.vigil.extract;

import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * Reads an archived news page into an {@link Article}: main text without page furniture, headline,
 * authors, dates, language, canonical URL, site name, section and lead image.
 *
 * <p>Any page yields an article: text and title are empty rather than missing when the page has
 * none, and malformed markup or structured data is read as far as it goes, never thrown at the caller.
 *
 * <p>One instance is meant to be shared: it is thread-safe, and its language model is loaded once.
 */
public final class ArticleExtractor {

    /** A story text shorter than this, next to a longer one in the page's own JSON-LD, is a failed cut. */
    private static final int SHORT_TEXT = 500;

    private final CharsetSniffer charsets = new CharsetSniffer();
    private final MainText mainText = new MainText();
    private final PageMetadata metadata = new PageMetadata();
    private final PublicationDates dates = new PublicationDates();
    private final LanguageDetector languages;

    public ArticleExtractor() {
        this(new LanguageDetector());
    }

    public ArticleExtractor(LanguageDetector languages) {
        this.languages = Objects.requireNonNull(languages);
    }

    /**
     * Extracts from the raw bytes of an HTTP response body.
     *
     * @param body               the page as received (after any transfer or content encoding is undone)
     * @param contentTypeHeader  the response's Content-Type header, or null; its charset wins over the page's own
     * @param url                the URL the page was fetched from, used to resolve relative links and as a date source
     */
    public Article extract(byte[] body, String contentTypeHeader, String url) {
        String html = charsets.decode(Objects.requireNonNull(body, "body"), contentTypeHeader);
        return extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    /**
     * Extracts from a parsed page. The document is only read, never modified.
     *
     * @param url the URL the page was fetched from (may be null), a date source of last resort
     */
    public Article extract(Document doc, String url) {
        Objects.requireNonNull(doc, "doc");
        JsonLd jsonLd = JsonLd.of(doc);
        MetaTags meta = new MetaTags(doc);
        PageMetadata.Fields fields = metadata.read(doc, meta, jsonLd, url);
        PublicationDates.Dates when = dates.find(doc, meta, jsonLd, url);
        Element body = doc.body();
        String text = body == null ? "" : mainText.extract(body, fields.title());
        text = preferDeclaredBody(text, jsonLd.article());
        if (text.isEmpty()) {
            text = Objects.requireNonNullElse(firstNonBlank(meta.get("og:description"), meta.get("description")), "");
        }
        String language = languages.detect(text.isEmpty() ? fields.title() : text, declaredLanguage(doc, meta));
        return new Article(url, fields.canonicalUrl(), fields.title(), fields.authors(), when.published(),
                when.modified(), language, fields.siteName(), fields.section(), fields.imageUrl(), text);
    }

    /**
     * When the cut from the markup came out short and the page's JSON-LD carries a much longer
     * {@code articleBody}, the markup was probably built by script or hidden behind a wall, and the
     * publisher's own copy is the better text.
     */
    private static String preferDeclaredBody(String text, JsonNode article) {
        String declared = JsonLd.text(article, "articleBody");
        if (declared == null || text.length() >= SHORT_TEXT || declared.length() < 2 * Math.max(text.length(), 100)) {
            return text;
        }
        if (declared.contains("</")) {
            // some publishers put HTML in the field
            String fromBlocks = MainText.paragraphs(Jsoup.parseBodyFragment(declared).body());
            return fromBlocks.isEmpty() ? text : fromBlocks;
        }
        return String.join("\n\n", declared.strip().split("\\s*\n\\s*"));
    }

    private static String declaredLanguage(Document doc, MetaTags meta) {
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        return !lang.isBlank() ? lang
                : firstNonBlank(meta.get("content-language"), firstNonBlank(meta.get("language"), meta.get("og:locale")));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b != null && !b.isBlank() ? b.trim() : null;
    }
}
