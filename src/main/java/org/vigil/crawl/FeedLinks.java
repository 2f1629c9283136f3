package org.vigil.crawl;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The item links of an RSS 2.0 or Atom feed, parsed with Rome with DOCTYPEs (and so XXE) refused. */
public final class FeedLinks {

    private FeedLinks() {
    }

    /**
     * @param feedUrl where the feed came from; relative links resolve against it
     * @param body    the feed document as fetched
     * @throws IOException when the document is not a well-formed RSS/Atom feed
     */
    public static List<URI> parse(URI feedUrl, byte[] body) throws IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            Set<URI> links = new LinkedHashSet<>();
            for (SyndEntry entry : input.build(reader).getEntries()) {
                String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
                URI url = link == null ? null : Urls.resolve(feedUrl, link);
                if (url != null) {
                    links.add(url);
                }
            }
            return List.copyOf(links);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable RSS/Atom feed: " + e.getMessage(), e);
        }
    }
}
