package org.vigil.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date-times publishers write: ISO 8601 in its many loose forms, RFC 1123, epoch
 * seconds or milliseconds, and English datelines such as "Nov. 19, 2019 8:03 am ET" or
 * "19 November 2019, 14:05 GMT".
 *
 * <p>A value without a time of day is taken as midnight, and a value without a zone or offset as
 * UTC: the record needs an offset, and UTC is the least wrong guess for a page that does not say.
 * Zone abbreviations are resolved to real zones (ET is New York time, with daylight saving on the
 * date in question).
 */
final class DateText {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])(?:,?\\s+(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

    /** A month name or abbreviation, checked against {@link #MONTHS} after matching. */
    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final String TIME = "(?:[,\\s]+(?:at\\s+|-\\s+|um\\s+|à\\s+|a las\\s+)?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?((?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[a-z]{1,5})\\)?(?![a-z]))?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Day, Solar Hijri month name, year, optionally a time: "۲۱ آبان ۱۴۰۵، ساعت ۲۱:۴۰". */
    private static final Pattern SOLAR_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+([\\p{IsArabic}\\u200C]{2,10})\\s+(\\d{4})(?!\\d)"
                    + "(?:[،,]?\\s*(?:ساعت\\s*)?(\\d{1,2}):(\\d{2}))?");
    private static final Map<String, Integer> SOLAR_MONTHS = months(
            "فروردین حمل", "اردیبهشت ثور", "خرداد جوزا", "تیر سرطان", "مرداد امرداد اسد", "شهریور سنبله",
            "مهر میزان", "آبان عقرب", "آذر قوس", "دی جدی", "بهمن دلو", "اسفند حوت");
    private static final int SOLAR_ANCHOR_YEAR = 1403;
    private static final LocalDate SOLAR_ANCHOR_DATE = LocalDate.of(2024, 3, 20);

    /** Times written before the date, as in "8:03 AM EST, Tue November 19, 2019" or "Updated 14:05 GMT, 19 Nov 2019". */
    private static final Pattern LEADING_TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,5})?\\s*[,|]", Pattern.CASE_INSENSITIVE);

    /**
     * Gregorian month names and abbreviations in English, French, German, Spanish, Portuguese and
     * Italian, and as Arabic, Persian and Dari/Pashto outlets spell them.
     */
    private static final Map<String, Integer> MONTHS = months(
            "jan january janv janvier januar enero janeiro gennaio ene gen يناير ژانویه جنوری",
            "feb february fév févr février fevrier februar febrero fevereiro febbraio fev فبراير فوریه فبروری",
            "mar march mars märz maerz marzo março marco mär مارس مارچ",
            "apr april avr avril abril aprile abr أبريل ابريل آوریل اپریل",
            "may mai mayo maio maggio mag مايو",
            "jun june juin juni junio junho giugno giu يونيو ژوئن جون",
            "jul july juil juillet juli julio julho luglio lug يوليو ژوئیه جولای",
            "aug august août aout agosto ago أغسطس اغسطس اوت آگوست اگست",
            "sep sept september septembre septiembre setiembre setembro settembre set سبتمبر سپتامبر سپتمبر",
            "oct october octobre oktober octubre outubro ottobre okt out ott أكتوبر اكتوبر اکتبر اکتوبر",
            "nov november novembre noviembre novembro نوفمبر نوامبر نومبر",
            "dec december déc décembre decembre dezember diciembre dezembro dicembre dez dic ديسمبر دسامبر دسمبر");

    private static Map<String, Integer> months(String... namesByMonth) {
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < namesByMonth.length; i++) {
            for (String name : namesByMonth[i].split(" ")) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    /** Zone abbreviations in news datelines; those with daylight saving map to a zone, the date decides the offset. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("utc", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC), Map.entry("z", ZoneOffset.UTC),
            Map.entry("et", NEW_YORK), Map.entry("est", NEW_YORK), Map.entry("edt", NEW_YORK),
            Map.entry("ct", CHICAGO), Map.entry("cst", CHICAGO), Map.entry("cdt", CHICAGO),
            Map.entry("mt", DENVER), Map.entry("mst", DENVER), Map.entry("mdt", DENVER),
            Map.entry("pt", LOS_ANGELES), Map.entry("pst", LOS_ANGELES), Map.entry("pdt", LOS_ANGELES),
            Map.entry("bst", LONDON), Map.entry("cet", PARIS), Map.entry("cest", PARIS),
            Map.entry("aest", SYDNEY), Map.entry("aedt", SYDNEY),
            Map.entry("ist", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("pkt", ZoneOffset.ofHours(5)),
            Map.entry("aft", ZoneOffset.ofHoursMinutes(4, 30)), Map.entry("irst", ZoneOffset.ofHoursMinutes(3, 30)),
            Map.entry("jst", ZoneOffset.ofHours(9)), Map.entry("kst", ZoneOffset.ofHours(9)),
            Map.entry("msk", ZoneOffset.ofHours(3)), Map.entry("eet", ZoneId.of("Europe/Athens")),
            Map.entry("eest", ZoneId.of("Europe/Athens")), Map.entry("wib", ZoneOffset.ofHours(7)),
            Map.entry("sgt", ZoneOffset.ofHours(8)), Map.entry("hkt", ZoneOffset.ofHours(8)));

    /** Plausible publication years: older values are typos or placeholders, later ones are not publication dates. */
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private DateText() {
    }

    /** A machine-readable value (attribute, meta content, JSON-LD): the whole string must be a date. */
    static OffsetDateTime parseValue(String value) {
        if (value == null) {
            return null;
        }
        String s = value.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant instant = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return plausible(instant.atOffset(ZoneOffset.UTC));
        }
        return find(s);
    }

    /** The first date found anywhere in a piece of text, or null. */
    static OffsetDateTime find(String text) {
        return find(text, false);
    }

    /**
     * The first date found anywhere in a piece of text, or null. An all-numeric date such as
     * 05/10/2018 is read day first, as most of the world writes it, unless {@code monthFirst} (a US
     * English page) or unless one of the numbers can only be a day.
     */
    static OffsetDateTime find(String rawText, boolean monthFirst) {
        if (rawText == null || rawText.isEmpty()) {
            return null;
        }
        String text = asciiDigits(rawText);
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            OffsetDateTime t = build(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6), null, m.group(7));
            if (t != null) {
                return t;
            }
        }
        OffsetDateTime best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            boolean monthName = p == MONTH_DAY_YEAR;
            m = p.matcher(text);
            while (m.find() && m.start() < bestStart) {
                Integer month = MONTHS.get(m.group(monthName ? 1 : 2).toLowerCase(Locale.ROOT));
                if (month == null) {
                    continue; // a word that is not a month
                }
                int day = Integer.parseInt(m.group(monthName ? 2 : 1));
                OffsetDateTime t = build(Integer.parseInt(m.group(3)), month, day, num(m, 4), num(m, 5), num(m, 6),
                        m.group(7), m.group(8));
                if (t != null && m.group(4) == null) {
                    t = withLeadingTime(text, m.start(), t);
                }
                if (t != null) {
                    best = t;
                    bestStart = m.start();
                    break;
                }
            }
        }
        if (best != null) {
            return best;
        }
        OffsetDateTime solar = solarHijri(text);
        if (solar != null) {
            return solar;
        }
        for (Pattern p : new Pattern[] {SLASHED, COMPACT}) {
            m = p.matcher(text);
            if (m.find()) {
                OffsetDateTime t = build(num(m, 1), num(m, 2), num(m, 3),
                        m.groupCount() > 3 ? num(m, 4) : null, m.groupCount() > 3 ? num(m, 5) : null,
                        m.groupCount() > 3 ? num(m, 6) : null, null, null);
                if (t != null) {
                    return t;
                }
            }
        }
        m = DOTTED.matcher(text);
        if (m.find()) {
            return build(num(m, 3), num(m, 2), num(m, 1), null, null, null, null, null);
        }
        m = NUMERIC_YEAR_LAST.matcher(text);
        if (m.find()) {
            int a = num(m, 1);
            int b = num(m, 2);
            boolean dayFirst = a > 12 || b <= 12 && !monthFirst;
            return build(num(m, 3), dayFirst ? b : a, dayFirst ? a : b, num(m, 4), num(m, 5), null, m.group(6), null);
        }
        return null;
    }

    /** Applies a time of day written just before the date ("8:03 AM EST, Tue November 19, 2019"). */
    private static OffsetDateTime withLeadingTime(String text, int dateStart, OffsetDateTime date) {
        Matcher m = LEADING_TIME.matcher(text);
        m.region(Math.max(0, dateStart - 40), dateStart);
        OffsetDateTime found = null;
        while (m.find()) {
            found = build(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), num(m, 1), num(m, 2), null,
                    m.group(3), m.group(4));
        }
        return found != null ? found : date;
    }

    /** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits as ASCII digits; other text unchanged. */
    static String asciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : c >= '\u0660' && c <= '\u0669' ? c - '\u0660' : -1;
            if (digit >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + digit);
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * A Solar Hijri date as Iranian and Afghan outlets write it, "۲۱ آبان ۱۴۰۵" or "۱۲ عقرب ۱۴۰۳",
     * with Iranian or Afghan (Dari) month names, converted to the Gregorian calendar.
     */
    private static OffsetDateTime solarHijri(String text) {
        Matcher m = SOLAR_DATE.matcher(text);
        while (m.find()) {
            Integer month = SOLAR_MONTHS.get(m.group(2).replace('ي', 'ی').replace('ك', 'ک'));
            int year = Integer.parseInt(m.group(3));
            if (month == null || year < 1300 || year > 1499) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            int monthLength = month <= 6 ? 31 : month <= 11 ? 30 : isSolarLeapYear(year) ? 30 : 29;
            if (day < 1 || day > monthLength) {
                continue;
            }
            LocalDate date = solarNewYear(year).plusDays((month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1);
            return build(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), num(m, 4), num(m, 5), null, null, null);
        }
        return null;
    }

    /** 1 Farvardin of a Solar Hijri year, counted in whole years from a known one (1 Farvardin 1403 = 20 March 2024). */
    private static LocalDate solarNewYear(int year) {
        LocalDate date = SOLAR_ANCHOR_DATE;
        for (int y = SOLAR_ANCHOR_YEAR; y < year; y++) {
            date = date.plusDays(isSolarLeapYear(y) ? 366 : 365);
        }
        for (int y = SOLAR_ANCHOR_YEAR; y > year; y--) {
            date = date.minusDays(isSolarLeapYear(y - 1) ? 366 : 365);
        }
        return date;
    }

    /** The 33-year arithmetic leap rule, which matches the official calendar for the years in question. */
    private static boolean isSolarLeapYear(int year) {
        return Math.floorMod(25 * year + 11, 33) < 8;
    }

    private static Integer num(Matcher m, int group) {
        String g = m.group(group);
        return g == null ? null : Integer.valueOf(g);
    }

    private static OffsetDateTime build(Integer year, Integer month, Integer day, Integer hour, Integer minute,
                                        Integer second, String ampm, String zone) {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            LocalTime time = LocalTime.MIDNIGHT;
            if (hour != null) {
                int h = hour;
                if (ampm != null) {
                    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                    if (h > 12 || h == 0) {
                        return null;
                    }
                    h = h % 12 + (pm ? 12 : 0);
                }
                time = LocalTime.of(h, minute == null ? 0 : minute, second == null ? 0 : second);
            }
            return plausible(atZone(LocalDateTime.of(date, time), zone));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime atZone(LocalDateTime local, String zone) {
        if (zone == null || zone.isBlank()) {
            return local.atOffset(ZoneOffset.UTC);
        }
        String z = zone.trim().toLowerCase(Locale.ROOT);
        ZoneId id = ZONES.get(z);
        if (id != null) {
            return ZonedDateTime.of(local, id).toOffsetDateTime();
        }
        if (z.startsWith("utc") || z.startsWith("gmt")) {
            z = z.substring(3);
        }
        Matcher m = NUMERIC_OFFSET.matcher(z);
        if (m.matches()) {
            int sign = m.group(1).equals("-") ? -1 : 1;
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return local.atOffset(ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(2)), sign * minutes));
        }
        // an unknown abbreviation: keep the wall-clock time rather than drop the date
        return local.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime plausible(OffsetDateTime t) {
        return t != null && t.getYear() >= MIN_YEAR && t.getYear() <= MAX_YEAR ? t : null;
    }
}
