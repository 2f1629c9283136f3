package org.vigil.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated news site for benchmarks: article pages of a few kilobytes of text, listed 100 to a
 * section page, section pages chained by "Next" links, a home page and a robots.txt. Article pages
 * carry the text alone (light, about 4 KB), or the text wrapped in navigation, related links and
 * inline script as real news pages are: a lean site's (medium, about 28 KB) or a news site's
 * (news, about 130 KB; the 181 real pages of the article-extraction benchmark weigh 115 KB at the
 * median).
 */
public final class SyntheticSite {

    public static final int ARTICLES_PER_PAGE = 100;

    /** How much an article page carries besides its text: that much chrome before it and after it. */
    public enum Weight {
        LIGHT(0),
        /** wget harvests these at the rate the harvest issue's reference gives for its site, 600-660 pages/s here. */
        MEDIUM(12_000),
        NEWS(64_000);

        private final int chromeChars;

        Weight(int chromeChars) {
            this.chromeChars = chromeChars;
        }
    }

    private static final String[] WORDS = ("the a of in on to and former official police said killed shot province "
            + "exile border city minister report witnesses family statement investigation security forces night "
            + "residents according government spokesman confirmed attack vehicle house market district").split(" ");

    private static final String[] SCRIPT_WORDS = ("prototype length push call apply bind createElement appendChild "
            + "setAttribute getAttribute addEventListener removeEventListener querySelector querySelectorAll "
            + "classList add remove toggle contains style display none block innerHTML textContent dataset "
            + "offsetHeight scrollTop window document location href pathname search hash navigator userAgent "
            + "cookie localStorage getItem setItem JSON parse stringify Promise resolve reject then catch finally "
            + "fetch headers method body status ok json text map filter forEach reduce indexOf slice splice concat "
            + "join split replace match test exec toLowerCase toUpperCase trim keys values entries assign "
            + "defineProperty hasOwnProperty isArray from of now floor round random min max parseInt toString "
            + "setTimeout clearTimeout requestAnimationFrame dispatchEvent CustomEvent detail target currentTarget "
            + "preventDefault stopPropagation analytics track pageview consent vendor adSlot refresh lazyload "
            + "observe IntersectionObserver isIntersecting src srcset width height loading async defer").split(" ");

    private SyntheticSite() {
    }

    /** Number of section pages listing {@code articles} articles. */
    public static int sectionPages(int articles) {
        return (articles + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE;
    }

    /** Writes the site into {@code root}; the same arguments always give the same site. */
    public static void write(Path root, int articles, Weight weight) throws IOException {
        Random random = new Random(articles);
        Path news = Files.createDirectories(root.resolve("news"));
        Files.writeString(root.resolve("robots.txt"), "User-agent: *\nAllow: /\n");
        Files.writeString(root.resolve("index.html"), page("Synthetic News",
                "<p><a href=\"/news/page-1.html\">Latest news</a></p>"));
        int pages = sectionPages(articles);
        for (int p = 1; p <= pages; p++) {
            StringBuilder list = new StringBuilder("<ul>\n");
            for (int i = (p - 1) * ARTICLES_PER_PAGE; i < Math.min(articles, p * ARTICLES_PER_PAGE); i++) {
                list.append("<li><a href=\"/news/").append(articlePath(i)).append("\">Story ").append(i)
                        .append("</a></li>\n");
            }
            list.append("</ul>\n");
            if (p < pages) {
                list.append("<p class=\"pager\"><a href=\"/news/page-").append(p + 1).append(".html\">Next &raquo;</a></p>");
            }
            Files.writeString(news.resolve("page-" + p + ".html"), page("News, page " + p, list.toString()));
        }
        for (int i = 0; i < articles; i++) {
            StringBuilder body = new StringBuilder();
            for (int paragraph = 0; paragraph < 6; paragraph++) {
                body.append("<p>");
                for (int w = 0; w < 90; w++) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
                }
                body.append("</p>\n");
            }
            body.append("<p><a href=\"/index.html\">Home</a> <a href=\"/news/page-1.html\">News</a></p>");
            Path file = news.resolve(articlePath(i));
            Files.createDirectories(file.getParent());
            String article = "<article><h1>Story " + i + "</h1>\n" + body + "</article>";
            if (weight.chromeChars > 0) {
                article = chrome(random, pages, articles, weight.chromeChars) + article
                        + chrome(random, pages, articles, weight.chromeChars);
            }
            Files.writeString(file, page("Story " + i, article), StandardCharsets.UTF_8);
        }
    }

    /**
     * About {@code chars} characters of what surrounds the text of a real news page: navigation to
     * sections, links to related stories, and minified script. Links go only to pages the site has, so
     * a crawler that follows every link (wget) fetches nothing more than one that follows article links.
     */
    private static String chrome(Random random, int pages, int articles, int chars) {
        StringBuilder chrome = new StringBuilder("<nav><ul>\n");
        for (int p = 1; p <= Math.min(pages, 40); p++) {
            chrome.append("<li class=\"nav-item\"><a class=\"nav-link\" href=\"/news/page-").append(p)
                    .append(".html\">Section ").append(p).append("</a></li>\n");
        }
        chrome.append("</ul></nav>\n<aside><h2>Related</h2><ul>\n");
        for (int k = 0; k < 10; k++) {
            int other = random.nextInt(articles);
            chrome.append("<li><a href=\"/news/").append(articlePath(other)).append("\">Story ").append(other)
                    .append("</a></li>\n");
        }
        chrome.append("</ul></aside>\n<script>");
        // Minified script: short identifiers, keywords and the same few hundred property names over and
        // over. With zlib's default level the pages compress to 22% at about 62 MB/s, near the 20% at
        // 71 MB/s of the 181 real news pages, so compressing them costs what it costs on a news site.
        while (chrome.length() < chars) {
            String name = SCRIPT_WORDS[random.nextInt(SCRIPT_WORDS.length)];
            chrome.append("function(").append((char) ('a' + random.nextInt(26))).append(",t){var ")
                    .append(Integer.toString(random.nextInt(46_656), 36)).append("=t.").append(name)
                    .append("||").append(random.nextInt(100)).append(";return n.")
                    .append(SCRIPT_WORDS[random.nextInt(SCRIPT_WORDS.length)]).append("(\"")
                    .append(SCRIPT_WORDS[random.nextInt(SCRIPT_WORDS.length)]).append("\")},");
        }
        return chrome.append("</script>\n").toString();
    }

    private static String articlePath(int i) {
        return String.format("2026/%02d/story-%05d.html", 1 + i % 12, i);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
                + "<body>\n" + body + "\n</body></html>\n";
    }
}
