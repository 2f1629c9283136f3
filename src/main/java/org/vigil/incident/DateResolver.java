package org.vigil.incident;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the date expressions of a sentence and resolves them to an {@link Incident.When}.
 * The vocabulary (months, weekdays, number words, relative phrases) lives in
 * {@code incident/dates.tsv}; this class only holds the grammar that combines it:
 * <ul>
 *   <li>absolute: "3 December 2025", "December 3", "in September 2024", "in 2023";</li>
 *   <li>weekdays: "on Wednesday evening" = the latest Wednesday on or before publication;</li>
 *   <li>relative to publication: "last week", "earlier this month", "two days ago";</li>
 *   <li>relative to the incident being described: "four months earlier" (approximate).</li>
 * </ul>
 * Without a publication date a relative phrase keeps its phrase and precision, never an invented
 * value. Immutable and thread-safe.
 */
public final class DateResolver {

    /** One date expression found in a sentence; offsets are relative to the sentence. */
    public record Mention(int start, int end, Incident.When when) {
    }

    private enum Kind { SOLAR_DAY_MONTH, SOLAR_MONTH, DAY_MONTH, MONTH_DAY, MONTH, YEAR, WEEKDAY, RELATIVE, COUNTED }

    private static final Pattern ABBREVIATED = Pattern.compile("(?i)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");
    private final Map<String, Integer> months = new LinkedHashMap<>();
    /** Months of the Solar Hijri calendar of Iran and Afghanistan, by their Iranian and their Dari names. */
    private final Map<String, Integer> solarMonths = new LinkedHashMap<>();
    private final Map<String, Integer> weekdays = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, String> directions = new LinkedHashMap<>();
    private final Map<String, String> relatives = new LinkedHashMap<>();
    private final List<Map.Entry<Kind, Pattern>> grammar = new ArrayList<>();

    public DateResolver() {
        Lexicon lexicon = Lexicon.load("incident/dates.tsv");
        lexicon.entries("month").forEach((w, v) -> months.put(key(w), Integer.parseInt(v)));
        lexicon.entries("solar_month").forEach((w, v) -> solarMonths.put(key(w), Integer.parseInt(v)));
        lexicon.entries("weekday").forEach((w, v) -> weekdays.put(key(w), Integer.parseInt(v)));
        lexicon.entries("number").forEach((w, v) -> numbers.put(key(w), Integer.parseInt(v)));
        lexicon.entries("unit").forEach((w, v) -> units.put(key(w), v));
        lexicon.entries("direction").forEach((w, v) -> directions.put(key(w), v));
        lexicon.entries("relative").forEach((w, v) -> relatives.put(key(w), v));

        String month = "(?<month>" + alternation(months) + ")";
        String weekday = "(?<weekday>" + alternation(weekdays) + ")";
        String day = "(?<day>\\p{Nd}{1,2})(?:st|nd|rd|th)?";
        String year = "(?<year>(?:19|20|۱۹|۲۰)\\p{Nd}\\p{Nd})";
        String on = "(?:(?:on|early on|late on|in the early hours of|overnight on|by)\\s+)?";
        String weekdayPrefix = "(?:" + alternation(weekdays) + ",?\\s+)?";
        String partOfDay = "(?:\\s+(?:morning|afternoon|evening|night))?";
        String monthPrefix = "(?:(?:in|since|during|on|of|by|until|early|mid|late|mid-|early-|late-)\\s*)*";
        // "۱۲ آبان ۱۴۰۴", "12 Aban 1404", "در ماه حوت": Persian reports date by the solar calendar.
        String solarMonth = "(?<smonth>" + alternation(solarMonths) + ")";
        String solarYear = "(?<syear>(?:13|14|۱۳|۱۴)\\p{Nd}\\p{Nd})";
        // "۱۶ عقرب (آبان) ۱۴۰۵": a Dari month may be followed by its Iranian name in brackets.
        grammar.add(Map.entry(Kind.SOLAR_DAY_MONTH, compile("(?<sday>\\p{Nd}{1,2})\\s+(?:ماه\\s+)?" + solarMonth
                + "(?:\\s*\\(" + alternation(solarMonths) + "\\))?(?:\\s+(?:سال\\s+)?" + solarYear + ")?")));
        // A month name alone is too often a word ("tir" is also a bullet, "Asad" a name): it needs "month" or a year.
        grammar.add(Map.entry(Kind.SOLAR_MONTH, compile("(?:(?:ماه|month of)\\s+" + solarMonth + "(?:\\s+(?:سال\\s+)?" + solarYear
                + ")?|" + solarMonth.replace("smonth", "smonth2") + "\\s+(?:سال\\s+)?" + solarYear.replace("syear", "syear2") + ")")));
        grammar.add(Map.entry(Kind.DAY_MONTH, compile(on + weekdayPrefix + day + "\\s+(?:of\\s+)?" + month
                + "(?:,?\\s+" + year + ")?" + partOfDay)));
        grammar.add(Map.entry(Kind.MONTH_DAY, compile(on + weekdayPrefix + month + "\\s+" + day
                + "(?:,?\\s+" + year + ")?" + partOfDay)));
        grammar.add(Map.entry(Kind.COUNTED, compile("(?<number>" + alternation(numbers) + "|\\p{Nd}{1,2})\\s+(?<unit>"
                + alternation(units) + ")\\s+(?<direction>" + alternation(directions) + ")")));
        grammar.add(Map.entry(Kind.RELATIVE, compile("(?<relative>" + alternation(relatives) + ")")));
        grammar.add(Map.entry(Kind.WEEKDAY, compile("(?:(?:on|last|this|late on|early on|late|early)\\s+)?"
                + weekday + "(?:\\s+(?:morning|afternoon|evening|night))?" + "(?:\\s+روز|\\s+شب)?")));
        grammar.add(Map.entry(Kind.MONTH, compile(monthPrefix + month + "(?:\\s+(?:of\\s+)?" + year + ")?")));
        // "in 2023", and "the 2023 killing of": a year before the noun of what happened then.
        grammar.add(Map.entry(Kind.YEAR, compile("(?:(?:in|since|during|early|late)\\s+|(?<=\\bthe\\s)(?=\\p{Nd}{4}\\s+\\p{L}))+" + year)));
    }

