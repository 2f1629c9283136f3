package org.vigil.incident;

import org.vigil.extract.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns what one article reports into incident records (see {@code incident-record.md}): the
 * incident(s) the article is about, with role {@code main}, and every earlier incident it refers
 * to, with role {@code reference} and linked from the main ones. Threats, general patterns,
 * aggregates and background history yield nothing.
 *
 * <p>Rule-based: the vocabulary and grammar live in {@code incident/rules-<lang>.tsv} and
 * {@code incident/dates.tsv}; places come from the bundled {@link Gazetteer}. Supported languages
 * are English (also assumed when the article's language is unknown) and Persian (key triggers,
 * honorific names, places); for any other language the extractor returns no incidents rather than
 * guessing. Instances are immutable and safe to share between threads.
 */
public final class IncidentExtractor {

    private final Gazetteer gazetteer;
    private final DateResolver dates;

    public IncidentExtractor() {
        this(Gazetteer.shared());
    }

    IncidentExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.dates = new DateResolver();
    }

    /** The incidents an article reports, main ones first in text order, then the earlier ones it refers to. */
    public List<Incident> extract(Article article, Incident.Source source) {
        if (article.text() == null || article.text().isBlank()) {
            return List.of();
        }
        return Rules.forLanguage(article.language())
                .map(rules -> new ArticleReading(article, source, rules, gazetteer, dates).incidents())
                .orElse(List.of());
    }

    /** Stable id: the archived record (or URL) plus the incident's ordinal within the article. */
    static String id(Article article, Incident.Source source, int ordinal) {
        String key = source != null && source.archive() != null && source.archive().recordId() != null
                ? source.archive().recordId()
                : source != null && source.url() != null ? source.url() : article.url();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + "#" + ordinal).getBytes(StandardCharsets.UTF_8));
            return "inc-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Latest day a partial ISO date can mean ("2025-11" -> 2025-11-30). */
    static LocalDate lastDay(String partial) {
        if (partial == null) {
            return null;
        }
        return switch (partial.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 12, 31);
            case 7 -> YearMonth.parse(partial).atEndOfMonth();
            default -> LocalDate.parse(partial);
        };
    }

    /** Earliest day a partial ISO date can mean. */
    static LocalDate firstDay(String partial) {
        if (partial == null) {
            return null;
        }
        return switch (partial.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(partial), 1, 1);
            case 7 -> YearMonth.parse(partial).atDay(1);
            default -> LocalDate.parse(partial);
        };
    }

    static final Comparator<Incident.Outcome> SEVERITY = Comparator.comparingInt(o -> switch (o) {
        case KILLED -> 7;
        case ABDUCTED -> 6;
        case DEPORTED -> 5;
        case DETAINED -> 4;
        case INJURED -> 3;
        case UNHARMED -> 2;
        case UNKNOWN -> 1;
    });

    static int count(String determiner) {
        // "two of his bodyguards" counts by its first word, "her three children" by its last.
        String[] words = determiner.toLowerCase(Locale.ROOT).trim().split("\\s+");
        String d = words.length == 2 && words[0].matches("his|her|their") ? words[1] : words[0];
        return switch (d) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> d.chars().allMatch(Character::isDigit) ? Integer.parseInt(d) : 1;
        };
    }
}
