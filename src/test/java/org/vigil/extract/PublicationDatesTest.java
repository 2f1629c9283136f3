package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Publication and modification dates as publishers mark them up, with the exact values expected. */
class PublicationDatesTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String URL = "https://news.example/story/12345";

    private static Arguments date(String name, String head, String body, String url, String published, String modified) {
        return page(name, "", head, body, url, published, modified);
    }

    private static Arguments page(String name, String htmlAttributes, String head, String body, String url,
                                  String published, String modified) {
        String html = "<!DOCTYPE html><html" + htmlAttributes + "><head><title>T</title>" + head + "</head><body>" + body
                + "<p>Story text that is long enough to be the article body of this small test page.</p></body></html>";
        return Arguments.of(name, html, url, published, modified);
    }

    private static Arguments date(String name, String head, String body, String published) {
        return date(name, head, body, URL, published, null);
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static String meta(String attribute, String key, String content) {
        return "<meta " + attribute + "=\"" + key + "\" content=\"" + content + "\">";
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // JSON-LD
                date("JSON-LD NewsArticle with offset",
                        ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T08:03:00-05:00\",\"dateModified\":\"2019-11-19T10:30:00-05:00\"}"),
                        "", URL, "2019-11-19T08:03-05:00", "2019-11-19T10:30-05:00"),
                date("JSON-LD @graph with WebPage first",
                        ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2001-01-01\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-06-01T12:00:00+02:00\"}]}"),
                        "", "2023-06-01T12:00+02:00"),
                date("JSON-LD top-level array",
                        ld("[{\"@type\":\"Organization\",\"name\":\"X\"},{\"@type\":\"Article\",\"datePublished\":\"2022-02-14T06:45:10Z\"}]"),
                        "", "2022-02-14T06:45:10Z"),
                date("JSON-LD type array",
                        ld("{\"@type\":[\"NewsArticle\",\"Article\"],\"datePublished\":\"2021-07-04T18:00:00+00:00\"}"),
                        "", "2021-07-04T18:00Z"),
                date("JSON-LD fractional seconds and Z",
                        ld("{\"@type\":\"BlogPosting\",\"datePublished\":\"2020-03-15T21:07:45.123Z\"}"),
                        "", "2020-03-15T21:07:45Z"),
                date("JSON-LD date only",
                        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-08-15\"}"),
                        "", "2023-08-15T00:00Z"),
                date("JSON-LD with trailing comma and raw newline",
                        ld("{\"@type\":\"NewsArticle\",\n\"headline\":\"Line one\nline two\",\n\"datePublished\":\"2018-10-06T08:57:00+02:00\",\n}"),
                        "", "2018-10-06T08:57+02:00"),
                date("JSON-LD article as WebPage mainEntity",
                        ld("{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"2024-01-09T07:30:00+04:30\"}}"),
                        "", "2024-01-09T07:30+04:30"),
                date("JSON-LD offset without colon",
                        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-20T06:35:39+0000\"}"),
                        "", "2019-11-20T06:35:39Z"),
                date("JSON-LD wins over OpenGraph",
                        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-18T23:00:00Z\"}")
                                + meta("property", "article:published_time", "2019-11-19T01:00:00Z"),
                        "", "2019-11-18T23:00Z"),
                date("broken JSON-LD falls back to OpenGraph",
                        ld("{\"@type\":\"NewsArticle\",\"datePublished\":") + meta("property", "article:published_time", "2019-11-19T01:00:00+01:00"),
                        "", "2019-11-19T01:00+01:00"),
                date("implausible JSON-LD year falls back to OpenGraph",
                        ld("{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00Z\"}")
                                + meta("property", "article:published_time", "2017-05-02T09:00:00Z"),
                        "", "2017-05-02T09:00Z"),
                // OpenGraph
                date("OpenGraph published and modified",
                        meta("property", "article:published_time", "2019-11-19T07:03:25+00:00")
                                + meta("property", "article:modified_time", "2019-11-19T16:43:09+00:00"),
                        "", URL, "2019-11-19T07:03:25Z", "2019-11-19T16:43:09Z"),
                date("og:updated_time as modification",
                        meta("property", "article:published_time", "2020-05-05T05:05:05-07:00")
                                + meta("property", "og:updated_time", "2020-05-06T10:00:00-07:00"),
                        "", URL, "2020-05-05T05:05:05-07:00", "2020-05-06T10:00-07:00"),
                date("OpenGraph date only",
                        meta("property", "article:published_time", "2016-12-31"), "", "2016-12-31T00:00Z"),
                date("OpenGraph in name attribute",
                        meta("name", "article:published_time", "2015-04-01T12:00:00+09:00"), "", "2015-04-01T12:00+09:00"),
                // <time> and microdata
                date("time element inside the article",
                        "", "<header><time datetime=\"2010-01-01\">site founded</time></header><article><time datetime=\"2021-09-30T14:15:00+01:00\">30 September</time></article>",
                        "2021-09-30T14:15+01:00"),
                date("time element marked pubdate",
                        "", "<div><time datetime=\"2012-01-01\">x</time><time pubdate datetime=\"2012-03-04T05:06:07Z\">y</time></div>",
                        "2012-03-04T05:06:07Z"),
                date("microdata datePublished on a span",
                        "", "<span itemprop=\"datePublished\" content=\"2019-11-19T05:00:00-08:00\">Nov 19</span>",
                        "2019-11-19T05:00-08:00"),
                date("microdata datePublished as meta in the body",
                        "", "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><meta itemprop=\"datePublished\" content=\"2018-02-03T04:05:06+03:00\"></div>",
                        "2018-02-03T04:05:06+03:00"),
                date("time labelled updated is the modification",
                        "", "<article><time class=\"updated\" datetime=\"2019-11-20T09:00:00Z\">Updated</time><time class=\"published\" datetime=\"2019-11-19T09:00:00Z\">Published</time></article>",
                        URL, "2019-11-19T09:00Z", "2019-11-20T09:00Z"),
                date("microdata dateModified",
                        "", "<article><time itemprop=\"datePublished\" datetime=\"2014-06-01T10:00\">1 June</time><time itemprop=\"dateModified\" datetime=\"2014-06-02T11:30\">2 June</time></article>",
                        URL, "2014-06-01T10:00Z", "2014-06-02T11:30Z"),
                // other meta tags
                date("compact pubdate", meta("name", "pubdate", "20191119"), "", "2019-11-19T00:00Z"),
                date("meta date", meta("name", "date", "2019-11-19"), "", "2019-11-19T00:00Z"),
                date("Dublin Core issued", meta("name", "DC.date.issued", "2011-11-11T11:11:11+01:00"), "", "2011-11-11T11:11:11+01:00"),
                date("sailthru RFC 1123 style", meta("name", "sailthru.date", "Tue, 19 Nov 2019 10:00:00 -0500"), "", "2019-11-19T10:00-05:00"),
                date("parsely pub date", meta("name", "parsely-pub-date", "2019-11-19T17:15:00Z"), "", "2019-11-19T17:15Z"),
                date("epoch seconds", meta("name", "timestamp", "1574168580"), "", "2019-11-19T13:03Z"),
                date("epoch milliseconds", meta("name", "article.published", "1574168580000"), "", "2019-11-19T13:03Z"),
                date("citation date with slashes", meta("name", "citation_publication_date", "2019/11/19"), "", "2019-11-19T00:00Z"),
                date("last-modified http-equiv",
                        meta("name", "pubdate", "2019-11-18") + meta("http-equiv", "last-modified", "Tue, 19 Nov 2019 15:04:05 GMT"),
                        "", URL, "2019-11-18T00:00Z", "2019-11-19T15:04:05Z"),
                // URL patterns
                date("URL /yyyy/mm/dd/", "", "", "https://news.example/2019/11/19/slug-of-story/", "2019-11-19T00:00Z", null),
                date("URL compact yyyymmdd", "", "", "https://news.example/news/20200102/slug", "2020-01-02T00:00Z", null),
                date("URL yyyy-mm-dd in slug", "", "", "https://news.example/world/2024-03-12-attack-in-istanbul", "2024-03-12T00:00Z", null),
                date("URL with month name", "", "", "https://news.example/stories/2019/nov/19/meth-campaign/", "2019-11-19T00:00Z", null),
                // visible datelines
                date("WSJ style time text", "", "<time class=\"timestamp\">Nov. 19, 2019 8:03 am ET</time>", "2019-11-19T08:03-05:00"),
                date("time before the date", "", "<p class=\"update-time\">Updated 2:34 AM ET, Tue November 19, 2019</p>", "2019-11-19T02:34-05:00"),
                date("day month year with GMT", "", "<div class=\"date\">19 November 2019, 14:05 GMT</div>", "2019-11-19T14:05Z"),
                date("p.m. with EST", "", "<span class=\"posted-on\">Published: March 3, 2024 at 10:30 p.m. EST</span>", "2024-03-03T22:30-05:00"),
                date("summer time abbreviation", "", "<span class=\"date\">12 June 2023 09:00 BST</span>", "2023-06-12T09:00+01:00"),
                date("Indian standard time", "", "<div class=\"article-date\">Nov 20, 2019, 10:54 AM IST</div>", "2019-11-20T10:54+05:30"),
                date("ordinal day", "", "<div class=\"meta\">Posted on March 12th, 2024 by staff</div>", "2024-03-12T00:00Z"),
                date("French dateline", "", "<p class=\"date\">Publié le 3 avril 2024</p>", "2024-04-03T00:00Z"),
                date("German dateline with time", "", "<div class=\"datum date\">5. März 2024, 14:30 Uhr</div>", "2024-03-05T14:30Z"),
                date("Spanish dateline", "", "<span class=\"fecha date\">12 de marzo de 2024</span>", "2024-03-12T00:00Z"),
                date("ISO dateline without zone", "", "<span class=\"date\">2024-03-12 09:15</span>", "2024-03-12T09:15Z"),
                date("dotted day.month.year", "", "<span class=\"date\">15.01.2024</span>", "2024-01-15T00:00Z"),
                date("standalone date line in an old layout", "",
                        "<table><tr><td><font size=\"4\"><b>Headline</b></font><br><font size=\"2\">May 2, 2023</font></td></tr></table>",
                        "https://news.example/story", "2023-05-02T00:00Z", null),
                date("date inside a sentence is not a dateline", "",
                        "<p>The meeting on May 2, 2023 was postponed because of the weather in the capital.</p>",
                        "https://news.example/story", null, null),
                date("date in the site header is not the story's", "",
                        "<header><span>Wednesday, November 20, 2019</span></header>",
                        "https://news.example/story", null, null),
                date("numeric day/month/year", "", "<small class=\"text-muted\"><b>05/10/2018 14:20</b></small>", "2018-10-05T14:20Z"),
                page("numeric month/day/year on a US page", " lang=\"en-US\"",
                        "", "<span class=\"date\">11/10/2019</span>", "https://news.example/story", "2019-11-10T00:00Z", null),
                date("Solar Hijri dateline with Persian digits", "", "<div class=\"date\">۲۱ آبان ۱۴۰۵، ساعت ۲۱:۴۰</div>", "2026-11-12T21:40Z"),
                date("Solar Hijri with Afghan month name", "", "<span class=\"date\">۱۲ عقرب ۱۴۰۳</span>", "2024-11-02T00:00Z"),
                date("last day of a Solar Hijri leap year", "", "<span class=\"date\">۳۰ اسفند ۱۴۰۳</span>", "2025-03-20T00:00Z"),
                date("Arabic-Indic digits", "", "<span class=\"date\">٢٠٢٤-٠٣-١٢</span>", "2024-03-12T00:00Z"),
                date("Arabic Gregorian month name", "", "<span class=\"date\">١٢ نوفمبر ٢٠٢٦</span>", "2026-11-12T00:00Z"),
                date("Dari Gregorian month name", "", "<span class=\"date\">۱۲ نومبر ۲۰۲۶</span>", "2026-11-12T00:00Z"),
                date("no date anywhere", "", "<div class=\"byline\">By Staff</div>", "https://news.example/story", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsThePublicationDate(String name, String html, String url, String published, String modified) {
        Article a = EXTRACTOR.extract(Jsoup.parse(html, url), url);

        assertThat(a.published()).as("published").isEqualTo(published == null ? null : OffsetDateTime.parse(published));
        assertThat(a.modified()).as("modified").isEqualTo(modified == null ? null : OffsetDateTime.parse(modified));
    }
}
