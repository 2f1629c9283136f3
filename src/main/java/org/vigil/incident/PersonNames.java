package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in a clause and splits honorifics and ranks off them
 * ("General Abdul Wahid Gholami" -> honorific General, name Abdul Wahid Gholami). There is no
 * named-entity model: in capitalising languages a name is a run of two to four capitalised words
 * that is neither an organisation, a place nor a sentence opener, or any run after an honorific;
 * in other languages (Persian) a name is the one to three words after an honorific, or the two or
 * three words that open a sentence or follow "and" when an apposition naming a role comes right
 * after them ("عبدالرشید غلامی، معاون پیشین وزارت دفاع، ...").
 */
final class PersonNames {

    /** A name found in a text; offsets cover the name without its honorific. */
    record Name(int start, int end, String name, String honorific) {
    }

    private static final Pattern TITLE = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+(?=\\p{Lu})");
    private static final Pattern AGE_APPOSITION = Pattern.compile("^\\s*,\\s*\\d{1,3}\\s*,");
    /** "Hotak's son, Naqibullah Hotak, alleged": no more than the comma that closes an apposition. */
    private static final Pattern COMMA_ONLY = Pattern.compile("\\s*,?\\s*");
    /** "Taliban-linked": a hyphen before a lower-case word makes a modifier, not a name. */
    private static final Pattern HYPHENATED_WORD = Pattern.compile(".*-\\p{Ll}{4,}.*");
    private static final Pattern TOKEN = Pattern.compile("[^\\s،,.;:!?«»\"“”()]+");
    // Persian only (names without capitals): templates of Rules#pattern, built from the language's word classes when used.
    /** A Persian noun with the possessive suffix "-ash" ("برادرش", his brother) and the word after it. */
    private static final String KIN_SUFFIXED = "(?<![\\p{L}\\u200c])(\\p{L}+){kin_suffix}\\s+([^\\s،,.;:!?«»\"“”()]+)";
    /**
     * "پسر ۲۲ ساله آقای کریمی، فرهاد، ..." (Mr Karimi's 22-year-old son, Farhad): a kinship noun, with an age and a possessor
     * (او, or an honorific and a surname) after it, naming a relative by one word set off by commas, as "His son, Farhad,".
     */
    private static final String KIN_APPOSED = "(?<![\\p{L}\\u200c])(\\p{L}+)(?:\\s+[۰-۹\\d]{1,3}\\s*{age_unit})?"
            + "(?:\\s+(?:{third_person}|{honorific}\\s+[^\\s،,.;:!?«»\"“”()]+))?\\s*،\\s*([^\\s،,.;:!?«»\"“”()]+)\\s*،";
    private static final String KIN_BEFORE_POSSESSOR = "(?<![\\p{L}\\u200c])(\\p{L}+)(?:\\s+[۰-۹\\d]{1,3}\\s*{age_unit})?\\s+$";
    private static final String APPOSED =
            "(?:^|(?<=[\\s،]{name_opener})\\s+)((?:[^\\s،,.;:!?«»\"“”()]+\\s+){1,2}[^\\s،,.;:!?«»\"“”()]+)\\s*،\\s*([^،.;:!?]{2,80})";
    /** "، ۴۸ ساله،" (48 years old), "، مشهور به «...»" (known as): appositions that introduce a person as a role does. */
    private static final String AGE_OR_ALIAS = "^(?:[۰-۹\\d]{1,3}\\s*{age_unit}|{alias_adjective}\\s+{alias_preposition})(?![\\p{L}\\u200c])";
    /** "این دادستان پیشین، محمد نعیم فراهی، ۴۸ ساله": the person a story told of by role, named in apposition to it. */
    private static final String DESCRIBED_THEN_NAMED =
            "(?:^|\\s){demonstrative}\\s+([^،,.;:!?«»]{2,40}?)\\s*،\\s*((?:[^\\s،,.;:!?«»\"“”()]+\\s+){1,2}[^\\s،,.;:!?«»\"“”()]+)\\s*،";

