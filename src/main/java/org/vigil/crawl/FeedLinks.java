package org.vigil.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** The items of an RSS 2.0 or Atom feed, parsed with Rome with DOCTYPEs (and so XXE) refused. */
public final class FeedLinks {

    private FeedLinks() {
    }

    /** A linked item and its date (published, else updated), or null when undated. */
    public record Item(URI url, Instant date) {
    }

    /**
     * @param feedUrl where the feed came from; relative links resolve against it
     * @param body    the feed document, with any Content-Encoding undone
     * @throws IOException when the document is not a well-formed RSS/Atom feed or declares a DOCTYPE
     */
    public static List<Item> parse(URI feedUrl, byte[] body) throws IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            List<Item> items = new ArrayList<>();
            for (SyndEntry entry : input.build(reader).getEntries()) {
                String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
                URI url = link == null ? null : Urls.resolve(feedUrl, link);
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                if (url != null) {
                    items.add(new Item(url, date == null ? null : date.toInstant()));
                }
            }
            return items;
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable RSS/Atom feed: " + Fetcher.describe(e), e);
        }
    }
}
