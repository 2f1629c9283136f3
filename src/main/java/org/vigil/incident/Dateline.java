package org.vigil.incident;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire-style dateline that opens a story: "QUETTA, Pakistan (Caspian Dispatch) - ",
 * "KABUL, Nov 12 (Reuters) — ", "ISTANBUL – ". It names where the story was filed and who filed
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

    /** The dateline at the start of a text, if the text opens with one. */
    static Optional<Dateline> of(String text) {
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
