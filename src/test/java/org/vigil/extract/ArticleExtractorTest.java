package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void keepsTheStoryAndDropsPageFurniture() throws IOException {
        Article a = EXTRACTOR.extract(fixture("news-boilerplate.html"), "text/html; charset=utf-8",
                "https://www.frontier-chronicle.example/world/2024/03/12/former-afghan-commander-shot-dead-istanbul?utm_source=x");

        assertThat(a.text()).startsWith("A former commander of the Afghan National Army was shot dead")
                .contains("\n\nThe man, identified by his family as Abdul Rahim Sharifi")
                .contains("\n\nFear among the diaspora\n\n")
                .contains("“He told us he was being watched,” his nephew said.")
                .endsWith("The investigation is continuing.");
        assertThat(a.text()).doesNotContain("cookies", "Share on", "Police cordon off", "Advertisement",
                "Related", "Afghan exiles report rising threats", "morning briefing", "Floods displace",
                "This is terrible news", "All rights reserved", "Laila Ahmadi", "Home", "Updated at", "©", "Follow us");
        assertThat(a.title()).isEqualTo("Former Afghan commander shot dead in Istanbul suburb");
        assertThat(a.authors()).containsExactly("Laila Ahmadi");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2024-03-12T09:15:00+03:00"));
        assertThat(a.modified()).isEqualTo(OffsetDateTime.parse("2024-03-12T17:40:00+03:00"));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.siteName()).isEqualTo("The Frontier Chronicle");
        assertThat(a.section()).isEqualTo("World");
        assertThat(a.imageUrl()).isEqualTo("https://www.frontier-chronicle.example/media/2024/03/istanbul-scene.jpg");
        assertThat(a.canonicalUrl())
                .isEqualTo("https://www.frontier-chronicle.example/world/2024/03/12/former-afghan-commander-shot-dead-istanbul");
    }

    @Test
    void readsRightToLeftPersianWithoutMangling() throws IOException {
        Article a = EXTRACTOR.extract(fixture("persian-rtl.html"), null, "https://news.example/fa/12345");

        assertThat(a.text()).startsWith("یک افسر پیشین ارتش جمهوری اسلامی افغانستان شامگاه یکشنبه")
                .contains("محله‌های") // the zero-width non-joiner of Persian spelling survives
                .endsWith("عفو عمومی برای نظامیان پیشین همچنان پابرجاست.")
                .doesNotContain("صفحه اصلی", "اشتراک‌گذاری", "تمامی حقوق");
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.language()).isEqualTo("fa");
        assertThat(a.title()).isEqualTo("ترور یک افسر پیشین ارتش افغانستان در مشهد");
        assertThat(a.authors()).containsExactly("مریم حسینی");
        assertThat(a.section()).isEqualTo("افغانستان");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2024-02-05T14:30:00+03:30"));
        assertThat(a.siteName()).isEqualTo("خبرگزاری نمونه");
    }

    @Test
    void decodesLatin1DeclaredPageAsWindows1252() throws IOException {
        Article a = EXTRACTOR.extract(fixture("windows-1252.html"), null, "https://journal.example/monde/afghans");

        assertThat(a.title()).isEqualTo("Réfugiés afghans : l’inquiétude grandit à Paris");
        assertThat(a.text()).contains("Les associations d’aide aux réfugiés afghans s’inquiètent")
                .contains("« Nous recevons chaque semaine de nouveaux témoignages »")
                .contains("depuis le début de l’année — certains")
                .doesNotContain("\uFFFD", "Accueil", "tous droits réservés");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2024-04-03T00:00Z"));
    }

    @Test
    void byteOrderMarkOverridesAWrongHeader() throws IOException {
        Article a = EXTRACTOR.extract(fixture("bom-utf8.html"), "text/html; charset=ISO-8859-1", "https://x.example/a");

        assertThat(a.title()).isEqualTo("Exiles speak out – “we are not safe”");
        assertThat(a.text()).startsWith("Former officials now living in Germany say they feel watched. “Every time");
    }

    @Test
    void headerCharsetWinsOverTheBytesGuess() throws IOException {
        // the bytes are windows-1256 Arabic, but a header that says so must be taken at its word
        Article a = EXTRACTOR.extract(fixture("windows-1256-undeclared.html"), "text/html; charset=windows-1256",
                "https://x.example/ar");

        assertThat(a.text()).startsWith("قُتل مسؤول أفغاني سابق بالرصاص");
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void guessesLegacyArabicAndCyrillicCodePagesWhenNothingIsDeclared() throws IOException {
        Article arabic = EXTRACTOR.extract(fixture("windows-1256-undeclared.html"), null, "https://x.example/ar");
        Article russian = EXTRACTOR.extract(fixture("windows-1251-undeclared.html"), "text/html", "https://x.example/ru");

        assertThat(arabic.title()).isEqualTo("مقتل مسؤول أفغاني سابق في إسطنبول");
        assertThat(arabic.text()).contains("ونفى متحدث باسم حركة طالبان");
        assertThat(russian.title()).isEqualTo("Бывший афганский офицер убит в Москве");
        assertThat(russian.text()).startsWith("Бывший офицер афганской армии был застрелен");
        assertThat(russian.language()).isEqualTo("ru");
    }

    @Test
    void readsAnOldTableLayoutWithLineBreakParagraphs() throws IOException {
        Article a = EXTRACTOR.extract(fixture("table-layout-br.html"), "text/html", "http://kabulweekly.example/2023/05/02.html");

        String[] paragraphs = a.text().split("\n\n");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs[0]).startsWith("The family of a former Afghan police officer living in Peshawar");
        assertThat(paragraphs[3]).endsWith("makes them reluctant to approach the authorities.");
        assertThat(a.text()).doesNotContain("Salang", "Politics", "Print", "Copyright");
        assertThat(a.title()).isEqualTo("Refugee family threatened in Peshawar");
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2023-05-02T00:00Z"));
    }

    @Test
    void usesThePublishersJsonLdBodyWhenTheMarkupHoldsOnlyATeaser() {
        String html = "<html><head><title>Wall</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Wall\",\"articleBody\":"
                + "\"The provincial council confirmed on Tuesday that the former district chief had been detained at a checkpoint.\\n"
                + "Relatives said he had returned from Iran two weeks earlier after receiving assurances of safety.\\n"
                + "Local elders have asked for his release and for access by the human rights commission.\"}"
                + "</script></head><body><div id=\"app\"><p>Subscribe to read the full story.</p></div></body></html>";
        Article a = EXTRACTOR.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "https://x.example/w");

        assertThat(a.text().split("\n\n")).containsExactly(
                "The provincial council confirmed on Tuesday that the former district chief had been detained at a checkpoint.",
                "Relatives said he had returned from Iran two weeks earlier after receiving assurances of safety.",
                "Local elders have asked for his release and for access by the human rights commission.");
    }

    @Test
    void authorNamesLoseTheirAffiliationsAndProfileLinks() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Jill Disis, CNN Business\"},"
                + "{\"@type\":\"Person\",\"name\":\"By Ahmad Wali\"},"
                + "\"https://news.example/authors/staff\"]}</script></head><body><p>Text.</p></body></html>";
        Article a = EXTRACTOR.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "https://x.example/a");

        assertThat(a.authors()).containsExactly("Jill Disis", "Ahmad Wali");
    }

    @Test
    void pageWithoutProseStillYieldsItsText() {
        String html = "<html><head><title>Notice</title></head><body><div><span>Office closed</span>\n"
                + "<span>until Monday</span></div></body></html>";
        Article a = EXTRACTOR.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "https://x.example/n");

        assertThat(a.text()).isEqualTo("Office closed until Monday");
        assertThat(a.title()).isEqualTo("Notice");
        assertThat(a.authors()).isEmpty();
        assertThat(a.published()).isNull();
    }

    @Test
    void binaryOrBrokenInputDoesNotThrow() {
        byte[] noise = new byte[4096];
        new java.util.Random(42).nextBytes(noise);
        byte[] truncated = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(EXTRACTOR.extract(noise, "application/octet-stream", "https://x.example/blob").text()).isNotNull();
        Article cut = EXTRACTOR.extract(truncated, null, "https://x.example/cut");
        assertThat(cut.text()).isEmpty();
        assertThat(cut.published()).isNull();
    }

    @Test
    void emptyBodyGivesEmptyTextAndTitle() {
        Article a = EXTRACTOR.extract(new byte[0], null, null);

        assertThat(a.text()).isEmpty();
        assertThat(a.title()).isEmpty();
        assertThat(a.language()).isNull();
    }
}
