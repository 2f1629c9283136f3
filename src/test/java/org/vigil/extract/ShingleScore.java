package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as computed by {@code shared/bench/score_extraction.py}:
 * tokens are maximal runs of word characters, each document is a multiset of 4-token shingles,
 * precision is averaged over documents with a non-empty prediction, recall over documents with a
 * non-empty truth, and F1 is taken of the two means.
 */
final class ShingleScore {

    /** Python's {@code \w} on str: letters, numbers and underscore, but not combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    record Result(double precision, double recall, double f1, int documents, int emptyPredictions) {
    }

    private final List<double[]> precisions = new ArrayList<>();
    private final List<double[]> recalls = new ArrayList<>();
    private int documents;
    private int empty;

    /** Adds one document: its true body and the predicted one. */
    void add(String truth, String prediction) {
        Map<List<String>, Integer> t = shingles(tokens(truth));
        Map<List<String>, Integer> p = shingles(tokens(prediction));
        int nTrue = total(t);
        int nPred = total(p);
        int tp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        documents++;
        if (nPred > 0) {
            precisions.add(new double[] {(double) tp / nPred});
        } else {
            empty++;
        }
        if (nTrue > 0) {
            recalls.add(new double[] {(double) tp / nTrue});
        }
    }

    Result result() {
        double p = mean(precisions);
        double r = mean(recalls);
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new Result(p, r, f1, documents, empty);
    }

    private static double mean(List<double[]> values) {
        double sum = 0;
        for (double[] v : values) {
            sum += v[0];
        }
        return values.isEmpty() ? 0 : sum / values.size();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> bag = new HashMap<>();
        if (tokens.isEmpty()) {
            return bag;
        }
        if (tokens.size() <= SHINGLE) {
            bag.put(List.copyOf(tokens), 1);
            return bag;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            bag.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return bag;
    }

    private static int total(Map<List<String>, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }
}
