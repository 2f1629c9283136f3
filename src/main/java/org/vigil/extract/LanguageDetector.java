package org.vigil.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text as an ISO 639-1 code, with Apache OpenNLP's language detection
 * model (103 languages, trained on the Leipzig corpora) from the
 * {@code org.apache.opennlp:opennlp-models-langdetect} jar.
 *
 * <p>The model is loaded once per class loader and shared: it is immutable, and each thread gets
 * its own detector over it, as OpenNLP detectors keep per-call state.
 */
public final class LanguageDetector {

    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** The model's answers get unreliable on very short texts and gain nothing from very long ones. */
    private static final int MIN_CHARS = 20;
    private static final int MAX_CHARS = 200;
    /** Below this confidence the page's own declaration, if any, is believed instead. */
    private static final double MIN_CONFIDENCE = 0.5;

    /** The model's individual-language codes whose ISO 639-1 code belongs to their macrolanguage. */
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of("cmn", "zh", "nan", "zh", "pes", "fa",
            "ekk", "et", "lvs", "lv", "plt", "mg", "pnb", "pa", "zsm", "ms");

    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageDetector() {
        LanguageDetectorModel model = Holder.MODEL;
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " is not on the classpath (dependency org.apache.opennlp:opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
            }
        }
    }

    /**
     * The language of {@code text}; when the text is too short or the model unsure, the page's
     * declared language ({@code <html lang>}, may be null) if it names one, else the model's best guess
     * for a text long enough, else null.
     */
    public String detect(String text, String declared) {
        String declaredCode = normalizeDeclared(declared);
        String sample = text == null ? "" : text.strip();
        if (sample.length() < MIN_CHARS) {
            return declaredCode;
        }
        if (sample.length() > MAX_CHARS) {
            sample = sample.substring(0, MAX_CHARS);
        }
        Language best = detector.get().predictLanguage(sample);
        String code = toIso1(best.getLang());
        if (code == null || best.getConfidence() < MIN_CONFIDENCE && declaredCode != null) {
            return declaredCode != null ? declaredCode : code;
        }
        return code;
    }

    /** "en-US", "EN", "fa_IR" -> "en", "fa"; null for anything that is not a language code. */
    static String normalizeDeclared(String declared) {
        if (declared == null) {
            return null;
        }
        String code = declared.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))) {
            return code;
        }
        return code.length() == 3 ? toIso1(code) : null;
    }

    static String toIso1(String iso3) {
        String macro = INDIVIDUAL_TO_MACRO.get(iso3);
        return macro != null ? macro : ISO3_TO_ISO1.get(iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            String iso3 = Locale.forLanguageTag(iso1).getISO3Language();
            if (!iso3.isEmpty()) {
                map.put(iso3, iso1);
            }
        }
        return Map.copyOf(map);
    }
}
