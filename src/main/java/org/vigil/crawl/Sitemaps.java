package org.vigil.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * XML and text sitemaps, sitemap indexes and Google News sitemaps, parsed with crawler-commons
 * (DOCTYPEs refused). Relative {@code <loc>}s, which some sites publish, resolve against the sitemap.
 */
public final class Sitemaps {

    private Sitemaps() {
    }

    /** A page a sitemap lists and its date (news publication date, else lastmod), or null when undated. */
    public record Entry(URI url, Instant date) {
    }

    /**
     * One parsed sitemap document: either an index of further sitemaps or a list of pages.
     *
     * @param sitemaps sitemaps an index points to (empty for a plain sitemap)
     * @param entries  pages a sitemap lists (empty for an index)
     */
    public record Parsed(List<URI> sitemaps, List<Entry> entries) {
    }

    /**
     * @param body the document, with any HTTP Content-Encoding undone (a .gz file is unpacked here)
     * @throws IOException when it is not a sitemap
     */
    public static Parsed parse(URI url, byte[] body, String contentType) throws IOException {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        parser.setURLFilter((String loc) -> {
            URI resolved = Urls.resolve(url, loc);
            return resolved == null ? loc : resolved.toString();
        });
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "application/xml" : Fetcher.mediaType(contentType),
                    body, url.toURL());
        } catch (UnknownFormatException | MalformedURLException | RuntimeException e) {
            throw new IOException("not a readable sitemap: " + Fetcher.describe(e), e);
        }
        List<URI> sitemaps = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI child1 = Urls.resolve(url, child.getUrl().toString());
                if (child1 != null) {
                    sitemaps.add(child1);
                }
            }
        } else if (map instanceof SiteMap plain) {
            for (SiteMapURL entry : plain.getSiteMapUrls()) {
                URI page = Urls.resolve(url, entry.getUrl().toString());
                if (page != null) {
                    entries.add(new Entry(page, date(entry)));
                }
            }
        }
        return new Parsed(sitemaps, entries);
    }

    private static Instant date(SiteMapURL entry) {
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes attributes && attributes.getPublicationDate() != null) {
                    return attributes.getPublicationDate().toInstant();
                }
            }
        }
        return entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
    }
}
