package org.vigil.incident;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares personal (and place) names written in different romanisations of Persian, Dari, Pashto
 * and Arabic: {@code Gholami / Ghulami / Gholamy}, {@code Ikramuddin / Ekramuddin / Ikram ud-Din},
 * {@code Mohammad / Muhammad / Mohammed}, {@code Abdul Rahim / Abdurrahim}.
 *
 * <p>Each word is reduced to a sequence of sound units: consonants (with the digraphs {@code sh kh gh
 * ch zh th dh} as single units, {@code q=k}, {@code w=v}, {@code ph=f}, doubled letters collapsed)
 * and vowel classes ({@code a}, {@code i} incl. {@code ee}/final {@code y}, {@code u} incl.
 * {@code o}/{@code ou}/{@code oo}, the diphthongs {@code ai/ay/ei/ey}, and {@code e}). Two words match
 * when their consonants agree exactly and their vowels are equivalent; {@code e} stands for the
 * unstressed vowel that romanisations write as any of a/i/u, so it matches every class, while
 * {@code a}, {@code i} and {@code u} stay distinct (Karimi is not Karami, Hassan is not Hussain).
 *
 * <p>Names are compared word by word in order, after dropping leading ranks and honorifics
 * ("Gen.", "Commander", "Haji"); up to three adjacent words on either side may be joined, so that
 * "Ikram ud-Din" matches "Ikramuddin" and "Abdul Rahim" matches "Abdurrahim" (the {@code l} of the
 * article assimilates to a following sun letter). An {@code h} between vowels is optional
 * (Zabihullah / Zabiullah). Very common given names and particles
 * (Mohammad, Ahmad, Abdul, Khan, ...) never make a match on their own.
 */
public final class NameComparator {

    /** How strongly two names point at the same person. */
    public enum Match {
        /** Nothing in common that identifies a person. */
        NONE,
        /** One name is a single distinctive word of the other ("Wardak" in "Abdul Rahim Wardak"). */
        WEAK,
        /** Every word of the shorter name is in the longer one, including a distinctive one. */
        STRONG,
        /** The same name, word for word, up to transliteration. */
        SAME;

        public boolean atLeast(Match other) {
            return compareTo(other) >= 0;
        }
    }

    private static final Set<String> TITLES = Set.of(
            "gen", "general", "lt", "lieut", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain",
            "cmdr", "cdr", "comdr", "commander", "brig", "brigadier", "sgt", "sergeant", "marshal", "field",
            "admiral", "gov", "governor", "dr", "doctor", "prof", "professor", "eng", "engineer", "mr", "mrs",
            "ms", "miss", "sir", "mawlawi", "mawlavi", "maulvi", "molvi", "maulana", "mullah", "mulla",
            "qari", "haji", "hajji", "alhaj", "sheikh", "shaikh", "ustad", "ustaz", "former", "late",
            // a lineage honorific that outlets keep or drop: Sayed Jalal = Jalal
            "sayed", "sayyed", "sayyid", "sayid", "syed", "seyed", "seyyed", "sayeed");

