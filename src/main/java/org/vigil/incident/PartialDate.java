package org.vigil.incident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO date that may be partial ({@code 2025-12-03}, {@code 2025-12} or {@code 2025}), seen as the
 * range of days it covers. Comparing partial dates by their ranges is what keeps a month-precision
 * report ("in December") compatible with a day-precision one ("on 3 December").
 *
 * @param first the first day the date covers
 * @param last  the last day the date covers
 */
public record PartialDate(LocalDate first, LocalDate last) {

    public PartialDate {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends before it starts: " + first + ".." + last);
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; empty for null, blank or anything else. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new PartialDate(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new PartialDate(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The days an incident date covers: from the first day of {@code start} to the last day of
     * {@code end} (or of {@code start} when there is no end). Empty when the start is unknown.
     */
    public static Optional<PartialDate> of(Incident.When when) {
        if (when == null) {
            return Optional.empty();
        }
        Optional<PartialDate> start = parse(when.start());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> end = parse(when.end());
        LocalDate last = end.map(PartialDate::last).filter(d -> !d.isBefore(start.get().first()))
                .orElse(start.get().last());
        return Optional.of(new PartialDate(start.get().first(), last));
    }

    /** Days from the end of the earlier range to the start of the later one; 0 when they overlap. */
    public long gapDays(PartialDate other) {
        if (other.first.isAfter(last)) {
            return other.first.toEpochDay() - last.toEpochDay();
        }
        if (first.isAfter(other.last)) {
            return first.toEpochDay() - other.last.toEpochDay();
        }
        return 0;
    }

    public boolean overlaps(PartialDate other) {
        return !other.first.isAfter(last) && !first.isAfter(other.last);
    }

    /** True when every day of {@code other} lies within this range. */
    public boolean contains(PartialDate other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }
}
