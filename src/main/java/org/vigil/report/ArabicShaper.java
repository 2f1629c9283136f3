package org.vigil.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Cursive joining of Arabic-script text (Arabic, Persian, Pashto, Urdu): which contextual form each
 * letter takes, from the Unicode joining types of the letter and its neighbours (Unicode chapter 9.2,
 * joining data from ICU). The font then supplies the glyph of each form through its own OpenType
 * tables ({@link EmbeddedFont#arabicGlyph}), so every letter the font draws joins, including those
 * Unicode has no presentation forms for (Pashto ګ ځ څ ښ ټ ڼ ډ ړ ږ ۍ).
 */
final class ArabicShaper {

    /** The contextual form of one character; {@link #NONE} for characters that do not join at all. */
    enum Form {
        NONE, ISOLATED, INITIAL, MEDIAL, FINAL
    }

    private ArabicShaper() {
    }

    static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08FF')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF');
    }

    static boolean hasArabic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isArabic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form of each character of {@code text} (logical order). Combining marks are transparent: a
     * letter joins across them. A zero-width joiner or tatweel makes its neighbours join, a zero-width
     * non-joiner (as in Persian "می‌شود") keeps them apart.
     */
    static Form[] forms(CharSequence text) {
        int n = text.length();
        Form[] forms = new Form[n];
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
            types[i] = UCharacter.getIntPropertyValue(text.charAt(i), UProperty.JOINING_TYPE);
        }
        for (int i = 0; i < n; i++) {
            int type = types[i];
            boolean letter = type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                    || type == UCharacter.JoiningType.LEFT_JOINING;
            if (!letter) {
                forms[i] = Form.NONE;
                continue;
            }
            boolean before = joinsBackward(type) && joinsForward(neighbour(types, i, -1));
            boolean after = joinsForward(type) && joinsBackward(neighbour(types, i, 1));
            forms[i] = before ? (after ? Form.MEDIAL : Form.FINAL) : (after ? Form.INITIAL : Form.ISOLATED);
        }
        return forms;
    }

    /** The joining type of the nearest non-transparent character in {@code direction}, or non-joining. */
    private static int neighbour(int[] types, int i, int direction) {
        for (int j = i + direction; j >= 0 && j < types.length; j += direction) {
            if (types[j] != UCharacter.JoiningType.TRANSPARENT) {
                return types[j];
            }
        }
        return UCharacter.JoiningType.NON_JOINING;
    }

    /** Reaches out to the following letter (in logical order). */
    private static boolean joinsForward(int type) {
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.LEFT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Accepts a join from the preceding letter. */
    private static boolean joinsBackward(int type) {
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }
}
