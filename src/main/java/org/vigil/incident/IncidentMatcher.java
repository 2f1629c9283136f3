package org.vigil.incident;

import org.vigil.incident.Incident.Type;
import org.vigil.incident.NameComparator.Match;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether two incident records describe the same act, and how sure that is.
 *
 * <p>Two records are the same incident when all of these hold:
 * <ul>
 *   <li>they do not come from the same archived article (an article that reports two incidents means two)
 *       and neither refers to the other as an earlier incident;</li>
 *   <li>their types are compatible: a targeted killing or attempt may be reported as a shooting, stabbing,
 *       bombing or assault; an abduction, detention and deportation may be one rendition; but a shooting is
 *       not a bombing, and no violent type is a coercive one ({@code other} fits any);
 *       and their methods, where both are known, agree;</li>
 *   <li>their date ranges lie within {@value #DATE_WINDOW_DAYS} days of each other (a month-precision date
 *       is a range, so "in December" fits "3 December");</li>
 *   <li>their countries and cities, where both are known, agree (up to transliteration);</li>
 *   <li>their victims agree: named victims on both sides must share a person
 *       (see {@link NameComparator}).</li>
 * </ul>
 * How much agreement is required grows with what is unknown. With the same city known on both sides, one
 * matching name (even a surname alone) suffices; without a shared name (a side names nobody) both dates
 * must be exact days at most one day apart, so a side without a usable date needs a matching name. When
 * a side lacks the city, the victim match must be {@link Match#STRONG} and the country the same, or a
 * full {@link Match#SAME} name when a country is unknown too.
 */
final class IncidentMatcher {

    static final int DATE_WINDOW_DAYS = 3;

    private static final Set<Type> TARGETED = EnumSet.of(Type.ASSASSINATION, Type.ATTEMPTED_ASSASSINATION);
    private static final Set<Type> VIOLENT = EnumSet.of(Type.SHOOTING, Type.STABBING, Type.BOMBING, Type.ASSAULT);
    private static final Set<Type> COERCIVE = EnumSet.of(Type.ABDUCTION, Type.DETENTION, Type.DEPORTATION);

    private IncidentMatcher() {
    }

    /** A score (higher = more alike) when the two records are the same incident, empty when they are not. */
    static OptionalInt score(Incident a, Incident b) {
        if (sameArticle(a, b) || refersTo(a, b) || refersTo(b, a)
                || !compatible(a.type(), b.type()) || !compatible(a.method(), b.method())) {
            return OptionalInt.empty();
        }
        Optional<PartialDate> da = PartialDate.of(a.date());
        Optional<PartialDate> db = PartialDate.of(b.date());
        boolean datesKnown = da.isPresent() && db.isPresent();
        long gap = datesKnown ? da.get().gapDays(db.get()) : -1;
        if (gap > DATE_WINDOW_DAYS) {
            return OptionalInt.empty();
        }
        String ca = countryCode(a);
        String cb = countryCode(b);
        if (ca != null && cb != null && !ca.equals(cb)) {
            return OptionalInt.empty();
        }
        String cityA = city(a);
        String cityB = city(b);
        boolean citiesKnown = cityA != null && cityB != null;
        if (citiesKnown && !NameComparator.samePlace(cityA, cityB)) {
            return OptionalInt.empty();
        }
        boolean namedA = hasNamedVictim(a);
        boolean namedB = hasNamedVictim(b);
        Match victims = victimMatch(a, b);
        // Names written in different scripts (a Persian and an English report) cannot tell the incidents apart.
        if (namedA && namedB && victims == Match.NONE && shareScript(a, b)) {
            return OptionalInt.empty();
        }

        boolean enough;
        if (citiesKnown) {
            // without a shared name, only two reports of the same day in the same city are one incident
            enough = victims.atLeast(Match.WEAK)
                    || datesKnown && gap <= 1 && da.get().days() == 1 && db.get().days() == 1;
        } else if (ca != null && cb != null) {
            enough = victims.atLeast(Match.STRONG);
        } else {
            enough = victims.atLeast(Match.SAME);
        }
        if (!enough) {
            return OptionalInt.empty();
        }

        int score = switch (victims) {
            case SAME -> 4;
            case STRONG -> 3;
            case WEAK -> 2;
            case NONE -> 0;
        };
        if (datesKnown) {
            score += gap == 0 ? (da.get().equals(db.get()) && da.get().days() == 1 ? 2 : 1) : gap == 1 ? 1 : 0;
        }
        if (citiesKnown) {
            score += 2;
            if (district(a) != null && district(b) != null && NameComparator.samePlace(district(a), district(b))) {
                score += 1;
            }
        }
        if (a.type() == b.type()) {
            score += 1;
        }
        return OptionalInt.of(score);
    }

    /** The best match between any victim name (or alias) of one record and any of the other. */
    static Match victimMatch(Incident a, Incident b) {
        Match best = Match.NONE;
        for (Incident.Victim x : a.victims()) {
            for (Incident.Victim y : b.victims()) {
                Match m = personMatch(x, y);
                if (m.atLeast(best)) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** True when some victim name of one record is written in the same script as one of the other's. */
    private static boolean shareScript(Incident a, Incident b) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        a.victims().stream().flatMap(IncidentMatcher::names).forEach(n -> scripts.add(script(n)));
        return b.victims().stream().flatMap(IncidentMatcher::names).anyMatch(n -> scripts.contains(script(n)));
    }

    static Character.UnicodeScript script(String name) {
        return name.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of).findFirst()
                .orElse(Character.UnicodeScript.COMMON);
    }

    /** The best match between the names and aliases of two victims. */
    static Match personMatch(Incident.Victim x, Incident.Victim y) {
        Match best = Match.NONE;
        for (String nx : names(x).toList()) {
            for (String ny : names(y).toList()) {
                Match m = NameComparator.compare(nx, ny);
                if (m.atLeast(best)) {
                    best = m;
                }
            }
        }
        return best;
    }

    static boolean compatible(Type x, Type y) {
        if (x == null || y == null || x == y || x == Type.OTHER || y == Type.OTHER) {
            return true;
        }
        if (TARGETED.contains(x) || TARGETED.contains(y)) {
            return (TARGETED.contains(x) || VIOLENT.contains(x)) && (TARGETED.contains(y) || VIOLENT.contains(y));
        }
        return COERCIVE.contains(x) && COERCIVE.contains(y);
    }

    private static boolean compatible(Incident.Method x, Incident.Method y) {
        return x == null || y == null || x == y || x == Incident.Method.UNKNOWN || y == Incident.Method.UNKNOWN;
    }

    private static Stream<String> names(Incident.Victim v) {
        return Stream.concat(Stream.of(v.name()), v.aliases().stream()).filter(Objects::nonNull);
    }

    private static boolean hasNamedVictim(Incident incident) {
        return incident.victims().stream().anyMatch(v -> v.name() != null && !v.name().isBlank());
    }

    private static boolean sameArticle(Incident a, Incident b) {
        for (Incident.Source x : a.sources()) {
            for (Incident.Source y : b.sources()) {
                if (x.archive() != null && y.archive() != null && x.archive().recordId() != null
                        ? x.archive().recordId().equals(y.archive().recordId())
                        : Objects.equals(x.url(), y.url()) && Objects.equals(x.published(), y.published())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean refersTo(Incident a, Incident b) {
        List<Incident.Related> related = a.related();
        return b.id() != null && related.stream().anyMatch(r -> b.id().equals(r.id()));
    }

    private static String countryCode(Incident i) {
        return i.place() == null || blank(i.place().countryCode()) ? null : i.place().countryCode().strip().toUpperCase();
    }

    private static String city(Incident i) {
        return i.place() == null || blank(i.place().city()) ? null : i.place().city();
    }

    private static String district(Incident i) {
        return i.place() == null || blank(i.place().district()) ? null : i.place().district();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
