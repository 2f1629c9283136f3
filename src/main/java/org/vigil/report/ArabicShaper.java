package org.vigil.report;

import java.util.HashMap;
import java.util.Map;

/**
 * Contextual shaping of Arabic-script text (Arabic, Persian, Pashto, Urdu) into Unicode presentation
 * forms, in logical order. Fonts are drawn glyph by glyph here, without an OpenType shaping engine,
 * so each letter must already be the isolated, final, initial or medial form its neighbours call for.
 *
 * <p>Unlike ICU's {@code ArabicShaping}, the table covers the letters of Arabic Presentation Forms-A
 * (Persian peh, tcheh, jeh, keheh, gaf, farsi yeh, Urdu and Pashto letters), so Persian names join.
 * Letters Unicode gives no presentation forms for (Pashto U+067C, U+0681, U+0685, U+069A, U+06AB,
 * U+06BC and the right-joining U+0689, U+0693, U+0696, U+06CD) can only be drawn in their nominal
 * form: they break the join on both sides, like a zero-width non-joiner, so that no neighbour
 * reaches out with a stroke that meets nothing. Presentation forms stay extractable: PDF text
 * extraction maps them back to the nominal letters (compatibility decomposition).
 */
final class ArabicShaper {

    private static final char ZWJ = '\u200D';
    private static final char TATWEEL = '\u0640';

    /** Joining behaviour of one letter: R joins only to the letter before it, D on both sides. */
    private record Letter(boolean dual, char isolated, char fin, char initial, char medial) {
    }

    private static final Map<Character, Letter> LETTERS = new HashMap<>();

    static {
        // Arabic Presentation Forms-B: isolated form of each letter, then its final (+ initial, medial)
        right('\u0622', 0xFE81); right('\u0623', 0xFE83); right('\u0624', 0xFE85); right('\u0625', 0xFE87);
        dual('\u0626', 0xFE89); right('\u0627', 0xFE8D); dual('\u0628', 0xFE8F); right('\u0629', 0xFE93);
        dual('\u062A', 0xFE95); dual('\u062B', 0xFE99); dual('\u062C', 0xFE9D); dual('\u062D', 0xFEA1);
        dual('\u062E', 0xFEA5); right('\u062F', 0xFEA9); right('\u0630', 0xFEAB); right('\u0631', 0xFEAD);
        right('\u0632', 0xFEAF); dual('\u0633', 0xFEB1); dual('\u0634', 0xFEB5); dual('\u0635', 0xFEB9);
        dual('\u0636', 0xFEBD); dual('\u0637', 0xFEC1); dual('\u0638', 0xFEC5); dual('\u0639', 0xFEC9);
        dual('\u063A', 0xFECD); dual('\u0641', 0xFED1); dual('\u0642', 0xFED5); dual('\u0643', 0xFED9);
        dual('\u0644', 0xFEDD); dual('\u0645', 0xFEE1); dual('\u0646', 0xFEE5); dual('\u0647', 0xFEE9);
        right('\u0648', 0xFEED); dual('\u064A', 0xFEF1);
        LETTERS.put('\u0649', new Letter(true, '\uFEEF', '\uFEF0', '\uFBE8', '\uFBE9'));
        LETTERS.put('\u0621', new Letter(false, '\uFE80', '\uFE80', '\uFE80', '\uFE80'));
        // Arabic Presentation Forms-A: Persian, Urdu, Pashto, Sindhi letters
        right('\u0671', 0xFB50); dual('\u067B', 0xFB52); dual('\u067E', 0xFB56); dual('\u0680', 0xFB5A);
        dual('\u067A', 0xFB5E); dual('\u067F', 0xFB62); dual('\u0679', 0xFB66); dual('\u06A4', 0xFB6A);
        dual('\u06A6', 0xFB6E); dual('\u0684', 0xFB72); dual('\u0683', 0xFB76); dual('\u0686', 0xFB7A);
        dual('\u0687', 0xFB7E); right('\u068D', 0xFB82); right('\u068C', 0xFB84); right('\u068E', 0xFB86);
        right('\u0688', 0xFB88); right('\u0698', 0xFB8A); right('\u0691', 0xFB8C); dual('\u06A9', 0xFB8E);
        dual('\u06AF', 0xFB92); dual('\u06B3', 0xFB96); dual('\u06B1', 0xFB9A); right('\u06BA', 0xFB9E);
        dual('\u06BB', 0xFBA0); right('\u06C0', 0xFBA4); dual('\u06C1', 0xFBA6); dual('\u06BE', 0xFBAA);
        right('\u06D2', 0xFBAE); right('\u06D3', 0xFBB0); dual('\u06AD', 0xFBD3); right('\u06C7', 0xFBD7);
        right('\u06C6', 0xFBD9); right('\u06C8', 0xFBDB); right('\u06CB', 0xFBDE); right('\u06C5', 0xFBE0);
        right('\u06C9', 0xFBE2); dual('\u06D0', 0xFBE4); dual('\u06CC', 0xFBFC);
    }

    private static void right(char letter, int isolated) {
        LETTERS.put(letter, new Letter(false, (char) isolated, (char) (isolated + 1), (char) isolated, (char) (isolated + 1)));
    }

    private static void dual(char letter, int isolated) {
        LETTERS.put(letter, new Letter(true, (char) isolated, (char) (isolated + 1), (char) (isolated + 2), (char) (isolated + 3)));
    }

    /** Lam followed by an alef becomes one ligature: isolated and final forms, by alef. */
    private static final Map<Character, char[]> LAM_ALEF = Map.of(
            '\u0622', new char[]{'\uFEF5', '\uFEF6'},
            '\u0623', new char[]{'\uFEF7', '\uFEF8'},
            '\u0625', new char[]{'\uFEF9', '\uFEFA'},
            '\u0627', new char[]{'\uFEFB', '\uFEFC'});

    private ArabicShaper() {
    }

    static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                return true;
            }
        }
        return false;
    }

    /** Shapes {@code text} (logical order); other scripts pass through unchanged. */
    static String shape(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Letter letter = LETTERS.get(c);
            if (letter == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsForward(previousBase(text, i));
            int next = nextBase(text, i);
            char after = next < 0 ? 0 : text.charAt(next);
            if (c == '\u0644' && LAM_ALEF.containsKey(after)) {
                char[] ligature = LAM_ALEF.get(after);
                out.append(joinsBefore ? ligature[1] : ligature[0]);
                out.append(text, i + 1, next); // marks between lam and alef
                i = next;
                continue;
            }
            boolean joinsAfter = letter.dual() && joinsBackward(after);
            out.append(joinsBefore
                    ? (joinsAfter ? letter.medial() : letter.fin())
                    : (joinsAfter ? letter.initial() : letter.isolated()));
        }
        return out.toString();
    }

    private static boolean joinsForward(char c) {
        if (c == ZWJ || c == TATWEEL) {
            return true;
        }
        Letter letter = LETTERS.get(c);
        return letter != null && letter.dual();
    }

    private static boolean joinsBackward(char c) {
        return c == ZWJ || c == TATWEEL || (LETTERS.containsKey(c) && c != '\u0621');
    }

    /** Combining marks are transparent to joining. */
    private static boolean transparent(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DD' && c != '\u06DE');
    }

    private static char previousBase(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return 0;
    }

    private static int nextBase(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }
}