    private final Rules rules;
    private final Predicate<String> isPlace;
    // The grammar of names in a capitalising language, built from the word classes of rules-<lang>.tsv (see Rules#pattern).
    /** "his nephew Bilal", "His nephew, Samiullah,": a relative named by a first name alone. */
    private final Pattern kinBefore;
    private final Pattern building;
    private final Pattern article;
    /** "the armoured Toyota Land Cruiser", "a white Honda": a determiner and a modifier right before the run. */
    private final Pattern modified;
    private final Pattern saidRightBefore;
    private final Pattern sentenceEndApposition;
    /** "identified as Habibullah", "identified by medics as 16-year-old Bilal". */
    private final Pattern identifiedBefore;
    private final Pattern patronymicAfter;
    private final Pattern ordinalBefore;
    /** ", a police official in Peshawar,", ", head of the Met's Counter Terrorism Command,": a role set off by commas. */
    private final Pattern apposition;
    /** "Officer Ghulam Sarwar of Kuchlak police station said": where the speaker works, between name and verb. */
    private final Pattern speakerOf;
    /** "said police official X" speaks; "said the widow of X" does not (the widow does). */
    private final Pattern saidBefore;
    private final Pattern toldBefore;
    private final Pattern articleRightBefore;
    private final Pattern sourcePreposition;

    PersonNames(Rules rules, Predicate<String> isPlace) {
        this.rules = rules;
        this.isPlace = isPlace;
        // "his son Bilal", and set off by commas "The son, Farhad,": a person noun introducing a one-word name.
        kinBefore = rules.pattern("(?:^|\\s)(?:(?i:{possessive})\\s+(?:[\\p{Ll}\\-]+\\s+)?(\\p{Ll}+)\\s*,?"
                + "|(?i:{definite})\\s+(?:[\\p{Ll}\\-]+\\s+)?(\\p{Ll}+)\\s*,)\\s+$");
        building = rules.pattern("(?i)(?:{building})(?![\\p{L}])");
        article = rules.pattern("(?i){definite}|{indefinite}");
        modified = rules.pattern("(?:^|\\s)(?i:{determiner}|{possessive_other})\\s+(\\p{Ll}[\\p{Ll}\\-]*)\\s+$");
        saidRightBefore = rules.pattern("\\b{said_right_before}\\s+$");
        sentenceEndApposition = rules.pattern("(?s)\\s*(?:,\\s*(?:\\d{1,3}|{apposition_determiner}\\b[^,.;]*))*\\s*[.;]?[\"”’]?\\s*$");
        identifiedBefore = rules.pattern("\\b{identified}\\b[^.;,]{0,40}?\\b{predicative}\\s+(?:\\d{1,3}-year-old\\s+)?$");
        patronymicAfter = rules.pattern("\\s*,\\s*{patronymic} {genitive}\\s+\\p{Lu}");
        ordinalBefore = rules.pattern("\\b\\d+{ordinal_suffix}\\s+$");
        apposition = rules.pattern("^\\s*,\\s*(?:{apposition_opener}\\b|\\p{Ll})[^,.;]{0,120},");
        speakerOf = rules.pattern("\\s+{workplace_prep}\\s+(?:[\\p{L}'’\\-]+\\s+){1,6}");
        // "said a nephew, Harpreet Singh": the speaker's description may close with the comma that sets the name off.
        saidBefore = rules.pattern("{said_before}\\s+(?:[\\p{Ll}\\-]+\\s+){0,4}[\\p{Ll}\\-]+,?\\s+(?<!\\b{genitive}\\s)$");
        toldBefore = rules.pattern("\\b{told_before}\\s+$");
        articleRightBefore = rules.pattern("{definite} $");
        sourcePreposition = rules.pattern("(?i){source_prep}");
    }

    List<Name> find(String text) {
        return rules.capitalisedNames ? capitalised(text) : afterHonorific(text);
    }

