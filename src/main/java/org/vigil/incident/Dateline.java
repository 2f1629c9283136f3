package org.vigil.incident;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire-style dateline that opens a story: "QUETTA, Pakistan (Caspian Dispatch) - ",
 * "KABUL, Nov 12 (Reuters) — ", "ISTANBUL – ", or the South Asian press's "New Delhi: ". It names where the story was filed and who filed
 * it, so its words are never a victim's name; its city is only a weak hint of where the act
 * happened.
 *
 * @param city    the city as written (upper case in most wires)
 * @param country the country after the city, or null
 * @param end     the offset just past the dash and the spaces after it
 */
record Dateline(String city, String country, int end) {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M} .'’/\\-]{2,40}?)"
                    + "(?:,\\s*(\\p{Lu}[\\p{L} .]{1,40}?))?"
                    + "(?:,?\\s*\\p{Lu}\\p{L}{2,8}\\.?\\s\\d{1,2})?"
                    + "(?:\\s*\\([\\p{L}\\p{M} .&'’\\-]{2,40}\\))?"
                    // "NEW DELHI: Their ..." as well as the dash.
                    + "\\s*(?:[—–-]{1,2}|:)\\s+(?=\\S)");

    // "New Delhi: A 46-year-old ...", "Peshawar: Unidentified gunmen ...": a place in title case and a colon.
    private static final Pattern TITLE_CASE = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}):\\s+(?=\\S)");

    /** The dateline at the start of a text in capitals, if the text opens with one. */
    static Optional<Dateline> of(String text) {
        return of(text, name -> false);
    }

    /**
     * The dateline at the start of a text; a title-case opening before a colon ("Kabul: ") counts only
     * when {@code isPlace} knows its words, as "Update: " or "Watch: " would open a text as well.
     */
    static Optional<Dateline> of(String text, Predicate<String> isPlace) {
        Matcher title = TITLE_CASE.matcher(text);
        if (title.find() && isPlace.test(title.group(1))) {
            return Optional.of(new Dateline(title.group(1), null, title.end()));
        }
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        // "KABUL/PESHAWAR": filed from several bureaus; the last is nearest the story.
        String city = m.group(1).substring(m.group(1).lastIndexOf('/') + 1).trim();
        // A headline-like opening in capitals ("UN — ...") is too short to be a place.
        if (city.replaceAll("[^\\p{L}]", "").length() < 3) {
            return Optional.empty();
        }
        String country = m.group(2) == null ? null : m.group(2).trim();
        return Optional.of(new Dateline(city, country, m.end()));
    }
}