    /**
     * All date expressions of a sentence, left to right, longest first where they overlap.
     *
     * @param published publication date of the article, or null
     * @param anchor    date of the incident the sentence is about, for "four months earlier"; may be null
     */
    public List<Mention> find(String sentence, LocalDate published, LocalDate anchor) {
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[sentence.length() + 1];
        for (Map.Entry<Kind, Pattern> rule : grammar) {
            Matcher m = rule.getValue().matcher(sentence);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end()) || !monthNameCapitalised(rule.getKey(), m)) {
                    continue;
                }
                Optional<Incident.When> when = resolve(rule.getKey(), m, published, anchor);
                if (when.isPresent()) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new Mention(m.start(), m.end(), when.get()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The first date expression of a sentence, if any. */
    public Optional<Incident.When> resolve(String sentence, LocalDate published, LocalDate anchor) {
        return find(sentence, published, anchor).stream().findFirst().map(Mention::when);
    }

    private Optional<Incident.When> resolve(Kind kind, Matcher m, LocalDate published, LocalDate anchor) {
        String phrase = m.group().trim();
        switch (kind) {
            case SOLAR_DAY_MONTH, SOLAR_MONTH -> {
                return solar(m, kind == Kind.SOLAR_DAY_MONTH, published, phrase);
            }
            case DAY_MONTH, MONTH_DAY -> {
                int month = months.get(key(m.group("month")));
                int day = Integer.parseInt(m.group("day"));
                if (day < 1 || day > 31) {
                    return Optional.empty();
                }
                Integer year = m.group("year") != null ? Integer.valueOf(m.group("year")) : null;
                if (year == null && published == null) {
                    return Optional.of(new Incident.When(null, null, Incident.DatePrecision.DAY, phrase));
                }
                int y = year != null ? year : published.getYear();
                if (day > YearMonth.of(y, month).lengthOfMonth()) {
                    return Optional.empty();
                }
                LocalDate date = LocalDate.of(y, month, day);
                if (year == null && date.isAfter(published)) {
                    date = date.minusYears(1);
                }
                return Optional.of(day(date, phrase));
            }
            case MONTH -> {
                // "Jan", "Dec." alone are as often names ("Sher Jan Marri") as months: abbreviations need a year.
                if (m.group("year") == null && ABBREVIATED.matcher(m.group("month")).matches()) {
                    return Optional.empty();
                }
                int month = months.get(key(m.group("month")));
                if (m.group("year") != null) {
                    return Optional.of(month(YearMonth.of(Integer.parseInt(m.group("year")), month), phrase));
                }
                if (published == null) {
                    return Optional.of(new Incident.When(null, null, Incident.DatePrecision.MONTH, phrase));
                }
                YearMonth ym = YearMonth.of(published.getYear(), month);
                if (ym.isAfter(YearMonth.from(published))) {
                    ym = ym.minusYears(1);
                }
                return Optional.of(month(ym, phrase));
            }
            case YEAR -> {
                String y = m.group("year");
                return Optional.of(new Incident.When(y, y, Incident.DatePrecision.YEAR, phrase));
            }
            case WEEKDAY -> {
                if (published == null) {
                    return Optional.of(new Incident.When(null, null, Incident.DatePrecision.DAY, phrase));
                }
                DayOfWeek dow = DayOfWeek.of(weekdays.get(key(m.group("weekday"))));
                LocalDate date = published.with(TemporalAdjusters.previousOrSame(dow));
                if (phrase.toLowerCase(Locale.ROOT).startsWith("last ") && date.equals(published)) {
                    date = date.minusWeeks(1);
                }
                return Optional.of(day(date, phrase));
            }
            case RELATIVE -> {
                String[] spec = relatives.get(key(m.group("relative"))).split(" ");
                return Optional.of(shift(published, spec[0], Integer.parseInt(spec[1]), phrase));
            }
            case COUNTED -> {
                String count = m.group("number");
                int n = count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : numbers.get(key(count));
                String unit = units.get(key(m.group("unit")));
                String[] direction = directions.get(key(m.group("direction"))).split(" ");
                LocalDate base = direction[1].equals("incident") && anchor != null ? anchor : published;
                // Precision is the unit counted in, so "four months earlier" is only month-precise.
                return Optional.of(shift(base, unit, n * Integer.parseInt(direction[0]), phrase));
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** A Solar Hijri day or month as Gregorian dates; without a year, the latest one on or before publication. */
    private Optional<Incident.When> solar(Matcher m, boolean withDay, LocalDate published, String phrase) {
        String name = m.group("smonth") != null ? m.group("smonth") : m.group("smonth2");
        int month = solarMonths.get(key(name));
        Integer day = withDay ? Integer.valueOf(m.group("sday")) : null;
        if (day != null && (day < 1 || day > (month <= 6 ? 31 : 30))) {
            return Optional.empty();
        }
        Incident.DatePrecision precision = day == null ? Incident.DatePrecision.MONTH : Incident.DatePrecision.DAY;
        String written = withDay ? m.group("syear") : m.group("syear") != null ? m.group("syear") : m.group("syear2");
        Integer year = written == null ? null : Integer.valueOf(written);
        if (year == null && published == null) {
            return Optional.of(new Incident.When(null, null, precision, phrase));
        }
        int y = year != null ? year : solarYear(published);
        LocalDate first = gregorian(y, month, day == null ? 1 : day);
        if (year == null && first.isAfter(published)) {
            y--;
            first = gregorian(y, month, day == null ? 1 : day);
        }
        if (day != null) {
            return Optional.of(day(first, phrase));
        }
        // A solar month straddles two Gregorian months: keep both ends, at month precision.
        LocalDate last = gregorian(month == 12 ? y + 1 : y, month == 12 ? 1 : month + 1, 1).minusDays(1);
        return Optional.of(new Incident.When(YearMonth.from(first).toString(), YearMonth.from(last).toString(),
                Incident.DatePrecision.MONTH, phrase));
    }

    private static LocalDate gregorian(int year, int month, int day) {
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.clear();
        calendar.set(year, month - 1, day);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), 86_400_000L));
    }

    private static int solarYear(LocalDate date) {
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE);
        calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L);
        return calendar.get(PersianCalendar.EXTENDED_YEAR);
    }

    private static Incident.When shift(LocalDate base, String unit, int offset, String phrase) {
        Incident.DatePrecision precision = Incident.DatePrecision.valueOf(unit.toUpperCase(Locale.ROOT));
        if (base == null) {
            return new Incident.When(null, null, precision, phrase);
        }
        return switch (unit) {
            case "day" -> day(base.plusDays(offset), phrase);
            case "week" -> {
                LocalDate monday = base.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate sunday = monday.plusDays(6);
                LocalDate end = sunday.isAfter(base) && offset >= 0 ? base : sunday;
                yield new Incident.When(monday.toString(), end.toString(), Incident.DatePrecision.WEEK, phrase);
            }
            case "month" -> month(YearMonth.from(base).plusMonths(offset), phrase);
            case "year" -> {
                String y = String.valueOf(base.getYear() + offset);
                yield new Incident.When(y, y, Incident.DatePrecision.YEAR, phrase);
            }
            default -> throw new IllegalStateException("unknown unit " + unit);
        };
    }

    private static Incident.When day(LocalDate date, String phrase) {
        return new Incident.When(date.toString(), date.toString(), Incident.DatePrecision.DAY, phrase);
    }

    private static Incident.When month(YearMonth ym, String phrase) {
        return new Incident.When(ym.toString(), ym.toString(), Incident.DatePrecision.MONTH, phrase);
    }

    /** "may" and "march" are ordinary words; only their capitalised forms name a month. */
    private static boolean monthNameCapitalised(Kind kind, Matcher m) {
        if (kind != Kind.MONTH && kind != Kind.DAY_MONTH && kind != Kind.MONTH_DAY) {
            return true;
        }
        String month = m.group("month");
        return !Character.isLowerCase(month.charAt(0));
    }

    private static boolean overlaps(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u200c', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String alternation(Map<String, ?> words) {
        return words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E[\\s\\u200c]+\\Q"))
                .collect(Collectors.joining("|"));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