    /** True when the name is the one speaking ("X said", "said police official X"), not the one acted on. */
    boolean isSpeaker(String text, Name name) {
        if (!rules.capitalisedNames) {
            // Without capitals the subject cannot be told apart ("relatives of General X say").
            return false;
        }
        String after = text.substring(name.end());
        Matcher age = AGE_APPOSITION.matcher(after);
        if (age.find()) {
            after = after.substring(age.end());
        }
        Matcher role = apposition.matcher(after);
        if (role.find()) {
            after = after.substring(role.end());
        }
        Matcher spoke = rules.speech.matcher(after).region(0, Math.min(after.length(), 90));
        if (spoke.find() && speakerOf.matcher(after.substring(0, spoke.start())).matches()) {
            return true;
        }
        Matcher speech = rules.speech.matcher(after);
        // "Hotak's son, Naqibullah Hotak, alleged": the comma closes the apposition the name stands in.
        if (speech.find() && COMMA_ONLY.matcher(after.substring(0, speech.start())).matches()) {
            return true;
        }
        if (namedAfterSaid(text, name)) {
            return true;
        }
        int from = Math.max(0, name.start() - 60);
        // "told Caspian Dispatch that ...": the one spoken to is no more a victim than the speaker; "according to X" is the source.
        return saidBefore.matcher(text.substring(from, name.start())).find()
                || toldBefore.matcher(text.substring(from, name.start())).find();
    }

    private List<Name> capitalised(String text) {
        List<Name> names = new ArrayList<>();
        for (Tokens.Run run : Tokens.capitalisedRuns(text)) {
            String value = run.text();
            int start = run.start();
            String honorific = null;
            Matcher h = rules.honorific.matcher(value);
            while (h.lookingAt()) {
                honorific = honorific == null ? h.group() : honorific + " " + h.group();
                int skip = h.end();
                while (skip < value.length() && value.charAt(skip) == ' ') {
                    skip++;
                }
                start += skip;
                value = value.substring(skip);
                h = rules.honorific.matcher(value);
            }
            // "Prosecutor Abdul Qadir Sultani", "Journalist X": a job title before a name is a title, like a rank.
            Matcher title = TITLE.matcher(value);
            if (honorific == null && title.lookingAt() && rules.person.matcher(title.group(1)).matches()
                    && !rules.notName.contains(title.group(1).toLowerCase(Locale.ROOT))) {
                honorific = title.group(1);
                start += title.end();
                value = value.substring(title.end());
            }
            String[] words = value.isEmpty() ? new String[0] : value.split("\\s+");
            int drop = 0;
            while (honorific == null && drop < words.length && rules.notName.contains(words[drop].toLowerCase(Locale.ROOT))) {
                start += words[drop].length() + 1;
                drop++;
            }
            // "The Exile Protection Network": a run the article opens names a body, never a person.
            if (drop > 0 && article.matcher(words[0]).matches()) {
                continue;
            }
            if (drop > 0) {
                value = drop >= words.length ? "" : value.substring(value.indexOf(words[drop], 0));
                words = value.isEmpty() ? new String[0] : value.split("\\s+");
                // "Station House Officer Ghulam Sarwar", "Police Officer X": the job title the dropped words began ends
                // in a rank or a person noun, which is no part of the name either.
                Matcher rank = rules.honorific.matcher(value);
                Matcher job = TITLE.matcher(value);
                Matcher heading = rank.lookingAt() ? rank : job.lookingAt() && rules.person.matcher(job.group(1)).matches() ? job : null;
                String rest = heading == null ? "" : value.substring(heading.end()).stripLeading();
                if (!rest.isEmpty()) {
                    honorific = value.substring(0, heading.end()).trim();
                    start += value.length() - rest.length();
                    value = rest;
                    words = value.split("\\s+");
                }
            }
            if (words.length == 0 || words.length > 4
                    || (words.length < 2 && honorific == null && !introducedByKin(text, start) && !identifiedAlone(text, start, value))) {
                continue;
            }
            // "the 2nd Commando Kandak", "the 217th Pamir Corps": a run after an ordinal names a unit.
            if (ordinalBefore.matcher(text.substring(Math.max(0, run.start() - 8), run.start())).find()) {
                continue;
            }
            if (!plausible(words) || isPlace.test(value) || precededByArticle(text, start) || precededByPossessive(text, start)
                    || modifiedLikeAThing(text, start, words[0])
                    || precededByPlacePreposition(text, start) || modifiesPersonNoun(text, start + value.length())
                    || namesDistrict(text, start + value.length()) || namesBuilding(text, start + value.length(), words)) {
                continue;
            }
            names.add(new Name(start, start + value.length(), value, honorific));
        }
        return names;
    }

