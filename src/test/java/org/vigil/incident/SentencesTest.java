package org.vigil.incident;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    private final Sentences sentences = new Sentences(Rules.forLanguage("en").orElseThrow().abbreviations);

    @Test
    void keepsOffsetsIntoTheTextAndParagraphBreaks() {
        String text = "Gen. Abdul Karimi was shot dead. Police said the U.S. embassy was informed.\n\n“They fled,” he said. No group has claimed it.";
        List<Sentences.Sentence> split = sentences.split(text);
        assertThat(split).extracting(Sentences.Sentence::text).containsExactly(
                "Gen. Abdul Karimi was shot dead.", "Police said the U.S. embassy was informed.",
                "“They fled,” he said.", "No group has claimed it.");
        for (Sentences.Sentence s : split) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void splitsPersianOnItsOwnPunctuation() {
        List<Sentences.Sentence> split = sentences.split("او کشته شد. پولیس تحقیق می‌کند؟ بله.");
        assertThat(split).hasSize(3);
    }
}
