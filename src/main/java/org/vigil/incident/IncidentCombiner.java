package org.vigil.incident;

import org.vigil.incident.Incident.Evidence;
import org.vigil.incident.Incident.Victim;
import org.vigil.incident.NameComparator.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one incident record out of several records of the same incident.
 *
 * <p>The merged record takes the id of the earliest-reported record (earliest source publication;
 * ties: a record with a main-role source, then the smallest id), so that an incident keeps its id
 * when later reports join it. Each field keeps its best-supported value (see {@link Ballot}); every
 * value that disagrees stays in {@code evidence[]} under the field's path plus {@code .alternative}
 * (e.g. {@code date.alternative}), quoting the sentence it came from, or, where that record had no
 * quote for the field, the value itself with offsets -1. Sources, evidence and the lists of victims,
 * perpetrators, denials, responses, calls and related incidents are united; evidence paths into those
 * lists ({@code victims[1].outcome}) are renumbered to the merged lists. Victims that are the same
 * person (names matching across transliterations) become one victim whose name is the most complete
 * form, then the best-supported spelling, with the other spellings as {@code aliases}.
 */
final class IncidentCombiner {

    private static final Pattern LIST_PATH = Pattern.compile("^([a-z_]+)\\[(\\d+)](.*)$");

    private final List<Incident> members;
    private final Map<Incident, Map<String, String>> dissentPaths = new IdentityHashMap<>();
    private final Map<Incident, Map<String, Map<Integer, Integer>>> renumbering = new IdentityHashMap<>();
    private final List<Evidence> unquotedAlternatives = new ArrayList<>();

    private IncidentCombiner(List<Incident> records) {
        this.members = records.stream().sorted(Reports.EARLIEST_FIRST).toList();
    }

    /** The one record of an incident reported by all the given records (at least one). */
    static Incident combine(List<Incident> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        return records.size() == 1 ? records.get(0) : new IncidentCombiner(records).combine();
    }

    private Incident combine() {
        Incident first = members.get(0);
        Incident.Type type = Optional.ofNullable(this.<Incident.Type>pick("type",
                m -> m.type() == Incident.Type.OTHER ? null : m.type())).orElse(first.type());
        Incident.Method method = Optional.ofNullable(this.<Incident.Method>pick("method",
                m -> m.method() == Incident.Method.UNKNOWN ? null : m.method())).orElse(first.method());
        Boolean inScope = pick("in_scope", Incident::inScope);
        String origin = pick("origin_country_code", m -> blankToNull(m.originCountryCode()) == null
                ? null : m.originCountryCode().strip().toUpperCase(Locale.ROOT));

        List<Victim> victims = victims();

        Incident.Claim claim = Optional.ofNullable(this.<Incident.Claim>pick("claim",
                        m -> m.claim() == null || m.claim().status() == Incident.ClaimStatus.NOT_MENTIONED ? null : m.claim()))
                .orElse(members.stream().map(Incident::claim).filter(Objects::nonNull).findFirst().orElse(null));

        return new Incident(
                first.id(), type, method, inScope, date(), place(), origin, victims,
                count("killed", Incident::killed), count("injured", Incident::injured),
                union("alleged_perpetrators", Incident::allegedPerpetrators,
                        a -> (lower(a.actor()) + "\u0000" + lower(a.allegedBy()))),
                claim,
                union("denials", Incident::denials, x -> x),
                union("responses", Incident::responses, x -> x),
                union("calls", Incident::calls, x -> x),
                union("related", Incident::related, x -> x),
                members.stream().flatMap(m -> m.sources().stream()).distinct().sorted(Reports.SOURCE_ORDER).toList(),
                evidence(),
                members.stream().mapToDouble(Incident::confidence).max().orElse(0),
                members.stream().anyMatch(m -> m.clarity() == Incident.Clarity.HIGH) ? Incident.Clarity.HIGH
                        : members.stream().map(Incident::clarity).filter(Objects::nonNull).findFirst().orElse(null));
    }

