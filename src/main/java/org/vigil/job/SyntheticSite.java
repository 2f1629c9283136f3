package org.vigil.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated news site for benchmarks: article pages of a few kilobytes of text, listed 100 to a
 * section page, section pages chained by "Next" links, a home page and a robots.txt.
 */
public final class SyntheticSite {

    public static final int ARTICLES_PER_PAGE = 100;

    private static final String[] WORDS = ("the a of in on to and former official police said killed shot province "
            + "exile border city minister report witnesses family statement investigation security forces night "
            + "residents according government spokesman confirmed attack vehicle house market district").split(" ");

    private SyntheticSite() {
    }

    /** Number of section pages listing {@code articles} articles. */
    public static int sectionPages(int articles) {
        return (articles + ARTICLES_PER_PAGE - 1) / ARTICLES_PER_PAGE;
    }

    /** Writes the site into {@code root}; the same {@code articles} always gives the same site. */
    public static void write(Path root, int articles) throws IOException {
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
            Files.writeString(file, page("Story " + i, "<article><h1>Story " + i + "</h1>\n" + body + "</article>"),
                    StandardCharsets.UTF_8);
        }
    }

    private static String articlePath(int i) {
        return String.format("2026/%02d/story-%05d.html", 1 + i % 12, i);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
                + "<body>\n" + body + "\n</body></html>\n";
    }
}
