package org.vigil.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

/**
 * Picks the best-supported value of one field among the records being merged.
 *
 * <p>Each record votes with a key (what the value says, e.g. a date range) and the value itself.
 * A key is supported by every report whose own key covers it: "December 2025" supports "3 December
 * 2025", so a vaguer report never outvotes a precise one it agrees with. Candidates rank by the
 * number of distinct articles supporting them, then by precision (narrower first), then by having
 * a main-role report, then by the earliest report, then by smallest record id. Votes whose key does
 * not cover the winner are the dissent: the alternatives the merged record lists as evidence.
 *
 * @param <K> what is compared
 * @param <V> what is kept
 */
final class Ballot<K, V> {

    record Vote<K, V>(K key, V value, Incident member) {
    }

    record Outcome<V>(V winner, List<Vote<?, V>> dissent) {
    }

    private final BiPredicate<K, K> covers;
    private final ToLongFunction<K> breadth;
    private final List<Vote<K, V>> votes = new ArrayList<>();

    /**
     * @param covers  whether a report saying the first key agrees with (is the same as, or vaguer than) the second
     * @param breadth how vague a key is; smaller is more precise
     */
    Ballot(BiPredicate<K, K> covers, ToLongFunction<K> breadth) {
        this.covers = covers;
        this.breadth = breadth;
    }

    /** A ballot where only equal values agree. */
    static <V> Ballot<V, V> ofEqualValues() {
        return new Ballot<>(Object::equals, v -> 0);
    }

    /** Records a vote; a null key (the report does not say) is no vote. */
    void add(K key, V value, Incident member) {
        if (key != null) {
            votes.add(new Vote<>(key, value, member));
        }
    }

    boolean isEmpty() {
        return votes.isEmpty();
    }

    Outcome<V> count() {
        if (votes.isEmpty()) {
            return new Outcome<>(null, List.of());
        }
        Map<K, List<Vote<K, V>>> byKey = new LinkedHashMap<>();
        for (Vote<K, V> v : votes) {
            byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        Comparator<Candidate<K, V>> ranking = Comparator
                .comparingInt((Candidate<K, V> c) -> -c.support)
                .thenComparingLong(c -> c.breadth)
                .thenComparing(c -> !c.main)
                .thenComparing(c -> c.earliest)
                .thenComparing(c -> c.firstVote.member().id(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> String.valueOf(c.key));
        Candidate<K, V> best = null;
        for (Map.Entry<K, List<Vote<K, V>>> e : byKey.entrySet()) {
            Candidate<K, V> c = candidate(e.getKey(), e.getValue());
            if (best == null || ranking.compare(c, best) < 0) {
                best = c;
            }
        }
        K winner = best.key;
        List<Vote<?, V>> dissent = new ArrayList<>();
        for (Vote<K, V> v : votes) {
            if (!v.key().equals(winner) && !covers.test(v.key(), winner)) {
                dissent.add(v);
            }
        }
        return new Outcome<>(best.firstVote.value(), dissent);
    }

    private record Candidate<K, V>(K key, Vote<K, V> firstVote, int support, long breadth, boolean main,
                                   Instant earliest) {
    }

    private Candidate<K, V> candidate(K key, List<Vote<K, V>> same) {
        Set<String> supporters = new HashSet<>();
        for (Vote<K, V> v : votes) {
            if (v.key().equals(key) || covers.test(v.key(), key)) {
                supporters.addAll(Reports.urls(v.member()));
            }
        }
        Vote<K, V> first = same.stream().min(Comparator.comparing(Vote::member, Reports.EARLIEST_FIRST)).orElseThrow();
        boolean main = same.stream().anyMatch(v -> Reports.hasMainSource(v.member()));
        return new Candidate<>(key, first, supporters.size(), breadth.applyAsLong(key), main,
                Reports.firstReported(first.member()));
    }
}
