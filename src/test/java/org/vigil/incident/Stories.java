package org.vigil.incident;

import org.vigil.extract.Article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Articles made of a text alone, for extraction tests written in their own wording: what a test
 * varies is the text, its language, its headline and when it was published.
 */
final class Stories {

    /** One extractor for all tests: its rules and gazetteer are loaded once. */
    private static final IncidentExtractor EXTRACTOR = new IncidentExtractor();

    private Stories() {
    }

    /** An English report published at {@code published} (ISO offset date-time). */
    static List<Incident> extract(String text, String published) {
        return extract("A report", text, "en", published);
    }

    /** A Persian report published at {@code published} (ISO offset date-time). */
    static List<Incident> persian(String text, String published) {
        return extract("گزارش", text, "fa", published);
    }

    /** @param published ISO offset date-time, or null for a text without a publication date */
    static List<Incident> extract(String title, String text, String language, String published) {
        return EXTRACTOR.extract(article(title, text, language, published), null);
    }

    static List<Incident> extract(Article article) {
        return EXTRACTOR.extract(article, null);
    }

    static Article article(String title, String text, String language, String published) {
        return new Article("https://news.example/story", "https://news.example/story", title, List.of(),
                published == null ? null : OffsetDateTime.parse(published), null, language, "News Example", null, null,
                text);
    }
}
