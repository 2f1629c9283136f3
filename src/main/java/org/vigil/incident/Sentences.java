package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits extracted article text into sentences that keep their character offsets, so that
 * evidence quotes are exact substrings of {@code article.text()}. Paragraph breaks and list items always end a
 * sentence; within a paragraph a sentence ends at . ! ? (and the Persian ؟) followed by space
 * and an upper-case letter, quote or non-Latin letter, unless the period belongs to a known
 * abbreviation ("Gen.", "Dr.", "U.S.").
 */
final class Sentences {

    record Sentence(int start, int end, String text) {
    }

    // "... قتل سیاسی است.» خانواده ...": a Persian closing guillemet after the stop ends the sentence as ” does.
    private static final Pattern BOUNDARY = Pattern.compile("([.!?؟]+[\"”’')»]*)(?:\\s+(?=[\"“‘(]?[\\p{Lu}\\d]|[\\p{IsArabic}])"
            // "on Wednesday.The stabbing": a lost space after a lower-case word still ends the sentence.
            + "|(?<=\\p{Ll}{3}\\.)(?=\\p{Lu}\\p{Ll}+\\s))");
    /** A blank line, or a line break before a list item ("Key points" bullets often lack a full stop). */
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|\\n(?=[ \\t]*[-•*–][ \\t])");

    private final Set<String> abbreviations;

    Sentences(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher paragraphs = PARAGRAPH.matcher(text);
        int start = 0;
        while (paragraphs.find()) {
            splitParagraph(text, start, paragraphs.start(), sentences);
            start = paragraphs.end();
        }
        splitParagraph(text, start, text.length(), sentences);
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, List<Sentence> out) {
        Matcher m = BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            int end = m.end(1);
            if (m.group(1).startsWith(".") && endsWithAbbreviation(text, start, m.start(1))) {
                continue;
            }
            add(text, start, end, out);
            start = m.end();
        }
        add(text, start, to, out);
    }

    private boolean endsWithAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot + 1);
        return abbreviations.contains(word) || word.matches("(?:\\p{L}\\.)+") || word.matches("\\p{Lu}\\.");
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