    private <T> T pick(String path, Function<Incident, T> value) {
        Ballot<T, T> ballot = Ballot.ofEqualValues();
        for (Incident m : members) {
            T v = value.apply(m);
            ballot.add(v, v, m);
        }
        return decide(ballot, path, vote -> path);
    }

    /** Counts a ballot and files its dissent as alternatives under the merged path. */
    private <K, T> T decide(Ballot<K, T> ballot, String mergedPath, Function<Ballot.Vote<?, T>, String> memberPath) {
        Ballot.Outcome<T> outcome = ballot.count();
        for (Ballot.Vote<?, T> v : outcome.dissent()) {
            dissent(v.member(), memberPath.apply(v), mergedPath, v.value());
        }
        return outcome.winner();
    }

    private Incident.When date() {
        Ballot<PartialDate, Incident.When> ballot = new Ballot<>(PartialDate::contains, PartialDate::days);
        for (Incident m : members) {
            ballot.add(PartialDate.of(m.date()).orElse(null), m.date(), m);
        }
        if (ballot.isEmpty()) {
            return members.stream().map(Incident::date).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return decide(ballot, "date", v -> "date");
    }

    /** What a place says, compared component by component; a missing component is vaguer, not different. */
    private record PlaceKey(String countryCode, String admin1, String city, String district) {
        static PlaceKey of(Incident.Place p) {
            if (p == null) {
                return null;
            }
            PlaceKey key = new PlaceKey(blankToNull(p.countryCode()) == null ? null : p.countryCode().strip().toUpperCase(Locale.ROOT),
                    blankToNull(p.admin1()), blankToNull(p.city()), blankToNull(p.district()));
            return key.breadth() == 4 ? null : key;
        }

        boolean covers(PlaceKey specific) {
            return agrees(countryCode, specific.countryCode) && agrees(admin1, specific.admin1)
                    && agrees(city, specific.city) && agrees(district, specific.district);
        }

        private static boolean agrees(String general, String specific) {
            return general == null || specific != null && NameComparator.samePlace(general, specific);
        }

        long breadth() {
            return (countryCode == null ? 1 : 0) + (admin1 == null ? 1 : 0) + (city == null ? 1 : 0) + (district == null ? 1 : 0);
        }
    }

    private Incident.Place place() {
        Ballot<PlaceKey, Incident.Place> ballot = new Ballot<>(PlaceKey::covers, PlaceKey::breadth);
        for (Incident m : members) {
            ballot.add(PlaceKey.of(m.place()), m.place(), m);
        }
        if (ballot.isEmpty()) {
            return members.stream().map(Incident::place).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return decide(ballot, "place", v -> "place");
    }

    /**
     * Best-supported best estimate among the reports that give a number; the low and high bounds span
     * them. A count of zero is an article's silence (it did not mention injuries), not a report of none,
     * so it counts only when no report gives more.
     */
    private Incident.Count count(String path, Function<Incident, Incident.Count> count) {
        List<Incident> reporting = members.stream().filter(m -> count.apply(m) != null && count.apply(m).high() > 0).toList();
        if (reporting.isEmpty()) {
            return members.stream().map(count).filter(Objects::nonNull).findFirst().orElse(null);
        }
        Ballot<Integer, Integer> ballot = Ballot.ofEqualValues();
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (Incident m : reporting) {
            Incident.Count c = count.apply(m);
            ballot.add(c.best(), c.best(), m);
            low = Math.min(low, c.low());
            high = Math.max(high, c.high());
        }
        int best = decide(ballot, path, v -> path);
        return new Incident.Count(Math.min(low, best), best, Math.max(high, best));
    }

    private <T> List<T> union(String path, Function<Incident, List<T>> list, Function<? super T, ?> identity) {
        Map<Object, Integer> index = new LinkedHashMap<>();
        List<T> merged = new ArrayList<>();
        for (Incident m : members) {
            List<T> items = list.apply(m);
            for (int j = 0; j < items.size(); j++) {
                Object key = identity.apply(items.get(j));
                Integer k = index.get(key);
                if (k == null) {
                    k = merged.size();
                    index.put(key, k);
                    merged.add(items.get(j));
                }
                renumber(m, path, j, k);
            }
        }
        return merged;
    }

    private record Mention(Victim victim, Incident member, int index) {
    }

    private List<Victim> victims() {
        List<List<Mention>> persons = new ArrayList<>();
        Incident mostUnnamed = null;
        long unnamedCount = 0;
        for (Incident m : members) {
            Set<Integer> matchedByThisReport = new HashSet<>();
            int ordinal = -1;
            for (int j = 0; j < m.victims().size(); j++) {
                Victim v = m.victims().get(j);
                if (blankToNull(v.name()) == null) {
                    continue;
                }
                ordinal++;
                int bestPerson = -1;
                Match best = Match.NONE;
                for (int p = 0; p < persons.size(); p++) {
                    if (matchedByThisReport.contains(p)) {
                        continue;
                    }
                    for (Mention other : persons.get(p)) {
                        Match match = IncidentMatcher.personMatch(v, other.victim());
                        if (match != Match.NONE && (bestPerson < 0 || match.compareTo(best) > 0)) {
                            best = match;
                            bestPerson = p;
                        }
                    }
                }
                // A name in a script no other report uses ("عبدالرشید غلامی" beside "Abdul Rashid Gholami")
                // cannot be compared: reports list the same people in the same order, so line it up by position.
                if (bestPerson < 0 && ordinal < persons.size() && !matchedByThisReport.contains(ordinal)
                        && persons.stream().flatMap(List::stream).noneMatch(x -> x.member() != m
                        && IncidentMatcher.script(x.victim().name()) == IncidentMatcher.script(v.name()))) {
                    bestPerson = ordinal;
                }
                if (bestPerson < 0) {
                    bestPerson = persons.size();
                    persons.add(new ArrayList<>());
                }
                matchedByThisReport.add(bestPerson);
                persons.get(bestPerson).add(new Mention(v, m, j));
            }
            long unnamed = m.victims().stream().filter(v -> blankToNull(v.name()) == null).count();
            if (unnamed > unnamedCount) {
                unnamedCount = unnamed;
                mostUnnamed = m;
            }
        }
        List<Victim> merged = new ArrayList<>();
        for (List<Mention> person : persons) {
            merged.add(person(person, merged.size()));
        }
        // Unnamed victims cannot be told apart: keep those of the report that counts the most, and line the
        // other reports' unnamed victims up with them in order.
        if (mostUnnamed != null) {
            int firstUnnamed = merged.size();
            for (Victim v : mostUnnamed.victims()) {
                if (blankToNull(v.name()) == null) {
                    merged.add(v);
                }
            }
            for (Incident m : members) {
                int k = firstUnnamed;
                for (int j = 0; j < m.victims().size(); j++) {
                    if (blankToNull(m.victims().get(j).name()) == null && k < merged.size()) {
                        renumber(m, "victims", j, k++);
                    }
                }
            }
        }
        return merged;
    }

    private Victim person(List<Mention> mentions, int k) {
        String path = "victims[" + k + "]";
        for (Mention mention : mentions) {
            renumber(mention.member(), "victims", mention.index(), k);
        }
        String name = mentions.stream().map(x -> x.victim().name()).distinct()
                .min(Comparator.comparingInt((String n) -> -NameComparator.wordCount(n))
                        .thenComparingInt(n -> -spellingSupport(mentions, n))
                        .thenComparing(n -> firstMention(mentions, n).member(), Reports.EARLIEST_FIRST)
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
        Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Mention mention : mentions) {
            aliases.add(mention.victim().name());
            aliases.addAll(mention.victim().aliases());
        }
        aliases.remove(name);
        return new Victim(name, List.copyOf(aliases),
                victimField(mentions, path, "role", v -> blankToNull(v.role())),
                victimField(mentions, path, "affiliation", v -> blankToNull(v.affiliation())),
                victimField(mentions, path, "nationality", v -> blankToNull(v.nationality())),
                victimField(mentions, path, "target_category", Victim::targetCategory),
                Optional.ofNullable(victimField(mentions, path, "outcome",
                        v -> v.outcome() == Incident.Outcome.UNKNOWN ? null : v.outcome())).orElse(Incident.Outcome.UNKNOWN));
    }

    private <T> T victimField(List<Mention> mentions, String mergedPath, String field, Function<Victim, T> value) {
        Ballot<T, T> ballot = Ballot.ofEqualValues();
        Map<Incident, Integer> indexOf = new IdentityHashMap<>();
        for (Mention mention : mentions) {
            T v = value.apply(mention.victim());
            ballot.add(v, v, mention.member());
            indexOf.put(mention.member(), mention.index());
        }
        return decide(ballot, mergedPath + "." + field, vote -> "victims[" + indexOf.get(vote.member()) + "]." + field);
    }

    private static int spellingSupport(List<Mention> mentions, String name) {
        return (int) mentions.stream().filter(x -> x.victim().name().equals(name))
                .flatMap(x -> Reports.urls(x.member()).stream()).distinct().count();
    }

    private static Mention firstMention(List<Mention> mentions, String name) {
        return mentions.stream().filter(x -> x.victim().name().equals(name)).findFirst().orElseThrow();
    }

    private void renumber(Incident member, String list, int from, int to) {
        renumbering.computeIfAbsent(member, m -> new HashMap<>()).computeIfAbsent(list, l -> new HashMap<>()).put(from, to);
    }

    private void dissent(Incident member, String memberPath, String mergedPath, Object value) {
        dissentPaths.computeIfAbsent(member, m -> new LinkedHashMap<>()).put(memberPath, mergedPath);
        boolean quoted = member.evidence().stream().anyMatch(e -> within(e.field(), memberPath));
        if (!quoted) {
            unquotedAlternatives.add(new Evidence(mergedPath + ".alternative", render(value), Reports.firstUrl(member), -1, -1));
        }
    }

    private List<Evidence> evidence() {
        Set<Evidence> all = new LinkedHashSet<>();
        for (Incident m : members) {
            Map<String, String> dissent = dissentPaths.getOrDefault(m, Map.of());
            for (Evidence e : m.evidence()) {
                String field = dissent.entrySet().stream().filter(d -> within(e.field(), d.getKey()))
                        .max(Comparator.comparingInt(d -> d.getKey().length()))
                        .map(d -> d.getValue() + ".alternative")
                        .orElseGet(() -> renumbered(m, e.field()));
                all.add(new Evidence(field, e.quote(), e.url(), e.start(), e.end()));
            }
        }
        all.addAll(unquotedAlternatives);
        return all.stream().sorted(Comparator
                .comparing(Evidence::url, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Evidence::start).thenComparingInt(Evidence::end)
                .thenComparing(Evidence::field, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Evidence::quote, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private String renumbered(Incident member, String field) {
        if (field == null) {
            return null;
        }
        Matcher m = LIST_PATH.matcher(field);
        if (!m.matches()) {
            return field;
        }
        Integer to = renumbering.getOrDefault(member, Map.of()).getOrDefault(m.group(1), Map.of())
                .get(Integer.parseInt(m.group(2)));
        return to == null ? field : m.group(1) + "[" + to + "]" + m.group(3);
    }

    /** Whether an evidence path is the given field or lies inside it ({@code date.start} is within {@code date}). */
    private static boolean within(String field, String path) {
        return field != null && (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "["));
    }

    private static String render(Object value) {
        return value instanceof String s ? s : IncidentJson.mapper().writeValueAsString(value);
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
