package org.vigil.report;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a paragraph of logical-order Unicode text into lines ready to draw: shaped into glyphs by
 * the typeface (Arabic-script letters in their contextual forms, characters no font has replaced),
 * wrapped at spaces without hyphenation (a token wider than the line, such as a URL, breaks after
 * {@code / - ? & = _ #} or, failing that, anywhere), and each line put in visual order by the Unicode
 * bidi algorithm.
 */
final class TextLines {

    /** Glyphs of one font in drawing order, and their advance at the line's size. */
    record Run(EmbeddedFont font, int[] glyphs, float width) {
    }

    /** One line in visual (left-to-right drawing) order; {@code rtl} when its paragraph runs right to left. */
    record Line(List<Run> runs, float width, boolean rtl) {
    }

    private TextLines() {
    }

    /** Wraps layout text (labels, fields, table cells): English structure, so the paragraph runs left to right. */
    static List<Line> wrap(String text, Typeface face, float size, float maxWidth) {
        return wrap(text, face, size, maxWidth, false);
    }

    /** One line, however wide (page numbers, map labels). */
    static Line line(String text, Typeface face, float size) {
        List<Line> lines = wrap(text, face, size, Float.MAX_VALUE);
        return lines.isEmpty() ? new Line(List.of(), 0, false) : lines.get(0);
    }

    /**
     * @param detectDirection for text quoted from articles: the paragraph runs right to left when most of
     *                        its letters are right-to-left (a Persian quote), else left to right
     */
    static List<Line> wrap(String text, Typeface face, float size, float maxWidth, boolean detectDirection) {
        Typeface.Shaped shaped = face.shape(normalizeSpace(text));
        String logical = shaped.text();
        List<int[]> spans = breakLines(shaped, size, maxWidth);
        List<Line> lines = new ArrayList<>(spans.size());
        if (!hasRightToLeft(logical)) {
            for (int[] span : spans) {
                int[] order = new int[span[1] - span[0]];
                Arrays.setAll(order, i -> span[0] + i);
                lines.add(line(shaped, order, null, face, size, false));
            }
            return lines;
        }
        Bidi paragraph = new Bidi(logical, detectDirection && mostlyRightToLeft(logical) ? Bidi.RTL : Bidi.LTR);
        boolean rtl = (paragraph.getParaLevel() & 1) == 1;
        for (int[] span : spans) {
            if (span[0] == span[1]) {
                lines.add(new Line(List.of(), 0, rtl));
                continue;
            }
            Bidi line = paragraph.setLine(span[0], span[1]);
            int[] order = line.getVisualMap();
            byte[] levels = new byte[order.length];
            for (int i = 0; i < order.length; i++) {
                levels[i] = line.getLevelAt(order[i]);
                order[i] += span[0];
            }
            lines.add(line(shaped, order, levels, face, size, rtl));
        }
        return lines;
    }

    /**
     * Gathers the glyphs of the characters at {@code order} (visual order) into runs of one font. In
     * right-to-left text ({@code levels} odd) a mirrored character is drawn with its mirror's glyph:
     * "(" opens to the right.
     */
    private static Line line(Typeface.Shaped shaped, int[] order, byte[] levels, Typeface face, float size, boolean rtl) {
        List<Run> runs = new ArrayList<>(2);
        int[] glyphs = new int[order.length];
        int count = 0;
        EmbeddedFont font = null;
        float runWidth = 0;
        float width = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            EmbeddedFont glyphFont = shaped.fonts()[i];
            if (glyphFont == null) {
                continue;
            }
            int glyph = shaped.glyphs()[i];
            float advance = shaped.advances()[i];
            char c = shaped.text().charAt(i);
            if (levels != null && (levels[k] & 1) == 1 && UCharacter.getMirror(c) != c) {
                Typeface.Shaped mirror = face.shape(String.valueOf((char) UCharacter.getMirror(c)));
                glyphFont = mirror.fonts()[0];
                glyph = mirror.glyphs()[0];
                advance = mirror.advances()[0];
            }
            if (glyphFont != font && count > 0) {
                runs.add(new Run(font, Arrays.copyOf(glyphs, count), runWidth * size));
                count = 0;
                runWidth = 0;
            }
            font = glyphFont;
            glyphs[count++] = glyph;
            runWidth += advance;
            width += advance;
        }
        if (count > 0) {
            runs.add(new Run(font, Arrays.copyOf(glyphs, count), runWidth * size));
        }
        return new Line(runs, width * size, rtl);
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
    private static List<int[]> breakLines(Typeface.Shaped shaped, float size, float maxWidth) {
        String text = shaped.text();
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
                float w = shaped.advances()[pos] * size;
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
