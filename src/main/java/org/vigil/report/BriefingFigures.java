package org.vigil.report;

import org.vigil.incident.Incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The counts a briefing reports for one list of incidents, and the comparison with the previous period. */
final class BriefingFigures {

    /** One key figure with its value in the previous period of the same length. */
    record Figure(String name, long current, long previous) {
        String delta() {
            long d = current - previous;
            return d > 0 ? "+" + d : d < 0 ? "\u2212" + (-d) : "\u00B10";
        }
    }

    final int incidents;
    final int inScope;
    final int killed;
    final int injured;
    final int namedVictims;
    final int sources;
    /** Host country -> incidents, most first, then by name. */
    final Map<String, Long> byCountry;
    final Map<String, Long> byType;

    BriefingFigures(List<Incident> list) {
        incidents = list.size();
        inScope = (int) list.stream().filter(Incident::inScope).count();
        killed = list.stream().mapToInt(i -> IncidentText.best(i.killed())).sum();
        injured = list.stream().mapToInt(i -> IncidentText.best(i.injured())).sum();
        namedVictims = (int) list.stream().flatMap(i -> i.victims().stream()).filter(v -> IncidentText.present(v.name())).count();
        sources = (int) list.stream().flatMap(i -> i.sources().stream()).map(Incident.Source::url).distinct().count();
        byCountry = ranked(list, IncidentText::country);
        byType = ranked(list, i -> IncidentText.words(i.type()));
    }

    private static Map<String, Long> ranked(List<Incident> list, Function<Incident, String> key) {
        Map<String, Long> counts = list.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    List<Figure> compare(BriefingFigures previous) {
        return List.of(
                new Figure("Incidents", incidents, previous.incidents),
                new Figure("Against exiles / cross-border", inScope, previous.inScope),
                new Figure("Killed (best estimate)", killed, previous.killed),
                new Figure("Injured (best estimate)", injured, previous.injured),
                new Figure("Named victims", namedVictims, previous.namedVictims),
                new Figure("Host countries", byCountry.size(), previous.byCountry.size()),
                new Figure("Source articles", sources, previous.sources));
    }

    /** How far before the period's end the timeline reaches at most: a referenced earlier incident may be years old. */
    static final int TIMELINE_DAYS = 92;

    /**
     * Incidents per day they happened, every day present (zero included), from the earliest such day to the end of
     * the period: a briefing holds the incidents first reported in its period, and most happened a day or more before
     * the news reported them. The days reach back {@link #TIMELINE_DAYS} at most, and always cover the period;
     * undated or partial dates are left out.
     */
    static Map<LocalDate, Long> perDay(List<Incident> list, Period period) {
        LocalDate limit = period.to().minusDays(TIMELINE_DAYS - 1);
        LocalDate from = period.from();
        for (Incident incident : list) {
            LocalDate day = day(incident);
            if (day != null && day.isBefore(from) && !day.isBefore(limit)) {
                from = day;
            }
        }
        Map<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(period.to()); d = d.plusDays(1)) {
            days.put(d, 0L);
        }
        for (Incident incident : list) {
            LocalDate day = day(incident);
            if (day != null && days.containsKey(day)) {
                days.merge(day, 1L, Long::sum);
            }
        }
        return days;
    }

    /** The incident's start day when it is a full ISO date, else null. */
    static LocalDate day(Incident incident) {
        if (incident.date() == null || incident.date().start() == null || incident.date().start().length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(incident.date().start());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The cover's paragraph, written from the figures. */
    static String summary(Briefing briefing) {
        BriefingFigures now = new BriefingFigures(briefing.incidents());
        BriefingFigures before = new BriefingFigures(briefing.previousIncidents());
        Period period = briefing.period();
        String span = period.days() == 1 ? "On " + period.describe() : "From " + period.describe().replace(" – ", " to ");
        StringBuilder text = new StringBuilder(span).append(", Vigil recorded ");
        if (now.incidents == 0) {
            text.append("no incidents");
        } else {
            text.append(plural(now.incidents, "incident")).append(" in ").append(plural(now.byCountry.size(), "country", "countries"))
                    .append(" (").append(top(now.byCountry, 4)).append("), ")
                    .append(now.inScope == now.incidents ? "all" : Integer.toString(now.inScope))
                    .append(" of them against exiles or across borders. ")
                    .append(people(now.killed, "person was", "people were")).append(" killed and ")
                    .append(now.injured).append(" injured (best estimates)");
        }
        long days = period.days();
        String previous = "the previous " + (days == 1 ? "day" : days + " days");
        text.append(". ");
        int change = now.incidents - before.incidents;
        if (change == 0) {
            text.append("That is as many incidents as in ").append(previous).append(" (").append(before.incidents).append(")");
        } else {
            text.append("That is ").append(Math.abs(change)).append(change > 0 ? " more" : " fewer").append(" incident")
                    .append(Math.abs(change) == 1 ? "" : "s").append(" than in ").append(previous)
                    .append(" (").append(before.incidents).append("), with ").append(before.killed).append(" killed then");
        }
        text.append(". ");
        if (!now.byType.isEmpty()) {
            Map.Entry<String, Long> first = now.byType.entrySet().iterator().next();
            text.append("The most frequent type was ").append(first.getKey()).append(" (").append(first.getValue()).append("). ");
        }
        text.append("The briefing cites ").append(plural(briefing.sources().size(), "archived article"))
                .append("; the archive holds ").append(plural(briefing.archive().captures(), "capture"))
                .append(" in ").append(plural(briefing.archive().warcFiles(), "WARC file")).append('.');
        return text.toString();
    }

    private static String top(Map<String, Long> counts, int limit) {
        String listed = counts.entrySet().stream().limit(limit)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return counts.size() > limit ? listed + ", …" : listed;
    }

    static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(long n, String one, String many) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? one : many);
    }

    private static String people(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
