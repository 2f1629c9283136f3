package org.vigil.incident;

import java.util.Optional;

/**
 * The dates an export selects incidents by: {@code --from} and {@code --to}, each optional and each
 * possibly partial ({@code 2025}, {@code 2025-12}, {@code 2025-12-03}). An incident is selected when the
 * range of its {@code date.start} overlaps the range from the first day of {@code from} to the last day
 * of {@code to}: {@code --from 2025-12} selects an incident dated {@code 2025} but not one dated
 * {@code 2025-11}. With a bound given, incidents without a start date are left out (nothing says they
 * are in range).
 */
public record DateRange(PartialDate from, PartialDate to) {

    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new IllegalArgumentException("date range ends (" + to.last() + ") before it starts (" + from.first() + ")");
        }
    }

    /** Parses the bounds as given on the command line; null or blank means unbounded. */
    public static DateRange parse(String from, String to) {
        return new DateRange(bound("from", from), bound("to", to));
    }

    private static PartialDate bound(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return PartialDate.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "--" + name + " '" + text + "' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)"));
    }

    public boolean includes(Incident incident) {
        if (from == null && to == null) {
            return true;
        }
        Optional<PartialDate> start = incident.date() == null ? Optional.empty() : PartialDate.parse(incident.date().start());
        return start.isPresent()
                && (from == null || !start.get().last().isBefore(from.first()))
                && (to == null || !start.get().first().isAfter(to.last()));
    }
}