    private boolean plausible(String[] words) {
        for (String word : words) {
            if (rules.notName.contains(word.toLowerCase(Locale.ROOT)) || word.chars().anyMatch(Character::isDigit)
                    || isPlace.test(word) || HYPHENATED_WORD.matcher(word).matches()
                    || word.length() < 2 || word.chars().allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the armoured Toyota Land Cruiser of X", "a white Hyundai Sonata": a run after a determiner and a modifier that is no
     * person noun is a thing or a body, unless it opens with a common given name ("the late Ahmad Shah Massoud").
     */
    private boolean modifiedLikeAThing(String text, int start, String first) {
        Matcher m = modified.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() && !rules.person.matcher(m.group(1)).matches() && !rules.givenNames.contains(first.toLowerCase(Locale.ROOT));
    }

    /** "Imam Reza hospital", "the Abdul Rahman Mosque": a run ending in or followed by a building noun names the building. */
    private boolean namesBuilding(String text, int end, String[] words) {
        return building.matcher(words[words.length - 1]).matches()
                || end < text.length() && text.charAt(end) == ' ' && building.matcher(text).region(end + 1, text.length()).lookingAt();
    }

    /** "the same Aino Mina neighbourhood": a run before a district noun names a place. */
    private boolean namesDistrict(String text, int end) {
        return end < text.length() && text.charAt(end) == ' ' && rules.districtNoun.matcher(text).region(end + 1, text.length()).lookingAt();
    }

    /**
     * '..., said Ahmad Fawad, a relative of the slain commander.': a name right after "said" that ends the sentence,
     * alone or with its apposition, speaks; "said Mohammad Amiri, 45, was killed" reports.
     */
    private boolean namedAfterSaid(String text, Name name) {
        int start = name.start() - (name.honorific() == null ? 0 : name.honorific().length() + 1);
        return saidRightBefore.matcher(text.substring(Math.max(0, start - 12), Math.max(0, start))).find()
                && sentenceEndApposition.matcher(text.substring(name.end())).matches();
    }

    /**
     * "identified as Hekmatullah, son of Ghulam Haidar", "Hayatullah, son of Abdul Qadir,": many Afghans go by one name,
     * which an identification or a patronymic marks as a person's.
     */
    private boolean identifiedAlone(String text, int start, String value) {
        return identifiedBefore.matcher(text.substring(Math.max(0, start - 60), start)).find()
                || patronymicAfter.matcher(text.substring(start + value.length())).lookingAt();
    }

    /** "his son Bilal", "her husband Karim": a person noun after a possessive introduces a one-word name. */
    private boolean introducedByKin(String text, int start) {
        Matcher m = kinBefore.matcher(text.substring(Math.max(0, start - 40), start));
        return m.find() && rules.person.matcher(m.group(1) != null ? m.group(1) : m.group(2)).matches();
    }

    /** "an 8-year-old Fort Worth girl": a capitalised run that modifies a person noun is a place or a body, not a name. */
    private boolean modifiesPersonNoun(String text, int end) {
        return end < text.length() && text.charAt(end) == ' ' && rules.person.matcher(text).region(end + 1, text.length()).lookingAt();
    }

    private boolean precededByArticle(String text, int start) {
        return articleRightBefore.matcher(text.substring(Math.max(0, start - 4), start)).find();
    }

    /** "at Panj-e Payan", "in Bhara Kahu": a capitalised run after a place preposition names a place. */
    private boolean precededByPlacePreposition(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        int space = before.lastIndexOf(' ');
        String word = space < 0 ? before : before.substring(space + 1);
        // "fired at Magomed Tsuraev", "opened fire on X": the preposition belongs to the act, the run is its target.
        // Three words back for "opened fire on".
        int second = before.lastIndexOf(' ', Math.max(0, space - 1));
        String verbAndWord = before.substring(Math.max(0, before.lastIndexOf(' ', Math.max(0, second - 1)) + 1));
        if (space > 0 && rules.triggers(verbAndWord).stream().anyMatch(h -> h.end() == verbAndWord.length())) {
            return false;
        }
        return rules.placePrep.matcher(word).matches() || sourcePreposition.matcher(word).matches();
    }

    private static boolean precededByPossessive(String text, int start) {
        String before = text.substring(Math.max(0, start - 3), start);
        return before.endsWith("'s ") || before.endsWith("’s ");
    }

    private List<Name> afterHonorific(String text) {
        List<Name> names = new ArrayList<>(apposed(text));
        names.addAll(afterKin(text));
        Matcher h = rules.honorific.matcher(text);
        while (h.find()) {
            Matcher token = TOKEN.matcher(text).region(h.end(), text.length());
            int start = -1;
            int end = -1;
            // Up to three words: "جنرال محمد نسیم کریمی"; a stop word or place ends the name sooner.
            for (int i = 0; i < 3 && token.find(); i++) {
                if (!text.substring(end < 0 ? h.end() : end, token.start()).isBlank()
                        || rules.nameStop.matcher(token.group()).matches() || isPlace.test(token.group())
                        || !rules.triggers(token.group()).isEmpty()) {
                    break;
                }
                start = start < 0 ? token.start() : start;
                end = token.end();
            }
            int from = start;
            if (start >= 0 && names.stream().noneMatch(n -> n.start() <= from && from < n.end())) {
                names.add(new Name(start, end, text.substring(start, end), h.group()));
            }
        }
        return names;
    }

    /**
     * "همراه با برادرش نجیب‌الله": a kinship noun with the possessive suffix introduces a one-word name, as "his brother X";
     * so does a kinship noun whose possessor follows it, with the name set off by commas ("پسر او، مجتبی،").
     */
    private List<Name> afterKin(String text) {
        List<Name> names = new ArrayList<>();
        for (String template : List.of(KIN_SUFFIXED, KIN_APPOSED)) {
            Matcher m = rules.pattern(template).matcher(text);
            while (m.find()) {
                String name = m.group(2);
                if (rules.isKinship(m.group(1)) && !rules.nameStop.matcher(name).matches() && !rules.honorific.matcher(name).matches()
                        && !isPlace.test(name) && rules.triggers(name).isEmpty() && !rules.person.matcher(name).matches()
                        && names.stream().noneMatch(n -> n.start() == m.start(2))) {
                    names.add(new Name(m.start(2), m.end(2), name, null));
                }
            }
        }
        return names;
    }

    /** "پسر ۲۰ ساله آقای کریمی": in a language without capitals, a name right after a kinship noun (and an age) is its possessor. */
    boolean possessorOfKin(String text, Name name) {
        if (rules.capitalisedNames) {
            return false;
        }
        int start = name.start() - (name.honorific() == null ? 0 : name.honorific().length() + 1);
        Matcher m = rules.pattern(KIN_BEFORE_POSSESSOR).matcher(text.substring(0, Math.max(0, start)));
        return m.find() && rules.isKinship(m.group(1));
    }

    /** Names followed by an apposition whose head is a role, never a kinship ("X، برادر Y" names a relative). */
    private List<Name> apposed(String text) {
        List<Name> names = new ArrayList<>();
        Matcher m = rules.pattern(APPOSED).matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String role = m.group(2).trim();
            String head = role.split("\\s+")[0];
            if (plainName(name) && (rules.person.matcher(head).matches() && !rules.isKinship(head) || rules.pattern(AGE_OR_ALIAS).matcher(role).lookingAt())) {
                names.add(new Name(m.start(1), m.end(1), name, null));
            }
        }
        Matcher d = rules.pattern(DESCRIBED_THEN_NAMED).matcher(text);
        while (d.find()) {
            String head = d.group(1).trim().split("\\s+")[0];
            if (rules.person.matcher(head).matches() && !rules.isKinship(head) && plainName(d.group(2))
                    && names.stream().noneMatch(n -> n.start() == d.start(2))) {
                names.add(new Name(d.start(2), d.end(2), d.group(2), null));
            }
        }
        return names;
    }

    private boolean plainName(String name) {
        return java.util.Arrays.stream(name.split("\\s+"))
                .noneMatch(w -> rules.nameStop.matcher(w).matches() || rules.honorific.matcher(w).matches() || isPlace.test(w));
    }
}
