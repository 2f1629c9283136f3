package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void detectsLanguagesOfTheRegion() {
        assertThat(DETECTOR.detect("The former commander was shot dead outside his home on Monday evening, police said.", null))
                .isEqualTo("en");
        assertThat(DETECTOR.detect("یک افسر پیشین ارتش افغانستان شامگاه یکشنبه در شهر مشهد به ضرب گلوله افراد ناشناس کشته شد.", null))
                .isEqualTo("fa");
        assertThat(DETECTOR.detect("قُتل مسؤول أفغاني سابق بالرصاص مساء الاثنين أمام منزله في إسطنبول، وفق ما أعلنته الشرطة التركية.", null))
                .isEqualTo("ar");
        assertThat(DETECTOR.detect("د افغانستان پخوانی پوځي قوماندان د دوشنبې په ورځ په کراچۍ ښار کې د نامعلومو وسله والو لخوا ووژل شو. د هغه کورنۍ وايي چې هغه ته له څو میاشتو راهیسې ګواښونه کېدل.", null))
                .isEqualTo("ps");
        assertThat(DETECTOR.detect("ایک سابق افغان فوجی افسر کو کراچی میں نامعلوم مسلح افراد نے گولی مار کر ہلاک کر دیا۔", null))
                .isEqualTo("ur");
        assertThat(DETECTOR.detect("Der ehemalige Kommandeur wurde am Montagabend vor seinem Haus in Hamburg erschossen, teilte die Polizei mit.", null))
                .isEqualTo("de");
        assertThat(DETECTOR.detect("Бывший офицер афганской армии был застрелен неизвестными в понедельник вечером у своего дома.", null))
                .isEqualTo("ru");
    }

    @Test
    void shortTextFallsBackToTheDeclaredLanguage() {
        assertThat(DETECTOR.detect("OK", "ps-AF")).isEqualTo("ps");
        assertThat(DETECTOR.detect("", "EN_us")).isEqualTo("en");
        assertThat(DETECTOR.detect("", null)).isNull();
        assertThat(DETECTOR.detect("", "not a code")).isNull();
    }

    @Test
    void mapsIndividualLanguageCodesToTheirIso6391Macrolanguage() {
        assertThat(LanguageDetector.toIso1("pes")).isEqualTo("fa");
        assertThat(LanguageDetector.toIso1("cmn")).isEqualTo("zh");
        assertThat(LanguageDetector.toIso1("pus")).isEqualTo("ps");
        assertThat(LanguageDetector.toIso1("eng")).isEqualTo("en");
        assertThat(LanguageDetector.toIso1("ceb")).isNull();
    }
}
