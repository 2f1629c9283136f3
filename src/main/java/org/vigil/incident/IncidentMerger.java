package org.vigil.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Merges the per-article incident records of all articles into one record per incident.
 *
 * <p>Records are the same incident when {@link IncidentMatcher} says so. Clustering is complete-link:
 * the most alike pairs are joined first, and two groups join only when every record of one is the same
 * incident as every record of the other, so a vague report cannot chain two distinct incidents together.
 * A reference-only record (an earlier incident known from a later article) joins the main report of that
 * incident like any other record.
 *
 * <p>The output does not depend on the order of the input: records are put in id order first and every
 * choice is broken by ids. A merged record takes the id of its earliest-reported record (earliest source
 * publication date; ties: a record with a main-role source, then the smallest id): a nightly run adds
 * later reports, so an incident keeps its id across re-runs and rebuilds. {@code related[]} ids are
 * rewritten to the merged ids. Output is ordered by the first day of the incident's date (undated last),
 * then id. How the fields of a merged record are chosen is described in {@link IncidentCombiner}.
 */
public final class IncidentMerger {

    private static final Comparator<Incident> ID_ORDER = Comparator
            .comparing(Incident::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Chronological output order: by first day of the date range, undated last, then by id. */
    public static final Comparator<Incident> CHRONOLOGICAL = Comparator
            .comparing((Incident i) -> PartialDate.of(i.date()).map(PartialDate::first).orElse(LocalDate.MAX))
            .thenComparing(ID_ORDER);

    /**
     * The merged records and, for every input record id, the id of the record it was merged into; pass
     * the map on to {@link Corrections#apply(List, Map)} so corrections keyed by a per-article id or by a
     * merged id that a newly arrived earlier report has since replaced still find their incident.
     */
    public record Merged(List<Incident> incidents, Map<String, String> mergedIdOf) {
        public Merged {
            incidents = List.copyOf(incidents);
            mergedIdOf = Map.copyOf(mergedIdOf);
        }
    }

    /** One record per incident, with sources and evidence of all the records merged into it. */
    public List<Incident> merge(List<Incident> perArticle) {
        return mergeAll(perArticle).incidents();
    }

    /** Like {@link #merge}, also telling which record each input record went into. */
    public Merged mergeAll(List<Incident> perArticle) {
        List<Incident> records = distinctIds(perArticle);
        List<List<Integer>> clusters = cluster(records);

        Map<String, String> mergedIdOf = new HashMap<>();
        List<Incident> merged = new ArrayList<>();
        for (List<Integer> cluster : clusters) {
            List<Incident> members = cluster.stream().map(records::get).toList();
            Incident combined = IncidentCombiner.combine(members);
            members.stream().filter(m -> m.id() != null).forEach(m -> mergedIdOf.put(m.id(), combined.id()));
            merged.add(combined);
        }
        return new Merged(merged.stream().map(i -> withRelatedIds(i, mergedIdOf)).sorted(CHRONOLOGICAL).toList(),
                mergedIdOf);
    }

    /** Re-points {@code related[]} at merged ids; a link to the record itself (now merged with it) is dropped. */
    static Incident withRelatedIds(Incident incident, Map<String, String> newIdOf) {
        Set<Incident.Related> related = new LinkedHashSet<>();
        for (Incident.Related r : incident.related()) {
            String id = newIdOf.getOrDefault(r.id(), r.id());
            if (!Objects.equals(id, incident.id())) {
                related.add(new Incident.Related(id, r.relation()));
            }
        }
        if (related.equals(new LinkedHashSet<>(incident.related()))) {
            return incident;
        }
        return Incidents.with(incident, incident.id(), List.copyOf(related), incident.sources(), incident.evidence());
    }

    /** Records in id order, one per id: a repeated id is the same article's record read twice. */
    private static List<Incident> distinctIds(List<Incident> perArticle) {
        List<Incident> sorted = perArticle.stream()
                .sorted(ID_ORDER.thenComparing(IncidentJson::write)).toList();
        Map<String, Incident> byId = new LinkedHashMap<>();
        List<Incident> withoutId = new ArrayList<>();
        for (Incident i : sorted) {
            if (i.id() == null) {
                withoutId.add(i);
            } else {
                byId.putIfAbsent(i.id(), i);
            }
        }
        List<Incident> records = new ArrayList<>(byId.values());
        records.addAll(withoutId);
        return records;
    }

    private record Pair(int a, int b, int score) {
    }

    private static List<List<Integer>> cluster(List<Incident> records) {
        int n = records.size();
        List<Pair> pairs = sameIncidentPairs(records);
        Set<Long> same = new HashSet<>();
        for (Pair p : pairs) {
            same.add(key(p.a(), p.b(), n));
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> -p.score()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));

        int[] clusterOf = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ca = clusterOf[p.a()];
            int cb = clusterOf[p.b()];
            if (ca == cb || !allSame(members.get(ca), members.get(cb), same, n)) {
                continue;
            }
            int keep = Math.min(ca, cb);
            int drop = Math.max(ca, cb);
            for (int i : members.get(drop)) {
                clusterOf[i] = keep;
            }
            members.get(keep).addAll(members.get(drop));
            members.get(drop).clear();
        }
        return members.stream().filter(c -> !c.isEmpty()).toList();
    }

    /**
     * Every pair of records that are the same incident. Records are swept in date order so that each is
     * compared only with those whose dates can still be within the window; undated records meet all.
     */
    private static List<Pair> sameIncidentPairs(List<Incident> records) {
        int n = records.size();
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        PartialDate[] dates = new PartialDate[n];
        for (int i = 0; i < n; i++) {
            Optional<PartialDate> d = PartialDate.of(records.get(i).date());
            if (d.isPresent()) {
                dates[i] = d.get();
                dated.add(i);
            } else {
                undated.add(i);
            }
        }
        dated.sort(Comparator.comparing((Integer i) -> dates[i].first()).thenComparingInt(i -> i));
        List<Pair> pairs = new ArrayList<>();
        for (int x = 0; x < dated.size(); x++) {
            int i = dated.get(x);
            LocalDate horizon = dates[i].last().plusDays(IncidentMatcher.DATE_WINDOW_DAYS);
            for (int y = x + 1; y < dated.size() && !dates[dated.get(y)].first().isAfter(horizon); y++) {
                addIfSame(records, i, dated.get(y), pairs);
            }
        }
        for (int u : undated) {
            for (int i = 0; i < n; i++) {
                if (i != u && (dates[i] != null || i > u)) {
                    addIfSame(records, u, i, pairs);
                }
            }
        }
        return pairs;
    }

    private static void addIfSame(List<Incident> records, int i, int j, List<Pair> pairs) {
        OptionalInt score = IncidentMatcher.score(records.get(i), records.get(j));
        if (score.isPresent()) {
            pairs.add(new Pair(Math.min(i, j), Math.max(i, j), score.getAsInt()));
        }
    }

    private static boolean allSame(List<Integer> x, List<Integer> y, Set<Long> same, int n) {
        for (int a : x) {
            for (int b : y) {
                if (!same.contains(key(a, b, n))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long key(int a, int b, int n) {
        return (long) Math.min(a, b) * n + Math.max(a, b);
    }
}
