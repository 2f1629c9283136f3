package org.vigil.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a briefing covers, both ends inclusive, with the label that names it in file names
 * and in {@code index.json}.
 *
 * <p>Each named period <em>ends</em> on the given date (the nightly run briefs the period that
 * ends today): daily is that day; weekly is the seven days ending on it, labelled with the ISO week
 * ({@code 2026-W48}) when they are exactly Monday to Sunday, else by its first and last day;
 * monthly runs from the first of the month to the date and is labelled {@code 2026-11}, so a
 * month-to-date briefing is replaced by a later one of the same month.
 */
public record Period(LocalDate from, LocalDate to, Kind kind, String label) {

    public enum Kind {
        DAILY, WEEKLY, MONTHLY, CUSTOM;

        /** Lower-case name used in paths and JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.id().equalsIgnoreCase(text.trim())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown period '" + text + "' (expected daily, weekly, monthly or custom)");
        }
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        if (!label.matches("[0-9A-Za-z_-]+")) {
            throw new IllegalArgumentException("period label '" + label + "' is not usable in a file name");
        }
    }

    public static Period daily(LocalDate day) {
        return new Period(day, day, Kind.DAILY, day.toString());
    }

    public static Period weekly(LocalDate end) {
        LocalDate from = end.minusDays(6);
        String label = from.getDayOfWeek() == DayOfWeek.MONDAY
                ? String.format(Locale.ROOT, "%d-W%02d", end.get(IsoFields.WEEK_BASED_YEAR), end.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : from + "_" + end;
        return new Period(from, end, Kind.WEEKLY, label);
    }

    public static Period monthly(LocalDate end) {
        return new Period(end.withDayOfMonth(1), end, Kind.MONTHLY, end.format(MONTH));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(from, to, Kind.CUSTOM, from + "_" + to);
    }

    /** The named period of this kind ending on {@code end}; custom periods need both ends, use {@link #custom}. */
    public static Period ending(Kind kind, LocalDate end) {
        return switch (kind) {
            case DAILY -> daily(end);
            case WEEKLY -> weekly(end);
            case MONTHLY -> monthly(end);
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs --from and --to");
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length immediately before this one: the base of every delta. */
    public Period previous() {
        LocalDate end = from.minusDays(1);
        LocalDate start = end.minusDays(days() - 1);
        return new Period(start, end, Kind.CUSTOM, start + "_" + end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Human form for titles: "24 November 2026" or "18 – 24 November 2026". */
    public String describe() {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
        if (from.equals(to)) {
            return from.format(full);
        }
        DateTimeFormatter start = from.getYear() != to.getYear() ? full
                : from.getMonth() != to.getMonth() ? DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
        return from.format(start) + " – " + to.format(full);
    }
}
