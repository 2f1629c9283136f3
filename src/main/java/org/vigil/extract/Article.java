package org.vigil.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the extractor reads out of one archived page.
 *
 * @param url          the URL the page was captured from
 * @param canonicalUrl the page's declared canonical URL, or {@code url} when it declares none
 * @param title        headline, never null (empty when the page has none)
 * @param authors      bylines, in page order
 * @param published    publication time with offset, or null when the page does not say
 * @param modified     last modification time with offset, or null
 * @param language     ISO 639-1 code, or null when undetermined
 * @param siteName     outlet name, or null
 * @param section      section/category, or null
 * @param imageUrl     lead image URL, or null
 * @param text         main text: paragraphs separated by a blank line ({@code "\n\n"})
 */
public record Article(String url, String canonicalUrl, String title, List<String> authors,
                      OffsetDateTime published, OffsetDateTime modified, String language,
                      String siteName, String section, String imageUrl, String text) {

    public Article {
        authors = List.copyOf(authors);
    }
}
