package org.vigil.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.report.ArabicShaper.Form.FINAL;
import static org.vigil.report.ArabicShaper.Form.INITIAL;
import static org.vigil.report.ArabicShaper.Form.ISOLATED;
import static org.vigil.report.ArabicShaper.Form.MEDIAL;
import static org.vigil.report.ArabicShaper.Form.NONE;

class ArabicShaperTest {

    @Test
    void pashtoLettersJoinLikeEveryOtherLetter() {
        // ګل: gaf with ring initial, lam final
        assertThat(ArabicShaper.forms("ګل")).containsExactly(INITIAL, FINAL);
        // ځدراڼ: dzeh initial, dal final (right-joining), reh, alef and rnoon isolated
        assertThat(ArabicShaper.forms("ځدراڼ")).containsExactly(INITIAL, FINAL, ISOLATED, ISOLATED, ISOLATED);
        // ښکلی: sheen with dot above-below initial, keheh and lam medial, farsi yeh final
        assertThat(ArabicShaper.forms("ښکلی")).containsExactly(INITIAL, MEDIAL, MEDIAL, FINAL);
        // څارنوال: tsheh initial, alef final, reh isolated, noon initial, waw final, alef isolated, lam isolated
        assertThat(ArabicShaper.forms("څارنوال")).containsExactly(INITIAL, FINAL, ISOLATED, INITIAL, FINAL, ISOLATED, ISOLATED);
        // ټولنه: tteheh initial, waw final, lam initial, noon medial, heh final
        assertThat(ArabicShaper.forms("ټولنه")).containsExactly(INITIAL, FINAL, INITIAL, MEDIAL, FINAL);
        // ملګرۍ: meem initial, lam medial, gaf with ring medial, reh final, yeh with tail isolated
        assertThat(ArabicShaper.forms("ملګرۍ")).containsExactly(INITIAL, MEDIAL, MEDIAL, FINAL, ISOLATED);
        // ړنګ and ږغ: reh with ring and zhe with dots start isolated (they join only to what precedes)
        assertThat(ArabicShaper.forms("ړنګ")).containsExactly(ISOLATED, INITIAL, FINAL);
        assertThat(ArabicShaper.forms("ږغ")).containsExactly(ISOLATED, ISOLATED);
        // ډاکټر: ddal isolated, alef isolated, keheh initial, tteheh medial, reh final
        assertThat(ArabicShaper.forms("ډاکټر")).containsExactly(ISOLATED, ISOLATED, INITIAL, MEDIAL, FINAL);
        // the right-joining Pashto letters take their final form after a dual-joining letter
        assertThat(ArabicShaper.forms("بډ بړ بږ بۍ")).containsExactly(INITIAL, FINAL, NONE, INITIAL, FINAL, NONE,
                INITIAL, FINAL, NONE, INITIAL, FINAL);
    }

    @Test
    void persianLettersJoin() {
        // پیکان: peh initial, farsi yeh and keheh medial, alef final, noon isolated
        assertThat(ArabicShaper.forms("پیکان")).containsExactly(INITIAL, MEDIAL, MEDIAL, FINAL, ISOLATED);
        // ژاله: jeh isolated, alef isolated, lam initial, heh final
        assertThat(ArabicShaper.forms("ژاله")).containsExactly(ISOLATED, ISOLATED, INITIAL, FINAL);
        // چگ: tcheh initial, gaf final
        assertThat(ArabicShaper.forms("چگ")).containsExactly(INITIAL, FINAL);
    }

    @Test
    void joinersMarksAndTatweel() {
        // "mi-" prefix of Persian verbs: the zero-width non-joiner ends the join, the next word starts afresh
        assertThat(ArabicShaper.forms("می\u200Cشود")).containsExactly(INITIAL, FINAL, NONE, INITIAL, FINAL, ISOLATED);
        // a vowel mark between two letters does not break their join
        assertThat(ArabicShaper.forms("بَب")).containsExactly(INITIAL, NONE, FINAL);
        // a zero-width joiner makes a lone letter take its joining form
        assertThat(ArabicShaper.forms("ب\u200D")).containsExactly(INITIAL, NONE);
    }

    @Test
    void otherScriptsDoNotJoin() {
        assertThat(ArabicShaper.forms("Kabul 2026")).containsOnly(NONE);
        assertThat(ArabicShaper.hasArabic("Mohammad Gulabzoy, Kabul 2026")).isFalse();
        assertThat(ArabicShaper.hasArabic("also ګل احمد")).isTrue();
    }
}
