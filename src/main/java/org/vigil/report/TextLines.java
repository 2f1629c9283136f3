package org.vigil.report;

import com.ibm.icu.text.Bidi;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a paragraph of logical-order Unicode text into lines ready to draw: cleaned of characters
 * the font lacks, Arabic-script letters shaped, wrapped at spaces without hyphenation (a token wider
 * than the line, such as a URL, breaks after {@code / - ? & = _ #} or, failing that, anywhere), and
 * each line put in visual order by the Unicode bidi algorithm.
 */
final class TextLines {

    /** One line in visual (left-to-right drawing) order; {@code rtl} when its paragraph runs right to left. */
    record Line(String visual, float width, boolean rtl) {
    }

    private TextLines() {
    }

    /** Wraps layout text (labels, fields, table cells): English structure, so the paragraph runs left to right. */
    static List<Line> wrap(String text, Typeface face, float size, float maxWidth) {
        return wrap(text, face, size, maxWidth, false);
    }

    /**
     * @param detectDirection for text quoted from articles: the paragraph runs right to left when most of
     *                        its letters are right-to-left (a Persian quote), else left to right
     */
    static List<Line> wrap(String text, Typeface face, float size, float maxWidth, boolean detectDirection) {
        String shaped = clean(ArabicShaper.shape(normalizeSpace(text)), face);
        List<int[]> spans = breakLines(shaped, face, size, maxWidth);
        List<Line> lines = new ArrayList<>(spans.size());
        if (!hasRightToLeft(shaped)) {
            for (int[] span : spans) {
                String line = shaped.substring(span[0], span[1]);
                lines.add(new Line(line, face.width(line, size), false));
            }
            return lines;
        }
        Bidi paragraph = new Bidi(shaped, detectDirection && mostlyRightToLeft(shaped) ? Bidi.RTL : Bidi.LTR);
        boolean rtl = (paragraph.getParaLevel() & 1) == 1;
        for (int[] span : spans) {
            String visual = span[0] == span[1] ? ""
                    : paragraph.setLine(span[0], span[1]).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
            StringBuilder drawable = new StringBuilder(visual.length());
            for (int i = 0; i < visual.length(); i++) {
                drawable.append(face.orReplacement(visual.charAt(i)));
            }
            lines.add(new Line(drawable.toString(), face.width(drawable, size), rtl));
        }
        return lines;
    }

    private static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || c == '\u00A0';
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Drops invisible joiners and other format characters (after shaping has used them), keeps bidi
     * controls for the bidi algorithm, and replaces what the font cannot draw (including characters
     * outside the Basic Multilingual Plane) with a visible replacement.
     */
    private static String clean(String text, Typeface face) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
                if (Character.isHighSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                    out.append(face.orReplacement(Typeface.REPLACEMENT));
                }
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) {
                continue;
            } else {
                out.append(face.orReplacement(c));
            }
        }
        return out.toString();
    }

    private static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u0590' && c <= '\u08FF') || (c >= '\uFB1D' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')
                    || c == '\u200F' || c == '\u202B' || c == '\u202E' || c == '\u2067') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first strong character (the bidi default) would make an English sentence that starts with
     * a Persian name run right to left; a paragraph is right to left only when most of its letters are.
     */
    private static boolean mostlyRightToLeft(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
        }
        return rtl > ltr;
    }

    private static boolean softBreakAfter(char c) {
        return c == '/' || c == '-' || c == '?' || c == '&' || c == '=' || c == '_' || c == '#';
    }

    /** Greedy line breaking on the logical text; returns [start, end) spans without surrounding spaces. */
    private static List<int[]> breakLines(String text, Typeface face, float size, float maxWidth) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            while (start < n && text.charAt(start) == ' ') {
                start++;
            }
            if (start >= n) {
                break;
            }
            float width = 0;
            int pos = start;
            int spaceBreak = -1;
            int softBreak = -1;
            while (pos < n) {
                char c = text.charAt(pos);
                float w = isBidiControl(c) ? 0 : face.width(c, size);
                if (c != ' ' && width + w > maxWidth && pos > start) {
                    break;
                }
                width += w;
                if (c == ' ') {
                    spaceBreak = pos;
                } else if (softBreakAfter(c) && pos + 1 < n && text.charAt(pos + 1) != ' ') {
                    softBreak = pos + 1;
                }
                pos++;
            }
            if (pos >= n) {
                spans.add(new int[]{start, trimEnd(text, start, n)});
                break;
            }
            int end;
            int next;
            if (spaceBreak > start && spaceBreak >= softBreak) {
                end = spaceBreak;
                next = spaceBreak + 1;
            } else if (softBreak > start) {
                end = softBreak;
                next = softBreak;
            } else {
                end = pos;
                next = pos;
            }
            spans.add(new int[]{start, trimEnd(text, start, end)});
            start = next;
        }
        return spans;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }
}
