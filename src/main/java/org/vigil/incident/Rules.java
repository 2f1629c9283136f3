package org.vigil.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The extraction rules of one language, compiled from {@code incident/rules-<lang>.tsv}.
 * Word lists are matched literally (case-insensitive, on word boundaries); the grammar kinds
 * ({@code aggregate}, {@code reference}, {@code allegation}, {@code claim_*}, {@code denial},
 * {@code call}, {@code response}) are regular expressions whose {@code {by}}, {@code {actor}},
 * {@code {to}} and {@code {demand}} slots stand for noun phrases.
 */
final class Rules {

    /**
     * What a trigger phrase reports. TAKE (into someone's hands) becomes ABDUCT or DETAIN by its agent, see
     * {@link Custody}. DIE reports a death without saying it was violent ("died", "died in hospital"): it kills only in an
     * incident another trigger opens. ATTEMPT reports a failed attempt on someone's life without saying how ("survived an assassination
     * attempt"): it opens an incident that is an attempted assassination unless another act says more. ARSON
     * sets fire to a person's home, car or shop: an act against them of the type "other" unless it killed or hurt.
     */
    enum Act { KILL, DIE, SPARE, FIRE, INJURE, STAB, BEAT, EXPLODE, ABDUCT, DETAIN, TAKE, DEPORT, ATTACK, ATTEMPT, ARSON }

    record Trigger(Act act, Incident.Method method, Incident.Outcome outcome) {
        /** Acts that can open an incident on their own; the others only add to one. */
        boolean opens() {
            return act != Act.ATTACK && act != Act.SPARE && act != Act.DIE;
        }
    }

    record Hit<T>(int start, int end, T value) {
    }

    record Category(Pattern words, Incident.TargetCategory category) {
    }

    /** A response's phrases, and the longest word of each in lower case: a sentence holding none of them cannot match. */
    record ResponseRule(Pattern pattern, List<String> required, Incident.ResponseAction action, String status) {

        /** Whether the phrases can match a sentence, given in lower case ({@link Locale#ROOT}). */
        boolean mayMatch(String lowerCaseSentence) {
            return holdsAny(lowerCaseSentence, required);
        }
    }

    private static final Pattern KIN_OF = Pattern.compile("(?i)(?:(?:the|a|an|his|her|their)\\s+)?(?:[\\p{L}\\d\\-]+\\s+)?(\\p{L}+)\\s+of\\s");
    private static final String NOUN_PHRASE = "[^.;:!?\"“”()]{2,90}?";
    private static final String NO_EZAFE = "(?<!\u200cی|\u0650)";
    private static final String SHORT_PHRASE = "[^.;:!?\"“”(),]{2,70}?";

    final String language;
    final boolean capitalisedNames;
    /** Verb-final languages (Persian): whatever a sentence-initial person did or suffered comes after it. */
    final boolean verbFinal;
    final Set<String> abbreviations = new HashSet<>();
    private final List<TriggerRule> triggers = new ArrayList<>();
    private final List<Map.Entry<Pattern, Incident.Method>> weapons = new ArrayList<>();
    /** Phrases that hold a trigger word but report no violence ("shot down", "heart attack"). */
    private final Pattern idiom;
    final Pattern nonevent;
    final Pattern aggregate;
    final Pattern reference;
    final Pattern honorific;
    final Set<String> notName;
    /** Common given names (lower case), evidence that a capitalised run is a person; empty where names are not capitalised. */
    final Set<String> givenNames;
    final Pattern speech;
    final Pattern person;
    final Pattern descriptor;
    final List<Category> categories = new ArrayList<>();
    final Pattern former;
    final Pattern placePrep;
    final Pattern districtNoun;
    final Pattern cityNoun;
    final Pattern notScene;
    final Pattern cityPart;
    final Pattern adminNoun;
    /** A person noun within three words after the current position: "(Afghan) Sikh refugee". */
    final Pattern personAfter;
    final List<Grammar> allegations;
    final Pattern claimNone;
    final List<Grammar> claimMade;
    final List<Grammar> denials;
    final List<Grammar> calls;
    final List<ResponseRule> responses = new ArrayList<>();
    final Pattern authority;
    final Pattern custodian;
    final Pattern nameStop;
    final List<Grammar> speakers;
    final Pattern bystander;
    /** Gunfire or an attack aimed at whoever was there ("opened fire on a group", "fired into the crowd"). */
    final Pattern indiscriminate;
    /** Perpetrators told without saying who they are ("the attackers", "unknown gunmen"). */
    final Pattern anonymous;
    final Pattern victimOf;
    /** What an act did to its object, told after it ("stabbed a former judge to death", "shot him dead"). */
    private final Pattern resultative;
    /** Words that make an act noun one of a series ("the third killing of a former officer"): its of-phrase is a class of people. */
    final Pattern series;
    /** "X's car", "X's body": what the act hit was the person's, so the person is its target. */
    final Pattern possessedTarget;
    /** Nouns of places and bodies that close a description before a name ("governor of Kunduz province X"). */
    final Pattern bodyNoun;
    final Pattern separate;
    /** Before a conjunction ("and", "while", "و") or a semicolon a sentence may be cut into clauses. */
    final Pattern conjunction;
    final Pattern suspect;
    final Pattern accuse;
    private final List<Map.Entry<Pattern, String>> actorCountries = new ArrayList<>();

