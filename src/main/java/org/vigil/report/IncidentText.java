package org.vigil.report;

import org.vigil.incident.Incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The words a briefing uses for incident fields: one place, so table, sections and charts agree. */
final class IncidentText {

    /** Briefing order: by start date (undated last), then id, so the same data always gives the same order. */
    static final Comparator<Incident> ORDER = Comparator
            .comparing((Incident i) -> i.date() == null || i.date().start() == null ? "\uFFFF" : i.date().start())
            .thenComparing(Incident::id);

    private IncidentText() {
    }

    /** {@code ATTEMPTED_ASSASSINATION} -> "attempted assassination". */
    static String words(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String date(Incident.When when) {
        if (when == null || when.start() == null) {
            return "date unknown";
        }
        return when.end() == null || when.end().equals(when.start()) ? when.start() : when.start() + " – " + when.end();
    }

    static String dateWithPrecision(Incident.When when) {
        String precision = when == null ? "unknown" : words(when.precision());
        return date(when) + " (precision: " + precision + ")";
    }

    static String place(Incident.Place place) {
        if (place == null) {
            return "place unknown";
        }
        String joined = Stream.of(place.district(), place.city(), place.admin1(), countryName(place))
                .filter(IncidentText::present).distinct().collect(Collectors.joining(", "));
        return joined.isEmpty() ? "place unknown" : joined;
    }

    /** The host country as a word, for grouping and charts; "Unknown" when not known. */
    static String country(Incident incident) {
        String name = countryName(incident.place());
        return name == null ? "Unknown" : name;
    }

    private static String countryName(Incident.Place place) {
        if (place == null) {
            return null;
        }
        return present(place.country()) ? place.country() : present(place.countryCode()) ? place.countryCode() : null;
    }

    /** Short label for the map: city, else admin1, else country. */
    static String locality(Incident.Place place) {
        if (place == null) {
            return "";
        }
        return present(place.city()) ? place.city() : present(place.admin1()) ? place.admin1() : nz(countryName(place));
    }

    static String victimName(Incident.Victim victim) {
        return present(victim.name()) ? victim.name() : "unnamed victim";
    }

    /** "Assassination of Name", "Bombing of A and B", or "Bombing in City" when no victim is named. */
    static String headline(Incident incident) {
        String type = capitalized(words(incident.type()));
        List<String> names = incident.victims().stream().map(Incident.Victim::name).filter(IncidentText::present).toList();
        if (names.isEmpty()) {
            String where = locality(incident.place());
            return where.isEmpty() ? type : type + " in " + where;
        }
        String who = names.size() == 1 ? names.get(0)
                : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
        return type + " of " + who;
    }

    /** Victims with outcomes for the table, at most {@code limit} listed. */
    static String victimsShort(Incident incident, int limit) {
        List<String> parts = new ArrayList<>();
        for (Incident.Victim victim : incident.victims()) {
            if (parts.size() == limit) {
                parts.add("+" + (incident.victims().size() - limit) + " more");
                break;
            }
            parts.add(victimName(victim) + " (" + words(victim.outcome()) + ")");
        }
        return parts.isEmpty() ? "none named" : String.join("; ", parts);
    }

    static String count(Incident.Count count) {
        if (count == null) {
            return "0";
        }
        return count.low() == count.high() ? Integer.toString(count.best())
                : count.best() + " (" + count.low() + "–" + count.high() + ")";
    }

    static int best(Incident.Count count) {
        return count == null ? 0 : count.best();
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
