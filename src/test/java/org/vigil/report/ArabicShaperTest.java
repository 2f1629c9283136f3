package org.vigil.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicShaperTest {

    @Test
    void joinsPersianLettersThatIcuLeavesUnjoined() {
        // gaf initial, lam-alef final ligature, beh initial, zain final, waw isolated, farsi yeh isolated
        assertThat(ArabicShaper.shape("گلابزوی")).isEqualTo("\uFB94\uFEFC\uFE91\uFEB0\uFEED\uFBFC");
        // peh initial, farsi yeh medial, keheh medial, alef final, noon isolated
        assertThat(ArabicShaper.shape("پیکان")).isEqualTo("\uFB58\uFBFF\uFB91\uFE8E\uFEE5");
        // jeh isolated, alef isolated, lam initial, heh final
        assertThat(ArabicShaper.shape("ژاله")).isEqualTo("\uFB8A\uFE8D\uFEDF\uFEEA");
        // tcheh initial, keheh medial, alef final, waw isolated, keheh isolated
        assertThat(ArabicShaper.shape("چکاوک")).isEqualTo("\uFB7C\uFB91\uFE8E\uFEED\uFB8E");
    }

    @Test
    void zeroWidthNonJoinerBreaksTheJoin() {
        // "mi-" prefix of Persian verbs: meem initial, yeh final, then a new word start after the ZWNJ
        assertThat(ArabicShaper.shape("می\u200Cشود")).isEqualTo("\uFEE3\uFBFD\u200C\uFEB7\uFEEE\uFEA9");
    }

    @Test
    void pashtoLettersWithoutPresentationFormsBreakTheJoinCleanly() {
        // Pashto gaf with ring stays nominal; the lam after it starts afresh (isolated), not final
        assertThat(ArabicShaper.shape("ګل")).isEqualTo("\u06AB\uFEDD");
        // dzeh stays nominal, dal isolated, reh isolated, alef isolated, rnoon nominal
        assertThat(ArabicShaper.shape("ځدراڼ")).isEqualTo("\u0681\uFEA9\uFEAD\uFE8D\u06BC");
    }

    @Test
    void leavesOtherScriptsAlone() {
        assertThat(ArabicShaper.shape("Mohammad Gulabzoy, Kabul 2026")).isEqualTo("Mohammad Gulabzoy, Kabul 2026");
    }
}
