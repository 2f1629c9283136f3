package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private final CharsetSniffer sniffer = new CharsetSniffer();

    @Test
    void headerCharsetIsUsedWhenThereIsNoBom() {
        byte[] body = "<meta charset=\"utf-8\"><p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));

        assertThat(sniffer.sniff(body, "text/html; charset=\"windows-1252\"").charset())
                .isEqualTo(Charset.forName("windows-1252"));
        assertThat(sniffer.decode(body, "text/html;charset=windows-1252")).contains("café");
    }

    @Test
    void metaDeclarationIsReadWhenTheHeaderHasNone() {
        byte[] body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(sniffer.sniff(body, "text/html").charset()).isEqualTo(Charset.forName("windows-1251"));
    }

    @Test
    void latin1AndAsciiLabelsMeanWindows1252() {
        byte[] body = "<meta charset=ISO-8859-1><p>\u201cquoted\u201d</p>".getBytes(Charset.forName("windows-1252"));

        assertThat(sniffer.decode(body, null)).contains("\u201cquoted\u201d");
        assertThat(CharsetSniffer.fromLabel("us-ascii")).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void utf16DeclarationInAnAsciiCompatiblePageMeansUtf8() {
        assertThat(CharsetSniffer.fromLabel("UTF-16")).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void unknownLabelFallsBackToDetection() {
        byte[] body = "<meta charset=\"x-no-such-charset\"><p>naïve</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.sniff(body, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16ByteOrderMarksAreRecognised() {
        byte[] le = "\uFEFF<p>hi</p>".getBytes(StandardCharsets.UTF_16LE);

        CharsetSniffer.Result result = sniffer.sniff(le, "text/html; charset=utf-8");
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(sniffer.decode(le, null)).isEqualTo("<p>hi</p>");
    }

    @Test
    void undeclaredNonUtf8LatinTextIsWindows1252() {
        byte[] body = "<p>Se\u00f1or Mu\u00f1oz said \u201cno\u201d to the proposal on Monday.</p>"
                .getBytes(Charset.forName("windows-1252"));

        assertThat(CharsetSniffer.guess(body)).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void passesOverADeclaredCharsetTheBytesContradict() {
        byte[] latin1 = "<p>Le caf\u00e9 \u00e0 Kaboul a \u00e9t\u00e9 ferm\u00e9.</p>".getBytes(
                StandardCharsets.ISO_8859_1);
        assertThat(sniffer.sniff(latin1, "text/html; charset=utf-8").charset().name()).isNotEqualTo("UTF-8");
        byte[] utf8 = "<p>\u06a9\u0627\u0628\u0644</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(sniffer.sniff(utf8, "text/html; charset=utf-8").charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