    private Rules(String language, Lexicon lexicon, Lexicon english) {
        this.language = language;
        this.wordSources = lexicon == english ? List.of(lexicon) : List.of(lexicon, english);
        this.capitalisedNames = !lexicon.entries("setting").getOrDefault("names", "capitalised").equals("honorific");
        this.givenNames = capitalisedNames ? Lexicon.load("incident/given-names.tsv").words("given").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()) : Set.of();
        this.verbFinal = lexicon.entries("setting").getOrDefault("order", "svo").equals("sov");
        for (Lexicon.Entry entry : lexicon.list("trigger")) {
            Trigger trigger = new Trigger(Act.valueOf(entry.values().get(0).toUpperCase(Locale.ROOT)),
                    method(entry.values().get(1)), outcome(entry.values().get(2)));
            triggers.add(new TriggerRule(words(entry.words()), longestWords(entry.words()), trigger));
        }
        for (Lexicon.Entry entry : lexicon.list("weapon")) {
            weapons.add(Map.entry(words(entry.words()), method(entry.value())));
        }
        idiom = words(lexicon.words("idiom"));
        abbreviations.addAll(lexicon.words("abbreviation"));
        abbreviations.addAll(lexicon.words("honorific").stream().filter(w -> w.endsWith(".")).toList());
        nonevent = words(lexicon.words("nonevent"));
        aggregate = regex(lexicon.expressions("aggregate"));
        reference = regex(lexicon.expressions("reference"));
        honorific = words(lexicon.words("honorific"));
        notName = lexicon.words("notname").stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        speech = words(lexicon.words("speech"));
        person = words(lexicon.words("person"));
        personAfter = Pattern.compile("(?:\\s+[\\p{L}'’\\-]+){0,3}?\\s+(?:" + person.pattern() + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // An unnamed victim: determiner or count, up to six modifiers, a person noun ("a former Afghan army general");
        // the last person noun of a compound is the head ("a former deputy provincial governor").
        descriptor = Pattern.compile("(?<![\\p{L}\\d])(?:(?:at least|more than|about|nearly|around|some)\\s+)?"
                + "(?<det>(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) of (?:his|her|their)"
                // A year is never a count ("in February 2024 of another Chechen blogger").
                + "|(?:his|her|their) (?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}|his|her|their|یک|دو|سه)"
                // Modifiers never cross another determiner, a clause word or a preposition ("a month after a former
                // officer", "his home on Friday by armed men").
                + "\\s+(?<mods>(?:(?!(?:a|an|another|the|after|before|when|who|whose|which|that|and|or|but|as|than|while|was|were|is|are|has|had|said|says|told|his|her|their|its|on|in|at|by|from|to|with|for|near"
                + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s)"
                + "[\\p{L}\\d\\-'’\\u200c]+\\s+){0,6})(?<noun>" + person.pattern() + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Lexicon.Entry entry : lexicon.list("category")) {
            // Categories read descriptions in any number: "former soldiers" as well as "former soldier".
            List<String> forms = new ArrayList<>(entry.words());
            entry.words().forEach(w -> forms.add(w + "s"));
            categories.add(new Category(words(forms),
                    Incident.TargetCategory.valueOf(entry.value().toUpperCase(Locale.ROOT))));
        }
        former = words(lexicon.words("former"));
        placePrep = words(lexicon.words("placeprep"));
        districtNoun = words(lexicon.words("district"));
        cityNoun = words(lexicon.words("citynoun"));
        cityPart = words(lexicon.words("citypart"));
        adminNoun = words(lexicon.words("adminnoun"));
        notScene = Pattern.compile("(?:" + words(lexicon.words("notscene")).pattern() + ")\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        allegations = grammar(lexicon.expressions("allegation"));
        claimNone = regex(lexicon.expressions("claim_none"));
        claimMade = grammar(lexicon.expressions("claim_made"));
        denials = grammar(lexicon.expressions("denial"));
        calls = grammar(lexicon.expressions("call"));
        for (Lexicon.Entry entry : lexicon.list("response")) {
            responses.add(new ResponseRule(words(entry.words()), longestWords(entry.words()),
                    Incident.ResponseAction.valueOf(entry.values().get(0).toUpperCase(Locale.ROOT)), entry.values().get(1)));
        }
        authority = words(lexicon.words("authority"));
        custodian = words(lexicon.words("custodian"));
        nameStop = words(lexicon.words("namestop"));
        speakers = grammar(lexicon.expressions("speaker"));
        bystander = words(lexicon.words("bystander"));
        indiscriminate = words(lexicon.words("indiscriminate"));
        anonymous = words(lexicon.words("anonymous"));
        victimOf = words(lexicon.words("victim_of"));
        series = words(lexicon.words("series"));
        resultative = words(lexicon.words("resultative"));
        possessedTarget = words(lexicon.words("possessed_target"));
        bodyNoun = words(lexicon.words("body_noun"));
        separate = words(lexicon.words("separate"));
        conjunction = Pattern.compile("(?:,\\s*|\\s+)(?:" + words(lexicon.words("conjunction")).pattern() + "|;)\\s+|;\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        suspect = words(lexicon.words("suspect"));
        accuse = words(lexicon.words("accuse"));
        for (Lexicon.Entry entry : lexicon.list("actor")) {
            actorCountries.add(Map.entry(words(entry.words()), entry.value()));
        }
    }

    /** The rules for an ISO 639-1 language code (null means English), or empty when Vigil has none. */
    static Optional<Rules> forLanguage(String language) {
        // "en-GB" and "fa_IR" mean their base language.
        String lang = language == null || language.isBlank() ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Optional.ofNullable(Holder.BY_LANGUAGE.get(lang));
    }

    private static final class Holder {
        static final Lexicon ENGLISH = Lexicon.load("incident/rules-en.tsv");
        static final Map<String, Rules> BY_LANGUAGE = Map.of(
                "en", new Rules("en", ENGLISH, ENGLISH),
                "fa", new Rules("fa", Lexicon.load("incident/rules-fa.tsv"), ENGLISH));
    }

    // Word classes: the words code patterns are built from, named in them as {name}.

    private static final Pattern WORD_CLASS = Pattern.compile("\\{([a-z_]+)}");
    /**
     * Where word classes are read: this language's rules, then English's. The grammar words of English (auxiliaries,
     * prepositions) are read in every language's text, as English quoted in it still reads as English.
     */
    private final List<Lexicon> wordSources;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /**
     * A pattern written as structure and named word classes: {@code {name}} stands for the words of the
     * {@code words} row {@code name} or, where the list is already data of its own kind, of the kind {@code name},
     * as a group of alternatives tried in written order, each matched literally (a space is one space).
     * Each template is compiled once per language.
     *
     * @throws IllegalStateException when a class is defined nowhere or holds an empty word
     */
    Pattern pattern(String template) {
        return patterns.computeIfAbsent(template, t -> Pattern.compile(WORD_CLASS.matcher(t)
                .replaceAll(m -> Matcher.quoteReplacement(alternation(m.group(1))))));
    }

    private String alternation(String name) {
        for (Lexicon source : wordSources) {
            List<String> words = source.list("words").stream().filter(e -> e.words().get(0).equals(name))
                    .findFirst().map(e -> List.of(e.value().split("\\s*\\|\\s*"))).orElse(source.words(name));
            if (words.stream().anyMatch(String::isEmpty)) {
                throw new IllegalStateException("incident/rules-" + language + ".tsv: word class {" + name + "} has an empty word");
            }
            if (!words.isEmpty()) {
                return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
            }
        }
        throw new IllegalStateException("incident/rules-" + language + ".tsv: no word class {" + name + "}");
    }

    /** All trigger phrases of a text, longest match first where they overlap, in text order. */
    List<Hit<Trigger>> triggers(String text) {
        List<Hit<Trigger>> hits = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher idioms = idiom.matcher(text);
        while (idioms.find()) {
            for (int i = idioms.start(); i < idioms.end(); i++) {
                taken[i] = true;
            }
        }
        List<Hit<Trigger>> all = new ArrayList<>();
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (TriggerRule rule : triggers) {
            if (!holdsAny(lowerCase, rule.required())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                // "microbe-killing chemicals": a trigger inside a compound modifier reports no act.
                if ((m.start() == 0 || text.charAt(m.start() - 1) != '-') && !countsSeries(text, m.start())) {
                    all.add(new Hit<>(m.start(), m.end(), rule.trigger()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Hit<Trigger> h) -> h.start() - h.end()).thenComparingInt(Hit::start));
        for (Hit<Trigger> hit : all) {
            boolean free = true;
            for (int i = hit.start(); i < hit.end(); i++) {
                free &= !taken[i];
            }
            if (free) {
                for (int i = hit.start(); i < hit.end(); i++) {
                    taken[i] = true;
                }
                hits.add(hit);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        for (int i = 0; i < hits.size(); i++) {
            Hit<Trigger> hit = hits.get(i);
            int next = i + 1 < hits.size() ? hits.get(i + 1).start() : text.length();
            if (hit.value().outcome() == Incident.Outcome.INJURED && killsItsObject(text, hit.end(), next)) {
                hits.set(i, new Hit<>(hit.start(), hit.end(), new Trigger(Act.KILL, hit.value().method(), Incident.Outcome.KILLED)));
            }
        }
        return hits;
    }

    /**
     * "stabbed a former Afghan judge, X, to death", "shot him dead": the act's outcome told after its object, within
     * the same clause (no other act, conjunction or sentence end between), makes a wounding act a killing.
     */
    private boolean killsItsObject(String text, int actEnd, int nextAct) {
        Matcher m = resultative.matcher(text).region(actEnd, Math.min(nextAct, actEnd + 100)).useTransparentBounds(true);
        if (!m.find() || m.start() == actEnd) {
            return false;
        }
        String between = text.substring(actEnd, m.start());
        return between.chars().noneMatch(ch -> ch == '.' || ch == ';' || ch == '!' || ch == '?')
                && !conjunction.matcher(between).find() && !between.isBlank();
    }

    /**
     * "the third killing of a former Afghan security official in Iran": an act counted in a series is the kind of act
     * the report's belongs to, not one more act, and its of-phrase names a kind of people, not a victim.
     */
    private boolean countsSeries(String text, int actStart) {
        Matcher m = series.matcher(text).region(Math.max(0, actStart - 20), actStart).useTransparentBounds(true);
        while (m.find()) {
            if (text.substring(m.end(), actStart).isBlank()) {
                return true;
            }
        }
        return false;
    }

    Optional<Incident.Method> weapon(String text) {
        for (Map.Entry<Pattern, Incident.Method> rule : weapons) {
            if (rule.getKey().matcher(text).find()) {
                return Optional.of(rule.getValue());
            }
        }
        return Optional.empty();
    }

    /** "brother", "son", "برادر": a word that describes someone by kinship. */
    boolean isKinship(String word) {
        return categories.stream().anyMatch(c -> c.category() == Incident.TargetCategory.FAMILY_MEMBER
                && c.words().matcher(word).matches());
    }

    Optional<String> actorCountry(String actor) {
        for (Map.Entry<Pattern, String> rule : actorCountries) {
            if (rule.getKey().matcher(actor).find()) {
                return Optional.of(rule.getValue());
            }
        }
        return Optional.empty();
    }

    /** The last actor of the {@code actor} list a text names ("Taliban" in "... the Taliban intelligence had ..."), if any. */
    Optional<String> lastKnownActor(String text) {
        int at = -1;
        String found = null;
        for (Map.Entry<Pattern, String> rule : actorCountries) {
            Matcher m = rule.getKey().matcher(text);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    found = m.group();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    Incident.TargetCategory category(String role) {
        if (role == null || role.isBlank()) {
            return Incident.TargetCategory.OTHER;
        }
        // "the brother of a former army general", "son of a police officer": the person is the relative, not the official.
        for (String description : role.split(";")) {
            Matcher head = KIN_OF.matcher(description.strip());
            if (head.lookingAt() && isKinship(head.group(1))) {
                return Incident.TargetCategory.FAMILY_MEMBER;
            }
        }
        boolean wasFormer = former.matcher(role).find();
        for (Category c : categories) {
            if (c.category() == Incident.TargetCategory.FORMER_OFFICIAL && !wasFormer) {
                continue;
            }
            if (c.words().matcher(role).find()) {
                return c.category();
            }
        }
        return Incident.TargetCategory.OTHER;
    }

    private static Incident.Method method(String value) {
        return value.equals("-") ? null : Incident.Method.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static Incident.Outcome outcome(String value) {
        return value.equals("-") ? null : Incident.Outcome.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /**
     * A trigger's phrases as one pattern, and for each phrase its longest word in lower case: a text
     * holding none of those words cannot match, which is cheaper to see than to match every phrase
     * at every character.
     */
    private record TriggerRule(Pattern pattern, List<String> required, Trigger trigger) {
    }

    /** Whether a text holds one of some texts; a plain loop, as it runs for every rule on every sentence. */
    private static boolean holdsAny(String text, List<String> texts) {
        for (String t : texts) {
            if (text.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The longest word of each phrase, in lower case (the words of a phrase may be spaced apart). */
    private static List<String> longestWords(List<String> phrases) {
        return phrases.stream().map(phrase -> Arrays.stream(phrase.toLowerCase(Locale.ROOT).split(" "))
                .max(Comparator.comparingInt(String::length)).orElse("")).distinct().toList();
    }

    /** A literal word list as one pattern, longest alternatives first. */
    static Pattern words(List<String> words) {
        if (words.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        // Grouped by first letter, so that at each position only the phrases starting with its letter are tried (a list
        // of hundreds of phrases costs a test per phrase per word otherwise); longest first within each group.
        Map<Integer, List<String>> byFirst = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.groupingBy(w -> Character.toLowerCase(w.codePointAt(0)), LinkedHashMap::new, Collectors.toList()));
        String alternation = byFirst.values().stream()
                .map(group -> {
                    String first = group.get(0).substring(0, Character.charCount(group.get(0).codePointAt(0)));
                    return Pattern.quote(first) + "(?:" + group.stream().map(w -> w.substring(first.length()))
                            .map(rest -> rest.isEmpty() ? "" : Pattern.quote(rest).replace(" ", "\\E[\\s\\u200c]+\\Q"))
                            .collect(Collectors.joining("|")) + ")";
                })
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern regex(List<String> expressions) {
        if (expressions.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", expressions) + ")(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A grammar rule and what any sentence it matches must contain: one of the texts of each of
     * {@code required}. Its noun-phrase slots are lazy and may start anywhere, so matching a sentence
     * costs far more than looking for that text first.
     */
    record Grammar(Pattern pattern, List<List<String>> required) {

        /** Whether the rule can match a sentence, given in lower case ({@link Locale#ROOT}). */
        boolean mayMatch(String lowerCaseSentence) {
            for (List<String> choice : required) {
                if (!holdsAny(lowerCaseSentence, choice)) {
                    return false;
                }
            }
            return true;
        }

        Matcher matcher(String sentence) {
            return pattern.matcher(sentence);
        }
    }

    private static List<Grammar> grammar(List<String> rules) {
        List<Grammar> grammars = new ArrayList<>();
        for (String rule : rules) {
            // A source starts a sentence or follows punctuation or a conjunction, never mid-phrase:
            // this keeps the lazy noun phrases from being tried at every character.
            // "... and accused X of": the source is the sentence's subject, left to the speaker fallback.
            // "“We believe this is happening at the request of ...”": a sentence opening a quote has its source inside it.
            // "خانواده‌ی قربانی استخبارات طالبان را مسئول ... می‌دانند": a Persian word with the ezafe (‌ی, ِ) is tied to the
            // word after it, so a source never ends on one.
            String regex = rule.replace("{by} ", "(?:(?:^[\"“]?|(?<=[,;:”\"’—–]\\s)|(?<=\\s(?:and|that|but|while)\\s))(?<by>"
                            + NOUN_PHRASE + ")" + NO_EZAFE + " |(?<=\\sand\\s))")
                    .replace("{by}", "(?:^[\"“]?|(?<=[,;:”\"’—–]\\s)|(?<=\\s(?:and|that|but|while)\\s))(?<by>" + NOUN_PHRASE + ")"
                            + NO_EZAFE)
                    // "the Taliban's General Directorate of Intelligence (GDI) was behind": the acronym in brackets is
                    // part of the actor's name as the article gives it, so no pattern may stop at it.
                    // "Saf-e Adalat (“Ranks of Justice”) said": a translation in brackets and quotes glosses the name, no part of it.
                    .replace("{actor}", "(?<actor>" + SHORT_PHRASE + "(?: \\((?-i:\\p{Lu}\\p{L}?\\p{Lu}\\p{L}{0,6})\\))?)"
                            + "(?: \\([\"“][^\"“”()]{2,60}[\"”]\\))?")
                    .replace("{to}", "(?<to>" + SHORT_PHRASE + ")")
                    .replace("{who}", "(?<who>" + SHORT_PHRASE + ")")
                    .replace("{demand}", "(?<demand>[^.;:!?\"“”]{3,160})");
            // A rule ending in a word must end on a word boundary ("of" is not the start of "officials").
            if (Character.isLetter(regex.charAt(regex.length() - 1))) {
                regex += "(?![\\p{L}])";
            }
            grammars.add(new Grammar(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    requiredChoices(rule)));
        }
        return grammars;
    }

    /**
     * The choices of text a match of a rule must make, each a list of lower-case alternatives one of which
     * the match holds: the literal text outside optional parts, and for a group of alternatives ("(?:said|says)",
     * "(?:believed|(?:was )?(?:certain|sure))") one choice made of a text each alternative must hold. With
     * dozens of rules whose slots may start anywhere, a sentence is then tried only against the few that can
     * match it. Slots, classes, escapes and lookarounds require nothing; a choice holds no text at all when
     * an alternative of its group requires none. Most selective first, so that a sentence is rejected early.
     */
    static List<List<String>> requiredChoices(String rule) {
        List<List<String>> choices = new ArrayList<>(new Requirement(rule).choices());
        choices.sort(Comparator.comparingInt(Rules::selectivity).reversed());
        return List.copyOf(choices);
    }

    /** How rarely a sentence holds a choice, as the length of its shortest text. */
    private static int selectivity(List<String> choice) {
        return choice.stream().mapToInt(String::length).min().orElse(0);
    }

    /** A reading of one rule's regular expression for the text its matches must hold. */
    private static final class Requirement {
        private final String rule;
        private int at;

        Requirement(String rule) {
            this.rule = rule;
        }

        /** At most this many texts make one choice: past it, text is cut where a group of words starts. */
        private static final int MAX_TEXTS = 32;

        /** What an alternative requires, and the texts it is exactly one of where it is plain words ("the (?:men|man)"). */
        private record Alternative(List<List<String>> choices, List<String> texts) {
        }

        List<List<String>> choices() {
            List<List<String>> choices = oneOf(alternatives());
            return at < rule.length() ? List.of() : choices;
        }

        /**
         * The choices of each alternative up to the ')' closing the current group, or the end. Plain text runs on
         * through groups of plain words, so that "the (?:men|attackers) (?:were|was)" requires "the men were" or
         * one of the other phrases, not words as common as "the" and "men" anywhere.
         */
        private List<Alternative> alternatives() {
            List<Alternative> alternatives = new ArrayList<>();
            List<List<String>> choices = new ArrayList<>();
            List<String> run = List.of("");
            boolean plain = true;
            while (at < rule.length() && rule.charAt(at) != ')') {
                char c = rule.charAt(at);
                if (c == '|') {
                    alternatives.add(alternative(run, choices, plain));
                    choices = new ArrayList<>();
                    run = List.of("");
                    plain = true;
                    at++;
                } else if (c == '(') {
                    boolean consumes = openGroup();
                    List<Alternative> inner = alternatives();
                    at++;
                    boolean required = !skipQuantifier() && consumes;
                    List<String> texts = required ? texts(inner) : null;
                    if (texts != null && run.size() * texts.size() <= MAX_TEXTS) {
                        run = concat(run, texts);
                        continue;
                    }
                    flush(run, choices);
                    plain = false;
                    if (texts != null && texts.size() <= MAX_TEXTS) {
                        run = texts;
                    } else {
                        run = List.of("");
                        if (required) {
                            choices.addAll(oneOf(inner));
                        }
                    }
                } else if (c == '\\' || c == '[' || c == '.' || c == '^' || c == '$' || slotAt(c)) {
                    flush(run, choices);
                    run = List.of("");
                    plain = false;
                    at = c == '\\' ? escapeEnd() : c == '[' ? classEnd(rule, at) + 1 : c == '{' ? rule.indexOf('}', at) + 1 : at + 1;
                    skipQuantifier();
                } else {
                    at++;
                    int before = at;
                    if (!skipQuantifier()) {
                        run = concat(run, List.of(String.valueOf(c)));
                    }
                    if (at > before) {
                        // "colou?r", "a+": the text on either side of a quantified character is not one run.
                        flush(run, choices);
                        run = List.of("");
                        plain = false;
                    }
                }
            }
            alternatives.add(alternative(run, choices, plain));
            return alternatives;
        }

        private static Alternative alternative(List<String> run, List<List<String>> choices, boolean plain) {
            flush(run, choices);
            return new Alternative(choices, plain ? run : null);
        }

        /** The texts a group is exactly one of, or null when an alternative is more than plain text. */
        private static List<String> texts(List<Alternative> alternatives) {
            List<String> texts = new ArrayList<>();
            for (Alternative alternative : alternatives) {
                if (alternative.texts() == null) {
                    return null;
                }
                texts.addAll(alternative.texts());
            }
            return texts;
        }

        private static List<String> concat(List<String> heads, List<String> tails) {
            List<String> texts = new ArrayList<>();
            for (String head : heads) {
                for (String tail : tails) {
                    texts.add(head + tail);
                }
            }
            return texts;
        }

        /**
         * Alternatives as the choices a match makes: a single alternative's own, else one choice of the
         * most selective text of each alternative, or none when an alternative requires nothing.
         */
        private static List<List<String>> oneOf(List<Alternative> alternatives) {
            if (alternatives.size() == 1) {
                return alternatives.get(0).choices();
            }
            List<String> choice = new ArrayList<>();
            for (Alternative alternative : alternatives) {
                if (alternative.choices().isEmpty()) {
                    return List.of();
                }
                choice.addAll(alternative.choices().stream().max(Comparator.comparingInt(Rules::selectivity)).orElseThrow());
            }
            return List.of(fewest(choice));
        }

        /** Steps over a group's opening; whether what it holds is text of the match (not a lookaround or flags). */
        private boolean openGroup() {
            at++;
            if (at >= rule.length() || rule.charAt(at) != '?') {
                return true;
            }
            at++;
            if (rule.startsWith("<=", at) || rule.startsWith("<!", at)) {
                at += 2;
                return false;
            }
            char kind = at < rule.length() ? rule.charAt(at) : ')';
            if (kind == '=' || kind == '!') {
                at++;
                return false;
            }
            if (kind == '<') {
                at = rule.indexOf('>', at) + 1;
                return true;
            }
            if (kind == ':' || kind == '>') {
                at++;
                return true;
            }
            // Flags, "(?-i:\p{Lu})" or "(?i)": a lower-case sentence holds lower-case text whatever the case rules.
            while (at < rule.length() && rule.charAt(at) != ':' && rule.charAt(at) != ')') {
                at++;
            }
            if (at < rule.length() && rule.charAt(at) == ':') {
                at++;
            }
            return true;
        }

        /** Steps over a quantifier at the current position, if any; whether it lets what it follows be absent. */
        private boolean skipQuantifier() {
            if (at >= rule.length()) {
                return false;
            }
            char c = rule.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                at++;
            } else if (c == '+') {
                optional = false;
                at++;
            } else if (c == '{' && !slotAt(c)) {
                int close = rule.indexOf('}', at);
                optional = rule.substring(at + 1, close).matches("0*(?:,.*)?");
                at = close + 1;
            } else {
                return false;
            }
            if (at < rule.length() && (rule.charAt(at) == '?' || rule.charAt(at) == '+')) {
                at++;
            }
            return optional;
        }

        /** A slot "{by}" (as opposed to a quantifier "{2,5}") opening at the current position. */
        private boolean slotAt(char c) {
            int close = rule.indexOf('}', at);
            return c == '{' && close > at && rule.substring(at + 1, close).matches("[a-z]+");
        }

        /** Index just after the escape at the current position: a class by name or a code point is one escape. */
        private int escapeEnd() {
            char kind = at + 1 < rule.length() ? rule.charAt(at + 1) : ' ';
            if ((kind == 'p' || kind == 'P' || kind == 'x' || kind == 'N') && rule.startsWith("{", at + 2)) {
                return rule.indexOf('}', at) + 1;
            }
            if (kind == 'p' || kind == 'P') {
                return at + 3;
            }
            if (kind == 'k') {
                return rule.indexOf('>', at) + 1;
            }
            return at + switch (kind) {
                case 'u' -> 6;
                case 'x' -> 4;
                case 'c' -> 3;
                default -> 2;
            };
        }

        /** Adds the texts of a run as a choice, unless one of them is no text at all. */
        private static void flush(List<String> run, List<List<String>> choices) {
            List<String> texts = run.stream().map(text -> text.strip().toLowerCase(Locale.ROOT)).toList();
            if (texts.stream().noneMatch(String::isEmpty)) {
                choices.add(fewest(texts));
            }
        }

        /** A choice without the texts that hold another of its texts ("was blamed" beside "blamed"), in order. */
        private static List<String> fewest(List<String> texts) {
            List<String> fewest = new ArrayList<>();
            for (String text : texts) {
                if (texts.stream().noneMatch(other -> !other.equals(text) && text.contains(other)) && !fewest.contains(text)) {
                    fewest.add(text);
                }
            }
            return List.copyOf(fewest);
        }
    }

    /** Index of the ']' closing the character class that opens at {@code start}. */
    private static int classEnd(String rule, int start) {
        int i = start + 1;
        if (i < rule.length() && rule.charAt(i) == '^') {
            i++;
        }
        if (i < rule.length() && rule.charAt(i) == ']') {
            i++;
        }
        while (i < rule.length() && rule.charAt(i) != ']') {
            i += rule.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