    /** Given names and particles too frequent to identify anyone by themselves. */
    private static final List<String> COMMON_WORDS = List.of(
            "mohammad", "ahmad", "mahmoud", "ali", "abdul", "abd", "abdullah", "al", "ul", "ud", "ur", "ad",
            "din", "allah", "ullah", "gul", "khan", "shah", "mir", "sayed", "sayyid", "syed", "sadat", "haji",
            "jan", "hussain", "hassan", "bin", "ibn", "bint", "noor", "agha", "aga", "zada", "zadeh", "bibi",
            "begum", "mullah");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʿʾ`´]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final String SUN_LETTERS = "tdrzsn";
    private static final int MAX_JOINED = 3;

    private static final List<String> COMMON_SOUNDS = COMMON_WORDS.stream().map(NameComparator::sound).toList();

    private NameComparator() {
    }

    /** How strongly two personal names point at the same person; NONE when either is null or blank. */
    public static Match compare(String a, String b) {
        List<Word> x = words(a, true);
        List<Word> y = words(b, true);
        if (x.isEmpty() || y.isEmpty()) {
            return Match.NONE;
        }
        Cover xInY = new Aligner(x, y).cover();
        Cover yInX = new Aligner(y, x).cover();
        if (xInY != Cover.NO && yInX != Cover.NO) {
            boolean distinctive = xInY == Cover.WITH_DISTINCTIVE || yInX == Cover.WITH_DISTINCTIVE;
            return distinctive || x.size() > 1 || y.size() > 1 ? Match.SAME : Match.WEAK;
        }
        Match best = Match.NONE;
        if (xInY != Cover.NO) {
            best = containment(xInY, x.size());
        }
        if (yInX != Cover.NO) {
            Match other = containment(yInX, y.size());
            best = other.atLeast(best) ? other : best;
        }
        return best;
    }

    /** True when two place names (cities, districts) are the same up to transliteration. */
    public static boolean samePlace(String a, String b) {
        List<Word> x = words(a, false);
        List<Word> y = words(b, false);
        return !x.isEmpty() && !y.isEmpty()
                && new Aligner(x, y).cover() != Cover.NO && new Aligner(y, x).cover() != Cover.NO;
    }

    /** The number of words of a personal name once ranks and honorifics are dropped. */
    static int wordCount(String name) {
        return words(name, true).size();
    }

    private static Match containment(Cover cover, int words) {
        if (cover == Cover.WITH_DISTINCTIVE) {
            return words > 1 ? Match.STRONG : Match.WEAK;
        }
        return words > 1 ? Match.WEAK : Match.NONE;
    }

    private record Word(String letters, String sound, boolean distinctive) {
        boolean isInitial() {
            return letters.length() == 1;
        }
    }

    // Merging compares the same few thousand names millions of times; parsing each once keeps that fast.
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, List<Word>> PERSONAL_WORDS = new ConcurrentHashMap<>();
    private static final Map<String, List<Word>> PLACE_WORDS = new ConcurrentHashMap<>();
    private static final Map<String, String> JOINED_SOUNDS = new ConcurrentHashMap<>();

    private static List<Word> words(String name, boolean personal) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Map<String, List<Word>> cache = personal ? PERSONAL_WORDS : PLACE_WORDS;
        List<Word> cached = cache.get(name);
        if (cached == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cached = parse(name, personal);
            cache.put(name, cached);
        }
        return cached;
    }

    private static List<Word> parse(String name, boolean personal) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        int comma = s.indexOf(',');
        if (personal && comma >= 0 && s.indexOf(',', comma + 1) < 0) {
            // "Wardak, Abdul Rahim" is the index form of "Abdul Rahim Wardak"
            s = s.substring(comma + 1) + " " + s.substring(0, comma);
        }
        List<String> letters = new ArrayList<>(Arrays.asList(NON_LETTERS.split(s.strip())));
        letters.removeIf(String::isEmpty);
        if (personal) {
            while (letters.size() > 1 && TITLES.contains(letters.get(0))) {
                letters.remove(0);
            }
        }
        return letters.stream().map(w -> {
            String sound = sound(w);
            boolean common = personal && COMMON_SOUNDS.stream().anyMatch(c -> equivalent(c, sound));
            return new Word(w, sound, !common && w.length() > 1);
        }).toList();
    }

    /** Whether every word of one name is found in another, and whether a distinctive word was among them. */
    private enum Cover { NO, WITHOUT_DISTINCTIVE, WITH_DISTINCTIVE }

    /** Aligns the words of one name against another, in order, skipping words of the other freely. */
    private static final class Aligner {
        private final List<Word> inner;
        private final List<Word> outer;
        private final Cover[][] memo;

        Aligner(List<Word> inner, List<Word> outer) {
            this.inner = inner;
            this.outer = outer;
            this.memo = new Cover[inner.size() + 1][outer.size() + 1];
        }

        Cover cover() {
            return cover(0, 0);
        }

        private Cover cover(int i, int j) {
            if (i == inner.size()) {
                return Cover.WITHOUT_DISTINCTIVE;
            }
            if (j == outer.size()) {
                return Cover.NO;
            }
            if (memo[i][j] != null) {
                return memo[i][j];
            }
            Cover best = cover(i, j + 1);
            Word w = inner.get(i);
            if (w.isInitial() && outer.get(j).letters().startsWith(w.letters())) {
                best = better(best, cover(i + 1, j + 1));
            }
            for (int a = 1; a <= MAX_JOINED && i + a <= inner.size(); a++) {
                for (int b = 1; b <= MAX_JOINED && j + b <= outer.size(); b++) {
                    if ((a > 1 || b > 1 || !w.isInitial()) && sameGroup(inner.subList(i, i + a), outer.subList(j, j + b))) {
                        Cover rest = cover(i + a, j + b);
                        if (rest != Cover.NO && inner.subList(i, i + a).stream().anyMatch(Word::distinctive)) {
                            rest = Cover.WITH_DISTINCTIVE;
                        }
                        best = better(best, rest);
                    }
                }
            }
            memo[i][j] = best;
            return best;
        }

        private static Cover better(Cover a, Cover b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    private static boolean sameGroup(List<Word> x, List<Word> y) {
        return equivalent(joinedSound(x), joinedSound(y));
    }

    /** The sound of adjacent words written as one word. */
    private static String joinedSound(List<Word> group) {
        if (group.size() == 1) {
            return group.get(0).sound();
        }
        String letters = group.stream().map(Word::letters).collect(Collectors.joining());
        String sound = JOINED_SOUNDS.get(letters);
        if (sound == null) {
            if (JOINED_SOUNDS.size() >= CACHE_LIMIT) {
                JOINED_SOUNDS.clear();
            }
            sound = sound(letters);
            JOINED_SOUNDS.put(letters, sound);
        }
        return sound;
    }

    // Sound units: consonants as letters (digraphs as one non-ASCII letter), vowel classes as capitals.
    private static final char A = 'A';
    private static final char E = 'E';
    private static final char I = 'I';
    private static final char U = 'U';
    private static final char DIPHTHONG = 'D';

    static String sound(String word) {
        // the w of Persian khw (Khwaja) is not pronounced, and many write it without: Khaja
        String w = word.replace("khw", "kh").replace("ph", "f").replace("ck", "k").replace("q", "k").replace("dj", "j")
                .replace("x", "ks").replaceAll("c(?!h)", "k").replace('w', 'v');
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (isVowelLetter(c, i, next)) {
                int end = i;
                while (end < w.length() && isVowelLetter(w.charAt(end), end, end + 1 < w.length() ? w.charAt(end + 1) : 0)) {
                    end++;
                }
                appendVowels(out, w.substring(i, end));
                i = end;
                continue;
            }
            char unit = c;
            if (next == 'h' && "skgcztd".indexOf(c) >= 0) {
                unit = switch (c) {
                    case 's' -> 'š';
                    case 'k' -> 'x';
                    case 'g' -> 'ğ';
                    case 'c' -> 'č';
                    case 'z' -> 'ž';
                    case 't' -> 'θ';
                    default -> 'ð';
                };
                i++;
            }
            i++;
            char last = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
            char following = i < w.length() ? w.charAt(i) : 0;
            // an h after a vowel at the end or before another vowel (Shah, Allah, Zabihullah) and an h doubling
            // a digraph (Mashhad) are not written by all
            boolean silentH = unit == 'h' && last != 0 && (isVowelUnit(last)
                    && (i == w.length() || "aeiou".indexOf(following) >= 0) || "šxğčžθð".indexOf(last) >= 0);
            // the l of the Arabic article assimilates to a following sun letter: Abdul-Rahman = Abdurrahman
            boolean assimilatedL = unit == 'l' && isVowelUnit(last) && SUN_LETTERS.indexOf(following) >= 0;
            if (unit != last && !silentH && !assimilatedL) {
                out.append(unit);
            }
        }
        return out.toString();
    }

    private static boolean isVowelLetter(char c, int index, char next) {
        if (c == 'y') {
            // y is a consonant before a vowel or at the start of a word (Yusuf, Sayyid), else a vowel (Gholamy)
            return index > 0 && "aeiou".indexOf(next) < 0;
        }
        return "aeiou".indexOf(c) >= 0;
    }

    private static void appendVowels(StringBuilder out, String run) {
        String r = run.replace('y', 'i');
        char single = switch (r) {
            case "a", "aa" -> A;
            case "e" -> E;
            case "i", "ii", "ee", "ie" -> I;
            case "o", "u", "oo", "ou", "uu", "oe" -> U;
            case "ai", "ei", "aei", "aii", "eii" -> DIPHTHONG;
            default -> 0;
        };
        if (single != 0) {
            appendUnit(out, single);
            return;
        }
        for (char c : r.toCharArray()) {
            appendUnit(out, switch (c) {
                case 'a' -> A;
                case 'e' -> E;
                case 'i' -> I;
                default -> U;
            });
        }
    }

    private static void appendUnit(StringBuilder out, char unit) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != unit) {
            out.append(unit);
        }
    }

    private static boolean isVowelUnit(char unit) {
        return unit == A || unit == E || unit == I || unit == U || unit == DIPHTHONG;
    }

    private static boolean equivalent(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        for (int k = 0; k < x.length(); k++) {
            char a = x.charAt(k);
            char b = y.charAt(k);
            if (a != b && !(isVowelUnit(a) && isVowelUnit(b) && vowelsCompatible(a, b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean vowelsCompatible(char a, char b) {
        return a == E || b == E || a == DIPHTHONG && b == I || a == I && b == DIPHTHONG;
    }
}
