package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of capitalised words ("Abdul Wahid Gholami", "Board Bazaar") with their offsets: the raw
 * material for person and place names in languages that capitalise them. A possessive ("Tehran's")
 * ends a run and is remembered, because "X's Y" often reads "district Y of city X".
 */
final class Tokens {

    /** A run of capitalised words; {@code end} excludes a possessive 's. */
    record Run(int start, int end, String text, boolean possessive) {
        int size() {
            return text.split("\\s+").length;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\p{M}\\d\\-'’.]*");
    /** Lower-case particles inside a name ("Fritz von Weizsäcker", "Ahmad bin Ali") when a capital follows. */
    private static final Pattern PARTICLE = Pattern.compile("(?:von|van|der|den|de|del|della|da|di|du|le|la|bin|ibn|ben|al|el|ud|ul) (?=\\p{Lu})");
    private static final Pattern JOIN = Pattern.compile(" (?:(?:von|van|der|den|de|del|della|da|di|du|le|la|bin|ibn|ben|al|el|ud|ul) )*");

    private Tokens() {
    }

    static List<Run> capitalisedRuns(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            // A trailing period ends a sentence unless it belongs to an initial or abbreviation like "Dr."
            if (word.endsWith(".") && !(word.length() <= 4 && Character.isUpperCase(word.charAt(0)))) {
                word = word.substring(0, word.length() - 1);
                end--;
            }
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            boolean joined = runStart >= 0 && JOIN.matcher(text.substring(runEnd, m.start())).matches();
            if (!capital && joined && m.end() == end && PARTICLE.matcher(text).region(m.start(), text.length()).lookingAt()) {
                continue;
            }
            if (!capital) {
                flush(text, runStart, runEnd, runs, false);
                runStart = -1;
                continue;
            }
            if (!joined) {
                flush(text, runStart, runEnd, runs, false);
                runStart = m.start();
            }
            runEnd = end;
            if (word.endsWith("'s") || word.endsWith("’s")) {
                flush(text, runStart, runEnd - 2, runs, true);
                runStart = -1;
            } else if (word.endsWith("'") || word.endsWith("’")) {
                flush(text, runStart, runEnd - 1, runs, true);
                runStart = -1;
            }
        }
        flush(text, runStart, runEnd, runs, false);
        return runs;
    }

    private static void flush(String text, int start, int end, List<Run> runs, boolean possessive) {
        if (start >= 0 && end > start) {
            runs.add(new Run(start, end, text.substring(start, end), possessive));
        }
    }
}
