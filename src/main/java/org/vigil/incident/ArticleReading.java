package org.vigil.incident;

import org.vigil.extract.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over one article: cuts it into clauses, groups the clauses that report violence into
 * incidents (by victim, place and date), then fills every field of each incident. Holds the
 * per-article state, so each call of {@link IncidentExtractor#extract} makes its own.
 */
final class ArticleReading {

    private static final double DISTRICT_KM = 25;
    /** Acts that hurt without saying how badly: a verb of killing or wounding may follow to tell it. */
    private static final Set<Rules.Act> WOUNDING = EnumSet.of(Rules.Act.FIRE, Rules.Act.STAB, Rules.Act.BEAT,
            Rules.Act.EXPLODE, Rules.Act.ATTACK);
    /** How far from a big city's centre a listed town still lies within it (Wimbledon is 11 km from central London). */
    private static final double WITHIN_CITY_KM = 15;
    /** How far back "the city" may point at a city named before it: about two paragraphs. */
    private static final int CITY_TOLD_BEFORE_CHARS = 1500;
    /** "RAW", "IRGC", "GKNB": an actor named by its initials. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern APPOSITION = Pattern.compile("\\s*(?:,|—|–|--)\\s*\\p{Ll}");
    /** "took X, 57, from a rented apartment": an age given with a name introduces a person the story is about. */
    private static final Pattern AGE_GIVEN = Pattern.compile("(?s)^\\s*,\\s*\\d{1,3}\\s*,.*");
    /** Initials before a surname: "A.W. Sharifi", "A. W. Sharifi" (group 1 the initials, group 2 the surname). */
    private static final Pattern INITIALLED = Pattern.compile("((?:\\p{Lu}\\.\\s?)+)\\s*(\\p{Lu}[\\p{L}\\-']+)");
    private static final Pattern KIN_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:his|her|their)\\s+(?:[\\p{Ll}\\-]+\\s+)?\\p{L}+\\s+$"
            // Persian "برادرش X": the possessive is a suffix of the noun.
            + "|(?:^|\\s)\\p{L}+ش\\s+$");

    private final Article article;
    private final Incident.Source source;
    private final Rules rules;
    // The clause grammar, built from the word classes of rules-<lang>.tsv (see Rules#pattern).
    private final Pattern personalPronoun;
    private final Pattern pronounObject;
    private final Pattern pronounPassive;
    private final Pattern selfPassive;
    private final Pattern thatBefore;
    private final Pattern anaphorBefore;
    private final Pattern whoInsertion;
    private final Pattern whoTail;
    private final Pattern listedNext;
    private final Pattern everyIncident;
    private final Pattern nthAct;
    private final Pattern sameActCue;
    private final Pattern thatAct;
    private final Pattern speaksNext;
    /** ", BNF spokesman Gohram Baloch said in a statement sent to reporters in Quetta.": where the speaker was. */
    private final Pattern trailingAttribution;
    private final Pattern nominalOfDescribed;
    private final Pattern coordinatedPeople;
    private final Pattern afterWord;
    private final Pattern afterThe;
    private final Pattern bodyFound;
    private final Pattern relativeClause;
    private final Pattern theCity;
    /** "identified as X", "identified her as its chairwoman, X". */
    private final Pattern identifiedAs;
    /** "Family members said X", "his lawyer told AFP that X": the name opens the clause a source reports. */
    private final Pattern reportedBy;
    /** ", 57," "— a helicopter pilot", ", who": what follows a person's name where a story introduces them. */
    private final Pattern introduction;
    private final Pattern crossing;
    private final Pattern theOneAtTheScene;
    /** "The house belongs to X": the owner of the property an attack was aimed at is its target. */
    private final Pattern ownedBy;
    private final Pattern nounPhraseEnd;
    /** "detained on arrival after being deported from Russia": the earlier act's subject is left out. */
    private final Pattern implicitSubject;
    private final Pattern ownVerb;
    private final Pattern disappeared;
    private final Pattern aliasBefore;
    /** "..., while hours later a hand grenade was hurled at the house of ...": an act hours or days after is another one. */
    private final Pattern laterOn;
    private final Pattern genericRole;
    private final Pattern describedByWho;
    /** Words between "and" and a verb that give it no subject of its own ("in some cases", "later", "then"). */
    private final Pattern noSubject;
    /** "One of the two is X", "The other, Y,": each of a group told by number, named in turn. */
    private final Pattern oneOfThem;
    /** "Among the dead was X", "The wounded included a former officer, X": one of those counted. */
    private final Pattern amongThe;
    private final Pattern countedKilled;
    private final Pattern wasAmongThe;
    private final Pattern leadingThe;
    private final Pattern heOrShe;
    /**
     * ", who led a police district in Kabul," and the Persian apposition "، فرمانده پیشین پولیس در ولایت هرات،"; an
     * apposition that places a place (", a crowded district of Istanbul,") says where, and stays.
     */
    private final Pattern insertion;
    /** The subject right before a trigger: a pronoun, "the (former) general", or a capitalised surname, then auxiliaries. */
    private final Pattern subject;
    private final Pattern firstOrdinal;
    private final Pattern ofBetween;
    /** "The widow of X" opening a sentence ("The", "His", "Her": a capital, then lower case only). */
    private final Pattern relativeOfBefore;
    /** "said on Wednesday in a statement": what may stand between a speech verb and the date it was said. */
    private final Pattern reportingCircumstance;
    // Regex text a name is appended to (one pattern per name, built where the name is known).
    /** "fired on the two men": a definite count before a role. */
    private final String definiteCountBefore;
    /** "Rahimi, 45, a former police chief of Herat province,": a description after a named victim (group 1). */
    private final String descriptionAfterName;
    /** "Kuchlak, near Quetta", "a village outside the city of Lahore": a town set apart from the city named next. */
    private final String setApartBefore;
    private final Gazetteer gazetteer;
    private final DateResolver dates;
    private final PersonNames names;
    private final PlaceFinder places;
    private final Attribution attribution;
    private final Custody custody;
    private final VictimReader victimReader;
    private final String text;
    private final LocalDate published;
    private final List<Sentences.Sentence> sentences;
    private final Dateline dateline;
    private final List<String> countries = new ArrayList<>();
    /** Host states whose authorities speak ("Iranian officials said"), by country code, with the words. */
    private final Map<String, String> hostAuthorities = new LinkedHashMap<>();
    /** Principal cities the article names anywhere (title, text, dateline): what a suburb the gazetteer lists may belong to. */
    private final List<Gazetteer.City> namedCities = new ArrayList<>();
    private Gazetteer.City datelineCity;
    private String datelinePhrase;
    private final List<Draft> drafts = new ArrayList<>();
    /** The incident the last act read was told of. */
    private Draft lastTold;
    private final Pattern sceneCall;
    private final Pattern subordinate;
    /** A number of dead: "the death toll rose to (five)", "the (three) fatalities". */
    private final Pattern toll;
    private final Pattern actHappened;
    /** The person named last before the current sentence (not a speaker): whom "he"/"her" most likely mean. */
    private Mention lastNamed;

    private record Mention(PersonNames.Name name, Sentences.Sentence sentence) {
    }

    ArticleReading(Article article, Incident.Source source, Rules rules, Gazetteer gazetteer, DateResolver dates) {
        this.article = article;
        this.source = source;
        this.rules = rules;
        personalPronoun = rules.pattern("(?i)(?<![\\p{L}]){personal_pronoun}(?![\\p{L}])");
        pronounObject = rules.pattern("\\s+{pronoun_object}\\b");
        pronounPassive = rules.pattern("(?i)(?:^|\\s){he_she}\\s+{passive_be}\\s+(?:\\p{Ll}+\\s+)?$");
        selfPassive = rules.pattern("(?i)(?:\\s+(?:{definite}\\s+)?[\\p{L}]+){0,3}?\\s+(?:{complementizer}\\s+)?{he_she}\\s+{passive_be}\\s+.*");
        thatBefore = rules.pattern("(?i)(?:^|\\s){demonstrative_that}\\s+$");
        anaphorBefore = rules.pattern("(?i)(?:^|\\s){anaphor}\\s+$");
        whoInsertion = rules.pattern(",\\s*{subject_relative}\\s[^,;]{1,80},");
        whoTail = rules.pattern(",\\s*{subject_relative}\\s[^,;]*");
        actHappened = rules.pattern("(?i)(?<![\\p{L}]){retold_act_opener}\\s+(?:{nth}\\s+)?{retold_act_noun}(?![\\p{L}])[^.;]{0,120}?(?<![\\p{L}]){act_happened}(?![\\p{L}])");
        subordinate = rules.pattern("(?i)\\s{subordinator}\\s");
        String number = "((?!(?:19|20)\\d\\d\\b)\\d{1,4}|{number_to_ten}|{number_above_ten})";
        toll = rules.pattern("(?i)(?<![\\p{L}]){toll_noun}\\s+(?:[\\p{L}]+\\s+){0,2}?{toll_verb}\\s+(?:{at_least}\\s+)?" + number
                + "(?![\\p{L}\\d])|(?<![\\p{L}]){definite}\\s+" + number + "\\s+{fatality_noun}(?![\\p{L}])");
        sceneCall = rules.pattern("(?i)(?<![\\p{L}]){scene_call}(?![\\p{L}])");
        listedNext = rules.pattern("(?:\\s*,\\s*\\d{1,3})?\\s*,?\\s*{coordinator}\\s+(?:(?i:{possessive})\\s+\\p{Ll}+\\s+)?");
        everyIncident = rules.pattern("(?i)\\b{every_incident}\\b");
        nthAct = rules.pattern("(?i)\\b{definite}\\s+({nth})\\s+{nth_act_noun}\\b");
        sameActCue = rules.pattern("(?i)\\b{same_prep}\\s+{definite}\\s+{same}\\s+{same_act_noun}\\b");
        thatAct = rules.pattern("(?i)\\b{demonstrative_that}\\s+{that_act_noun}\\b");
        speaksNext = rules.pattern("\\s*(?:,[^,]{1,80},\\s*)?{said_added}\\b");
        trailingAttribution = rules.pattern(",\\s*[^,;]{2,80}?\\s{attribution_verb}\\b[^,;]*$");
        nominalOfDescribed = rules.pattern("(?i)(?:\\s+[\\p{L}]+){0,3}?\\s+{genitive}\\s+{indefinite}\\s");
        coordinatedPeople = rules.pattern("(?:{indefinite}|{definite}|{possessive})\\s+[^,;.]{0,40}?\\s+{subject_relative}\\s+{plural_past_be}\\s");
        afterWord = rules.pattern("\\b{after}\\s+");
        afterThe = rules.pattern("(?i){after_prep} {definite}");
        bodyFound = rules.pattern("(?i)\\b{body}\\b");
        // "who had been living in the city since 2021 was stabbed": the relative clause's own verb is not the one it ends before.
        relativeClause = rules.pattern("\\b{relative_which}\\s+[^,;]*?\\S(?=\\s+{clause_be}\\s)");
        theCity = rules.pattern("(?i)\\b{city_scene_prep}\\s+{same_determiner}\\s+{city_or_town}\\b(?!\\s+{genitive}\\b|['’]s)");
        identifiedAs = rules.pattern("\\b{identified}\\b[^.;]{0,40}?\\b{predicative}\\s+(?:{role_determiner}\\s+[^,.;]{1,40}?,\\s*)?$");
        reportedBy = rules.pattern("^[\\p{L}'’\\- ]{1,40}?\\s(?:{said_say}|{told}\\s[\\p{L}'’\\- ]{1,30}?)\\s+(?:{complementizer}\\s+)?$");
        introduction = rules.pattern("(?s)^\\s*(?:,|—|–|--)\\s*(?:\\d{1,3}|{introduction_word})\\b.*");
        crossing = rules.pattern("(?i)\\b{crossing}\\b|\\b{border}\\s+{border_point}\\b");
        theOneAtTheScene = rules.pattern("(?i)^\\s*{definite}\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}\\p{Ll}+\\s*,\\s*(?:{identified}\\s+{predicative}\\s+)?$");
        ownedBy = rules.pattern("(?i)^(?:{definite}|{demonstrative_that}) {property} {belongs} {owner_prep}\\s+$");
        nounPhraseEnd = rules.pattern("[,;.]|\\s{noun_phrase_end}\\s");
        implicitSubject = rules.pattern("(?i)\\b{after}\\s+(?:{being}|{having}\\s+{been})\\s");
        ownVerb = rules.pattern("(?i)[,\\s]*{simultaneous}\\s[^,;]*\\s{past_be}\\s[^,;]*");
        disappeared = rules.pattern("(?i)\\b{disappeared}\\b");
        aliasBefore = rules.pattern("(?i)\\b(?:{alias}(?:\\s+\\p{L}+){0,3}\\s+{predicative}|{alias_verb}|(?:{also} )?{called}|{alias_name})\\s+[\"“']?$");
        genericRole = rules.pattern("(?i)(?:[\\p{L}\\-]+\\s+)?{generic_role}");
        laterOn = rules.pattern("(?i)^[\\s,;]*{clause_opener}?\\s*{time_before_later} {later}\\b");
        describedByWho = rules.pattern("(?i)(?:^|\\s){indefinite}\\s+[^,;]{0,60}?\\s{who_whose}\\s(?:(?!,\\s*{finite_short}\\b)[^;]){0,160}$");
        noSubject = rules.pattern("(?:(?!(?i:{subject_pronoun}|{subject_auxiliary})\\b)\\p{Ll}[\\p{Ll}\\-]*\\s+){0,4}");
        oneOfThem = rules.pattern("(?i)(?:{one_or_first} {genitive} {them_determiner}\\b[^,.;]{0,30}?\\s{is_was}\\s+|{definite}\\s+{other}(?:\\s+{other_noun})?\\s*,\\s*)");
        amongThe = rules.pattern("(?i)^(?:{among}\\s+(?:{definite}\\s+)?({among_counted})\\s+{past_be}"
                + "|{definite}\\s+({counted_group})\\s+{included})\\b[^.;]{0,60}?\\s*$");
        countedKilled = rules.pattern("{counted_killed}");
        wasAmongThe = rules.pattern("(?i)(?:\\s*,\\s*\\d{1,3})?(?:\\s*,[^,.;]{1,120},)?\\s+{past_be}\\s+(?:{also}\\s+)?{among}\\s+(?:{definite}\\s+)?({among_counted})(?![\\p{L}])");
        leadingThe = rules.pattern("^{definite}\\s+");
        heOrShe = rules.pattern("{he_she}");
        insertion = rules.pattern(",\\s*(?:{insertion_relative}|{indefinite}\\b"
                + "(?!\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}?{place_apposition_noun}\\s+{district_prep}\\s"
                // ", a town about 25 kilometres north of Quetta,": a settlement placed by a city says where, and stays.
                + "|\\s+(?:[\\p{Ll}\\-]+\\s+){0,2}?{small_settlement}\\b[^,;]{0,60}?\\b{settlement_prep}\\s+\\p{Lu}))\\b[^,;]*,"
                + "|،[^،;.]{3,120}،");
        subject = rules.pattern("(?:^|[\\s,;])((?i:{he_she})|(?i:{definite})\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}?\\p{Ll}+|\\p{Lu}[\\p{L}\\-'’]+)"
                // "Noorani, 46, died of his injuries": an age apposition may follow the surname.
                // "Shinwari himself was unhurt": a reflexive stresses the subject.
                + "(?:\\s*,\\s*\\d{1,3}\\s*,)?(?:\\s+{reflexive})?\\s+(?:{subject_auxiliary_adverb}\\s+){0,3}$");
        firstOrdinal = rules.pattern("(?i){first}");
        ofBetween = rules.pattern("\\s+{genitive}\\s+");
        relativeOfBefore = rules.pattern("(?s)^(?=\\p{Lu}\\p{Ll}*\\s)(?i:{definite}|{his_her})\\s+\\p{Ll}+\\s+{genitive}\\s+$");
        reportingCircumstance = rules.pattern("(?:\\s+(?:\\p{Ll}+|{reporting_circumstance}|\\p{Lu}[\\p{L} ]{0,25}))?\\s*");
        definiteCountBefore = rules.pattern("(?i)\\b{definite}\\s+\\S+\\s+").pattern();
        descriptionAfterName = rules.pattern("(?:['’]s)?\\s*,\\s*(?:\\d{1,3}\\s*,\\s*)?(?:{indefinite}|{definite}(?=\\s+{former_adjective}\\s))"
                + "\\s+([^,;.]{3,120})").pattern();
        setApartBefore = rules.pattern("(?i)\\b{set_apart_prep}\\s+(?:{definite}\\s+(?:{city_or_capital})\\s+(?:{genitive}\\s+)?)?").pattern();
        this.gazetteer = gazetteer;
        this.dates = dates;
        this.places = new PlaceFinder(rules, gazetteer);
        this.names = new PersonNames(rules, places::isWellKnownPlace);
        this.attribution = new Attribution(rules);
        this.custody = new Custody(rules);
        this.victimReader = new VictimReader(rules, names, gazetteer, name -> draftOf(name).isPresent());
        this.text = article.text();
        this.published = article.published() == null ? null : article.published().toLocalDate();
        List<Sentences.Sentence> split = new Sentences(rules.abbreviations).split(text);
        this.dateline = split.isEmpty() ? null : Dateline.of(split.get(0).text(),
                name -> !rules.notName.contains(name.toLowerCase(Locale.ROOT)) && !gazetteer.cities(name).isEmpty()).orElse(null);
        if (dateline != null) {
            // The dateline is where the story was filed and by whom: the story proper starts after it.
            Sentences.Sentence first = split.get(0);
            split = new ArrayList<>(split);
            split.set(0, new Sentences.Sentence(first.start() + dateline.end(), first.end(), first.text().substring(dateline.end())));
        }
        this.sentences = split;
    }

    List<Incident> incidents() {
        readContext();
        for (Sentences.Sentence sentence : sentences) {
            readSentence(sentence);
        }
        for (Draft d : drafts) {
            if (d.victims.isEmpty() && d.pronounClause != null) {
                sameVictimsAs(drafts.get(0), d);
            }
        }
        drafts.removeIf(d -> !d.reportsAnAct());
        if (drafts.isEmpty()) {
            return List.of();
        }
        mergePlacelessEarlierActs();
        datesFromDisappearance();
        decideRoles();
        readAttributions();
        return assemble();
    }

    /**
     * "days after he was deported from Iran" and later "Rasouli had been arrested in Mashhad in February and expelled":
     * an earlier act told of the same person without a place is the one told again with its place.
     */
    private void mergePlacelessEarlierActs() {
        for (Draft vague : List.copyOf(drafts)) {
            if (!vague.openedAsReference || vague.city() != null) {
                continue;
            }
            drafts.stream().filter(d -> d != vague && d.openedAsReference && d.city() != null
                            && d.victims.stream().anyMatch(v -> v.name != null && vague.victims.stream()
                            .anyMatch(u -> u.name != null && sameName(u.name, v.name))))
                    .findFirst().ifPresent(told -> {
                        told.clauses.addAll(vague.clauses);
                        for (Victim v : vague.victims) {
                            told.addNamed(v);
                        }
                        drafts.remove(vague);
                    });
        }
    }

    /**
     * "The body ... was recovered on Monday" and "he left the house on the evening of January 9 and did not return":
     * a killing known only by its body happened between the disappearance and the find. Following UCDP, the date
     * starts at the disappearance and its precision is the span's (a week, else a month).
     */
    private void datesFromDisappearance() {
        for (Draft d : drafts) {
            if (d.when == null || d.when.start() == null || d.when.precision() != Incident.DatePrecision.DAY
                    || d.clauses.stream().noneMatch(c -> bodyFound.matcher(c.text).find())) {
                continue;
            }
            LocalDate found = LocalDate.parse(d.when.start());
            for (Sentences.Sentence sentence : sentences) {
                // The disappearance must be the victim's: told of by surname or pronoun.
                boolean ofVictim = personalPronoun.matcher(sentence.text()).find() || d.victims.stream()
                        .anyMatch(v -> v.name != null && mentionsSurname(sentence.text(), v.name));
                if (!ofVictim || !disappeared.matcher(sentence.text()).find()) {
                    continue;
                }
                for (DateResolver.Mention m : dates.find(sentence.text(), published, null)) {
                    Incident.When when = m.when();
                    if (when.start() == null || when.precision() != Incident.DatePrecision.DAY) {
                        continue;
                    }
                    LocalDate gone = LocalDate.parse(when.start());
                    long days = java.time.temporal.ChronoUnit.DAYS.between(gone, found);
                    if (days > 0 && days <= 31) {
                        d.when = new Incident.When(gone.toString(), found.toString(),
                                days <= 7 ? Incident.DatePrecision.WEEK : Incident.DatePrecision.MONTH, when.phrase());
                        break;
                    }
                }
            }
        }
    }

    /** "days after he was deported": the earlier act befell the person the article is about. */
    private static void sameVictimsAs(Draft about, Draft earlier) {
        Clause c = earlier.pronounClause;
        boolean named = about.hasNamedVictim();
        for (Victim v : about.victims) {
            // The person the story is about, named or, when it names nobody, described ("an opposition activist").
            if (v.name != null || !named && !v.bystander && v.count == 1) {
                Victim same = new Victim();
                same.name = v.name;
                same.count = 1;
                same.sentence = c.sentence;
                same.merge(v);
                same.outcome = c.hits.stream().map(h -> h.value().outcome()).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                earlier.victims.add(same);
            }
        }
    }

    // ---------------------------------------------------------------- context

    private void readContext() {
        if (dateline != null) {
            List<String> hint = new ArrayList<>();
            Gazetteer.Admin1 region = null;
            if (dateline.country() != null) {
                gazetteer.countryByName(dateline.country()).ifPresent(c -> hint.add(c.code()));
                if (hint.isEmpty()) {
                    // "HAYWARD, Calif. (AP) —": the region settles a town that several regions have.
                    region = gazetteer.datelineRegion(dateline.country()).orElse(null);
                    if (region != null) {
                        hint.add(region.countryCode());
                    }
                }
            }
            // "ALEXANDROUPOLIS, Greece (AW) —": the country the story is filed from, even where its town is unlisted.
            hint.forEach(this::addCountry);
            String town = titleCase(dateline.city());
            datelineCity = (region == null ? Optional.<Gazetteer.City>empty() : gazetteer.city(town, region))
                    .or(() -> gazetteer.city(town, hint)).orElse(null);
            if (datelineCity != null) {
                // The town the story is filed from is the one the text means when it names a town so called.
                places.prefer(datelineCity);
                datelinePhrase = text.substring(sentences.get(0).start() - dateline.end(), sentences.get(0).start())
                        .replaceAll("[\\s—–:-]+$", "");
                addCountry(datelineCity.countryCode());
            }
        }
        if (rules.capitalisedNames) {
            List<Tokens.Run> runs = Tokens.capitalisedRuns(text);
            for (Tokens.Run run : runs) {
                gazetteer.countryByName(run.text()).ifPresent(c -> addCountry(c.code()));
            }
            // "a London-based channel", "Istanbul's Esenyurt" in the headline: each word of a run may name the city.
            List<Tokens.Run> named = new ArrayList<>(runs);
            if (article.title() != null) {
                named.addAll(Tokens.capitalisedRuns(article.title()));
            }
            Set<String> seen = new HashSet<>();
            for (Tokens.Run run : named) {
                for (String word : run.text().split("[\\s'’-]+")) {
                    if (word.length() > 2 && seen.add(word)) {
                        gazetteer.cities(word).stream().filter(Gazetteer.City::principal).forEach(this::addNamedCity);
                    }
                }
            }
            // "Pakistani police said ... in Hyderabad": the host state's authorities hint at the country too, after every
            // country named (a bare demonym is as often the victims' nationality).
            Set<String> nationalities = new HashSet<>();
            for (Tokens.Run run : runs) {
                // "An Afghan" opening a sentence: the demonym is the run's last word.
                Optional<Gazetteer.Country> country = gazetteer.countryByDemonym(run.text().substring(run.text().lastIndexOf(' ') + 1));
                if (country.isEmpty() || !text.startsWith(" ", run.end())) {
                    continue;
                }
                Matcher authority = rules.authority.matcher(text);
                // "a former Afghan police officer" is a person, not the state's police.
                if (authority.region(run.end() + 1, text.length()).lookingAt()
                        && !(text.startsWith(" ", authority.end())
                        && rules.person.matcher(text).region(authority.end() + 1, text.length()).lookingAt())) {
                    addCountry(country.get().code());
                    hostAuthorities.putIfAbsent(country.get().code(), text.substring(run.end() - run.text().length()
                            + run.text().lastIndexOf(' ') + 1, authority.end()));
                } else if (rules.personAfter.matcher(text).region(run.end(), text.length()).lookingAt()) {
                    // "an Afghan Sikh refugee", "Afghan blogger": people of that nationality.
                    nationalities.add(country.get().code());
                }
            }
            // "Afghan officials said" in a story about Afghan refugees: the victims' state speaking, not the host's.
            hostAuthorities.keySet().removeAll(nationalities);
        } else {
            for (String word : text.split("[\\s،,.;:!?«»\"“”()]+")) {
                if (!word.isBlank()) {
                    gazetteer.countryByName(word).ifPresent(c -> addCountry(c.code()));
                }
            }
        }
        // "a London-based channel ... in Ealing": a big city the story names hints at its country, after those named.
        namedCities.forEach(c -> addCountry(c.countryCode()));
    }

    private void addNamedCity(Gazetteer.City city) {
        if (namedCities.stream().noneMatch(c -> sameCity(c, city))) {
            namedCities.add(city);
        }
    }

    private void addCountry(String code) {
        if (!countries.contains(code)) {
            countries.add(code);
        }
    }

    // ---------------------------------------------------------------- clauses

    private void readSentence(Sentences.Sentence sentence) {
        String s = sentence.text();
        if (rules.claimNone.matcher(s).find() || rules.capitalisedNames && headlineCase(s) || claimsToldAct(s)) {
            return;
        }
        readToll(sentence);
        List<Rules.Hit<Rules.Trigger>> hits = rules.triggers(s);
        if (asserted(s, hits).isEmpty()) {
            // "... before the Taliban seized power": no act, but it may still name the victim.
            nameFromApposition(sentence);
            // "Police were called to the car park in the X neighbourhood just after 7 a.m. Wednesday", "the attack took
            // place near a market": the arrival at the scene, or the act said to have happened, tells its place and day.
            Draft nth = toldNth(s);
            Draft retold = nth != null ? nth : lastTold;
            if (retold != null && (sceneCall.matcher(s).find() || actHappened.matcher(s).find())) {
                toldAgain(retold, sentence);
            }
            fullerNames(s);
            rememberNamed(sentence);
            return;
        }
        int clauseStart = 0;
        for (int cut : clauseCuts(s, hits)) {
            readClause(sentence, clauseStart, cut);
            clauseStart = cut;
        }
        readClause(sentence, clauseStart, s.length());
        rememberNamed(sentence);
    }

    /** The incident "the first incident" or "the second attack" points at, when the story has told that many. */
    private Draft toldNth(String clause) {
        Matcher m = nthAct.matcher(clause);
        if (!m.find()) {
            return null;
        }
        int n = firstOrdinal.matcher(m.group(1)).matches() ? 0 : 1;
        List<Draft> told = drafts.stream().filter(d -> !d.openedAsReference).toList();
        return told.size() > n && told.size() <= 2 ? told.get(n) : null;
    }

    /** "identified as Hayatullah ... Relatives said Hayatullah Achakzai had served": the full name of a victim known by part of it. */
    private void fullerNames(String s) {
        for (PersonNames.Name n : names.find(s)) {
            // Not a namesake who speaks ("Hayatullah Khan, the district chief, said").
            if (speaksNext.matcher(s.substring(n.end())).lookingAt()) {
                continue;
            }
            for (Draft d : drafts) {
                for (Victim v : d.victims) {
                    if (v.name != null && (n.name().startsWith(v.name + " ") || spelledOut(v.name, n.name()))) {
                        v.name = n.name();
                    }
                }
            }
        }
    }

    /** "A.W. Sharifi" spelled out as "Abdul Wali Sharifi": the same surname after given names with those initials. */
    static boolean spelledOut(String initialled, String full) {
        Matcher parts = INITIALLED.matcher(initialled);
        if (!parts.matches()) {
            return false;
        }
        String initials = parts.group(1).replaceAll("[^\\p{Lu}]", "");
        String[] words = full.split("\\s+");
        if (words.length != initials.length() + 1 || !words[words.length - 1].equalsIgnoreCase(parts.group(2))) {
            return false;
        }
        for (int i = 0; i < initials.length(); i++) {
            if (words[i].charAt(0) != initials.charAt(i) || words[i].length() < 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * "A Chechen blogger who had spent years mocking the leader of Chechnya, Ramzan Kadyrov, was found shot dead": a name in
     * the relative clause describing the victim, before the act, is someone the victim had to do with.
     */
    private boolean inRelativeClauseBeforeAct(String clause, PersonNames.Name n, Rules.Hit<Rules.Trigger> act) {
        return act.start() > n.end() && describedByWho.matcher(clause.substring(0, n.start())).find();
    }

    /** "Waqas Ahmad told the BBC he was punched and kicked": the one speaking tells what befell them. */
    private boolean tellsOfSelf(String clause, PersonNames.Name n, List<Rules.Hit<Rules.Trigger>> hits) {
        Matcher speech = rules.speech.matcher(clause);
        if (!rules.capitalisedNames || !speech.find(n.end()) || !clause.substring(n.end(), speech.start()).isBlank()) {
            return false;
        }
        return hits.stream().anyMatch(h -> h.start() > speech.end()
                && selfPassive.matcher(clause.substring(speech.end(), h.end())).matches());
    }

    /** "deported her", "shot him", "he was arrested": a pronoun as what the act befell. */
    private boolean pronounVictim(Clause c) {
        for (Rules.Hit<Rules.Trigger> h : c.hits) {
            if (h.value().opens() && (pronounObject.matcher(c.text).region(h.end(), c.text.length()).lookingAt()
                    || pronounPassive.matcher(c.text.substring(0, h.start())).find())) {
                return true;
            }
        }
        return false;
    }

    private void rememberNamed(Sentences.Sentence sentence) {
        boolean named = false;
        for (PersonNames.Name n : names.find(sentence.text())) {
            if (!names.isSpeaker(sentence.text(), n)) {
                lastNamed = new Mention(n, sentence);
                named = true;
            }
        }
        // "Rahimi, 47, had been missing since Wednesday": the surname keeps the same person in view.
        if (!named && lastNamed != null && mentionsSurname(sentence.text(), lastNamed.name().name())) {
            lastNamed = new Mention(lastNamed.name(), sentence);
        }
    }

    /**
     * "Man Shot at Dallas Gas Station Dies at Hospital": a heading or a link to another story inside the text.
     * Its capitals say nothing about names, and what it reports is told (or not) in a story of its own.
     */
    static boolean headlineCase(String sentence) {
        int words = 0;
        for (String word : sentence.split("[\\s\"“”‘’(),:;—–]+")) {
            if (word.length() < 4 || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
            words++;
        }
        return words >= 4;
    }

    /** Cuts before "and"/"while"/";" when a new trigger follows it closely and one came before. */
    private List<Integer> clauseCuts(String s, List<Rules.Hit<Rules.Trigger>> hits) {
        List<Integer> cuts = new ArrayList<>();
        Matcher and = rules.conjunction.matcher(s);
        while (and.find()) {
            int at = and.start();
            // "X died at the scene, while ...": a death told of someone counts as the act before the cut.
            boolean before = hits.stream().anyMatch(h -> h.end() <= at && (h.value().opens() || h.value().act() == Rules.Act.DIE));
            // "..., while his brother X was taken to hospital with gunshot wounds": a contrast with a subject and verb of its own.
            boolean after = hits.stream().anyMatch(h -> h.start() >= and.end() && h.value().opens() && (h.start() - and.end() <= 30
                    || h.start() - and.end() <= 100 && ownVerb.matcher(s.substring(at, h.start())).matches()));
            // "a former general and an army commander who were shot dead": "and" joins the people, not two clauses.
            boolean joinsPeople = coordinatedPeople.matcher(s).region(and.end(), s.length()).lookingAt();
            // "... that he could be sent back, where the Taliban have detained and in some cases killed former officers": a
            // verb with no subject of its own after "and" shares the possibility that governs the one before it.
            boolean governedTogether = hits.stream().filter(h -> h.start() >= and.end() && h.value().opens()).findFirst()
                    .map(h -> !asserted(s, hits).contains(h) && noSubject.matcher(s.substring(and.end(), h.start())).matches())
                    .orElse(false);
            if (before && after && !joinsPeople && !governedTogether && !toldOutcome(s, hits, at, and.end())) {
                cuts.add(at);
            }
        }
        return cuts;
    }

    /**
     * "was shot at and killed", "هدف شلیک قرار گرفت و کشته شد": a wounding act, then right after the conjunction, with no
     * subject of its own, a verb of killing or wounding: the second verb tells what the first did to the same person.
     */
    private static boolean toldOutcome(String s, List<Rules.Hit<Rules.Trigger>> hits, int conjunction, int next) {
        boolean wounding = hits.stream().filter(h -> h.end() <= conjunction).reduce((a, b) -> b)
                .map(h -> WOUNDING.contains(h.value().act())).orElse(false);
        return wounding && hits.stream().anyMatch(h -> h.start() == next
                && (h.value().act() == Rules.Act.KILL || h.value().act() == Rules.Act.INJURE));
    }

    private void readClause(Sentences.Sentence sentence, int from, int to) {
        String clause = sentence.text().substring(from, to);
        List<Rules.Hit<Rules.Trigger>> hits = armed(clause, custody.resolve(clause, asserted(clause, rules.triggers(clause))));
        if (hits.isEmpty()) {
            return;
        }
        if (isResponse(clause)) {
            // "A refugee was stabbed outside his shop, police said, adding that two men have been arrested in connection
            // with the attack": the act is told before the authorities' answer; "His brother was also wounded when he tried
            // to stop the attacker": before the subordinate clause that names the perpetrator.
            int told = Math.max(clause.lastIndexOf(',', responseStart(clause)), subordinateBefore(clause, responseStart(clause)));
            if (hits.stream().anyMatch(h -> h.end() <= told && h.value().opens() && h.value().act() != Rules.Act.DETAIN
                    && h.value().act() != Rules.Act.TAKE)) {
                readClause(sentence, from, from + told);
                return;
            }
        }
        if (isResponse(clause) && names.find(clause).isEmpty()) {
            // "Police have detained two suspects after gunmen wounded a former police chief": the act follows "after".
            Matcher after = afterWord.matcher(clause);
            if (after.find() && hits.stream().anyMatch(h -> h.start() >= after.end() && h.value().opens())) {
                readClause(sentence, from + after.end(), to);
                return;
            }
            // "detained three people in connection with the killing last month of a former pilot" opening an update
            // story: the act is told from its noun on, with the one it befell.
            hits.stream().filter(h -> drafts.isEmpty() && h.value().opens() && nominalOfDescribed.matcher(clause).region(h.end(), clause.length()).lookingAt()
                            && rules.victimOf.matcher(clause.substring(h.start(), h.end())).matches())
                    .findFirst().ifPresent(h -> readClause(sentence, from + h.start(), to));
            return;
        }
        Rules.Hit<Rules.Trigger> first = hits.stream().filter(h -> h.value().opens()).findFirst().orElse(hits.get(0));
        // "detained X on Tuesday, days after he was deported from Iran": two acts, the second earlier.
        int later = earlierActStart(clause, hits, referenceCue(withoutInsertions(clause, first), first));
        if (later > first.end() && hits.stream().anyMatch(h -> h.start() >= later && h.value().opens())) {
            readClause(sentence, from, from + later);
            readClause(sentence, from + later, to);
            return;
        }
        List<PersonNames.Name> found = names.find(clause).stream()
                .filter(n -> victimReader.isVictim(clause, n) || tellsOfSelf(clause, n, hits) || namesUnnamedVictim(clause, n))
                .filter(n -> !inRelativeClauseBeforeAct(clause, n, first)).toList();
        List<Victim> descriptors = victimReader.unnamed(clause, hits);
        boolean specific = !found.isEmpty() || descriptors.stream().anyMatch(v -> v.count == 1 && !v.bystander)
                || draftMentionedIn(clause).isPresent();
        // A clause that goes on with an act its sentence already reported ("... and expelled along with hundreds of other
        // Afghans") is no aggregate; nor is a response sentence whose earlier clause reported the act ("... after gunmen
        // wounded a former police chief and killed his driver").
        boolean actReported = drafts.stream().anyMatch(d -> d.clauses.stream().anyMatch(x -> x.sentence == sentence));
        if (rules.aggregate.matcher(withoutInsertions(clause, first)).find() && !specific && !actReported) {
            return;
        }
        if (!specific && isResponse(sentence.text().substring(0, to)) && !actReported) {
            return;
        }
        // "A spokesman in Kabul rejected the allegation, saying the killing had nothing to do with ...": "the killing"
        // points back at the incident told; what comes before it is about other people and places.
        if (!drafts.isEmpty() && found.isEmpty() && first.value().opens() && first.start() > 0
                && hits.stream().filter(h -> h.value().opens()).allMatch(h -> anaphoric(clause, h))) {
            readClause(sentence, from + first.start(), to);
            return;
        }
        Clause c = new Clause(sentence, clause, hits, first);
        List<PlaceFinder.Mention> mentions = places.find(withoutInsertions(clause, first), countries, null);
        List<PlaceFinder.Mention> cities = mentions.stream().filter(m -> m.city() != null).toList();
        // "were put on a bus in Dushanbe ... and handed over at the Panji Poyon crossing": a removal happens where the
        // person is taken from; the crossing is only the way out, the place when the text names no other.
        if (first.value().act() == Rules.Act.DEPORT && cities.stream().anyMatch(m -> !crossing.matcher(m.phrase()).find())) {
            cities = cities.stream().filter(m -> !crossing.matcher(m.phrase()).find()).toList();
        }
        c.place = nearest(cities, first, PlaceFinder.Mention::start)
                .or(() -> nearest(mentions, first, PlaceFinder.Mention::start)).orElse(null);
        if (c.place == null && to < sentence.text().length()) {
            c.cityFurtherOn = places.find(sentence.text().substring(to), countries, null).stream()
                    .map(PlaceFinder.Mention::city).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        // "The slain man, identified as X, had served in Helmand and later in Kabul": an act pointed back at to name its
        // victim happened where it was told; the places around the name are the person's past.
        if (!drafts.isEmpty() && !found.isEmpty() && hits.stream().filter(h -> h.value().opens()).allMatch(h -> anaphoric(clause, h))) {
            c.place = null;
            c.cityFurtherOn = null;
        }
        int cue = referenceCue(withoutInsertions(clause, first), first);
        Matcher separately = rules.separate.matcher(clause);
        c.reference = cue >= 0 && !(separately.lookingAt() && cue < separately.end());

        List<PersonNames.Name> known = new ArrayList<>();
        List<PersonNames.Name> fresh = new ArrayList<>();
        Draft owner = null;
        for (PersonNames.Name n : found) {
            Optional<Draft> d = draftOf(n.name());
            if (d.isPresent()) {
                known.add(n);
                owner = owner == null ? d.get() : owner;
            } else {
                fresh.add(n);
            }
        }
        // A surname alone ("Gholami's death") ties the clause to its incident too.
        if (owner == null) {
            owner = draftMentionedIn(clause).orElse(null);
        }
        Draft target;
        boolean someoneElse = false;
        Draft sameAct = sameActCue.matcher(clause).find() ? drafts.stream().filter(d -> !d.openedAsReference)
                .reduce((a, b) -> b).orElse(null) : null;
        if (sameAct != null) {
            // "Another former officer, Karim Zazai, was wounded in the same attack": one more victim of the act told.
            c.reference = false;
            target = sameAct;
        } else if (!fresh.isEmpty()) {
            target = c.reference && !drafts.isEmpty() ? null : draftAwaitingName(c).or(() -> draftDescribing(clause, fresh))
                    .orElse(null);
            if (target == null && owner != null && !c.reference && fresh.size() == 1 && known.isEmpty()) {
                target = owner;
            }
            // "His nephew, Samiullah, who was with him, died of his wounds": a relative of the person just told of,
            // hurt where nothing says elsewhere, is a victim of the same act.
            if (target == null && !c.reference && !drafts.isEmpty() && c.place == null && fresh.size() == 1 && known.isEmpty()
                    && rules.isKinship(String.valueOf(VictimReader.describedAs(clause, fresh.get(0))))) {
                target = drafts.stream().filter(d -> !d.openedAsReference).reduce((a, b) -> b).orElse(null);
            }
            // "The taxi driver, Samuel Mwangi, was hurt by flying glass", "The guard, identified as X, was shot in the
            // shoulder", "His bodyguard, a fellow Afghan identified by relatives only as X, was hit in the leg": someone
            // at the scene, named after a definite description or a noun of those hurt alongside a target, and hurt with
            // neither place nor date of their own, is hurt by the act just told ("Hours later, a driver, identified as X,
            // was wounded" is another act).
            Draft told = drafts.stream().filter(d -> !d.openedAsReference).reduce((a, b) -> b).orElse(null);
            boolean separate = toldApart(clause);
            if (target == null && told != null && !c.reference && !separate && c.place == null && fresh.size() == 1 && known.isEmpty()
                    && dateOf(c, told).isEmpty() && (theOneAtTheScene.matcher(clause.substring(0, fresh.get(0).start())).matches()
                    || victimReader.named(clause, fresh.get(0), hits).bystander)) {
                target = told;
                someoneElse = true;
            }
        } else if (owner != null) {
            Gazetteer.City city = c.place == null ? null : c.place.city();
            boolean elsewhere = city != null && owner.city() != null && !nearby(city, owner.city());
            // "Rasouli had been arrested in Mashhad in February": the same person's earlier ordeal elsewhere.
            // "Sharipov was detained on Oct. 3" in a story of his deportation on Nov. 8: an earlier ordeal of
            // another kind, weeks before, is an incident of its own.
            Draft ordeal = owner;
            boolean earlierOrdeal = !ordeal.acts().contains(first.value().act()) && relativeClauseAt(clause, first.start()) < 0
                    && dateOf(c, ordeal).map(w -> w.precision() == Incident.DatePrecision.DAY && isEarlier(w, ordeal)).orElse(false);
            target = c.reference && elsewhere || earlierOrdeal ? null : owner;
        } else if (drafts.isEmpty()) {
            target = null;
        } else if (toldNth(clause) != null) {
            // "the first incident took place near a market", "In the second incident, ...": one of the acts the story
            // opened with, by its order.
            target = toldNth(clause);
            c.reference = false;
        } else {
            // "... the first incident took place near a market. Two armed men opened fire on a man": the story goes on
            // with the act it told last, which after a look back at the first of two is not the newest one.
            Draft latest = lastTold != null ? lastTold : drafts.get(drafts.size() - 1);
            // "Shopkeepers said the blast shattered windows" after a background reference: the story's own act.
            // "... was detained by Turkish police and deported to Tajikistan": the sentence's own act goes on.
            boolean sameSentence = latest.clauses.stream().anyMatch(x -> x.sentence == sentence);
            // "... linking agents of the Indian government to that killing": "that" points at the act just told.
            boolean demonstrative = hits.stream().anyMatch(h -> thatBefore.matcher(sentence.text().substring(0, from + h.start())).find());
            Draft told = latest.openedAsReference && !c.reference && !personalPronoun.matcher(clause).find() && !sameSentence && !demonstrative
                    ? drafts.stream().filter(d -> !d.openedAsReference).reduce((a, b) -> b).orElse(latest) : latest;
            // "He was deported while his case was still open" after the deportee's detention weeks before was told: an act
            // of the kind only the later incident has, told with neither place nor date, is that incident's act again.
            Rules.Act act = first.value().act();
            Draft last = c.reference || c.place != null || dateOf(c, told).isPresent() || told.acts().contains(act) || told.when == null
                    ? told : drafts.stream().filter(d -> d.acts().contains(act) && isEarlier(told.when, d)).reduce((a, b) -> b).orElse(told);
            Gazetteer.City city = c.place == null ? null : c.place.city();
            // "shot dead in a village of Panjgur district" ... "in the village of Parom, about 40 kilometres west of Panjgur
            // town": a village the gazetteer lacks, placed by the story's town, is the scene told more closely.
            boolean placedByIt = city != null && last.city() != null && Double.isNaN(city.lat())
                    && city.countryCode().equals(last.city().countryCode()) && mentionsWord(clause, last.city().name());
            // "he was held overnight ... and deported the following day through the Islam Qala border crossing": the
            // crossing is the way out of the country the person was held in, no other scene.
            boolean wayOut = act == Rules.Act.DEPORT && c.place != null && crossing.matcher(c.place.phrase()).find();
            boolean elsewhere = city != null && last.city() != null && !nearby(city, last.city()) && !placedByIt && !wayOut;
            boolean earlier = c.reference && dateOf(c, last).map(w -> isEarlier(w, last)).orElse(false);
            boolean separate = toldApart(clause);
            // "Another man was critically injured (when he tried to stop the attacker)": "another" with neither place nor
            // date is one more victim of the act told.
            boolean anotherHere = clause.regionMatches(true, Math.max(cue, 0), "another", 0, 7) && c.place == null
                    && dateOf(c, last).isEmpty();
            // "days after he was deported": an earlier act that befell the same person.
            boolean herEarlier = c.reference && !anotherHere && cue <= first.start()
                    && (personalPronoun.matcher(clause).find() || implicitSubject.matcher(clause).find());
            // "Earlier this month, a former Kandahar police chief was wounded": someone new, told of as earlier.
            String beforeAct = clause.substring(0, first.start());
            boolean someoneEarlier = c.reference && !actReported && !anotherHere && cue <= first.start() && descriptors.stream().anyMatch(v -> v.count == 1
                    && !v.bystander && v.head != null && beforeAct.contains(v.head)
                    && last.victims.stream().noneMatch(u -> u.head != null && u.head.equals(v.head)));
            target = elsewhere || earlier || separate || herEarlier || someoneEarlier ? null : last;
            if (anotherHere && target != null) {
                c.reference = false;
            }
        }
        // "A 29-year-old man was arrested near the scene": an arrest told after a violent act is the authorities' answer.
        // "... detained a Russian citizen near Linz several hours after the shooting": the same, elsewhere.
        List<Rules.Hit<Rules.Trigger>> acts = hits.stream().filter(h -> h.value().opens() && !anaphoric(clause, h)).toList();
        boolean pointsBack = acts.size() < hits.stream().filter(h -> h.value().opens()).count();
        Draft answered = target != null ? target : found.isEmpty() && (!c.reference || pointsBack) && !rules.separate.matcher(clause).lookingAt()
                ? drafts.stream().filter(d -> !d.openedAsReference).reduce((a, b) -> b).orElse(null) : null;
        if (answered != null && known.isEmpty() && answered.violent() && !acts.isEmpty()
                && acts.stream().allMatch(h -> h.value().act() == Rules.Act.DETAIN)) {
            return;
        }
        if (target == null) {
            if (c.reference && !drafts.isEmpty()) {
                // "The killing follows the abduction of X": what precedes the cue is the main incident.
                int split = hits.stream().anyMatch(h -> h.start() >= cue && h.value().opens()) ? earlierActStart(clause, hits, cue) : 0;
                List<Rules.Hit<Rules.Trigger>> earlier = hits.stream().filter(h -> h.start() >= split).toList();
                if (earlier.stream().noneMatch(h -> h.value().opens())) {
                    return;
                }
                c = new Clause(sentence, clause, earlier, earlier.stream().filter(h -> h.value().opens()).findFirst().get());
                Rules.Hit<Rules.Trigger> act = c.trigger;
                // "the stabbing of another presenter, X, who was wounded outside his home in Wimbledon": the
                // relative clause tells the same act again, with its place, which is nearer the scene than any place
                // left around the cue's noun ("..., who was shot dead in Kloten, a town just outside Zurich").
                List<PlaceFinder.Mention> around = List.of();
                for (Rules.Hit<Rules.Trigger> h : earlier) {
                    if (h != act && h.value().opens() && around.stream().noneMatch(m -> m.city() != null)) {
                        around = places.find(withoutInsertions(clause, h), countries, null);
                    }
                }
                if (around.stream().noneMatch(m -> m.city() != null)) {
                    around = places.find(withoutInsertions(clause, act), countries, null);
                }
                List<PlaceFinder.Mention> near = around;
                c.place = nearest(near.stream().filter(m -> m.city() != null).toList(), act, PlaceFinder.Mention::start)
                        .or(() -> nearest(near, act, PlaceFinder.Mention::start)).orElse(null);
                c.reference = true;
            } else if (!first.value().opens()) {
                return;
            }
            target = new Draft(drafts.size(), d -> rules.category(d) == Incident.TargetCategory.FAMILY_MEMBER,
                    d -> genericRole.matcher(d).matches());
            target.openedAsReference = c.reference && !drafts.isEmpty();
            if (owner != null && found.isEmpty()) {
                // "Rasouli had been arrested in Mashhad in February": the known victim's earlier ordeal elsewhere.
                for (Victim v : owner.victims) {
                    if (v.name != null && mentionsSurname(clause, v.name)) {
                        Victim same = new Victim();
                        same.name = v.name;
                        same.count = 1;
                        same.sentence = sentence;
                        same.merge(v);
                        same.outcome = c.hits.stream().map(h -> h.value().outcome()).filter(java.util.Objects::nonNull)
                                .findFirst().orElse(null);
                        target.victims.add(same);
                    }
                }
            }
            drafts.add(target);
        }
        target.add(c, dateOf(c, mainDraft(target)).orElse(null));
        lastTold = target;
        describeKnownVictims(target, clause);
        actOnKnownVictims(target, c);
        if (found.isEmpty() && descriptors.isEmpty()) {
            actOnSubject(target, c);
        }
        boolean opened = target.clauses.size() == 1;
        for (Victim v : descriptors) {
            v.sentence = sentence;
            // "fired on the two men as they were leaving": a definite count points back at the people already told of.
            if (!opened && v.role != null && v.count > 1 && target.victims.size() >= v.count && Pattern.compile(
                    definiteCountBefore + Pattern.quote(v.role) + "\\b").matcher(clause).find()) {
                continue;
            }
            // "the second former commander killed in Mashhad" adds nobody to a known incident.
            if (opened || !c.reference) {
                target.addUnnamed(v);
            }
        }
        Victim previous = null;
        for (PersonNames.Name n : found) {
            // "Mohammad Hakim Rasuli, widely known as Commander Qaisar,": another name of the same person.
            String lead = clause.substring(0, Math.max(0, n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1)));
            if (previous != null && aliasBefore.matcher(lead).find()) {
                previous.aliases.add(n.honorific() == null ? n.name() : n.honorific() + " " + n.name());
                continue;
            }
            Victim v = victimReader.named(clause, n, c.hits);
            v.sentence = sentence;
            if (someoneElse && !v.bystander) {
                // Not the one the act was aimed at, told of before: another person it hurt. One named by a noun of those
                // hurt alongside ("His bodyguard, ... X") is the bodyguard the clause also counts, never the target.
                target.victims.add(v);
            } else {
                target.addNamed(v);
            }
            previous = target.victims.stream().filter(u -> u.name != null && sameName(u.name, n.name())).findFirst().orElse(v);
        }
        if (target.victims.isEmpty() && target.openedAsReference && (personalPronoun.matcher(clause).find() || implicitSubject.matcher(clause).find())) {
            target.pronounClause = c;
        } else if (found.isEmpty() && !target.openedAsReference && lastNamed != null && target.victims.stream().allMatch(v -> v.bystander)
                && pronounVictim(c) && text.substring(lastNamed.sentence().end(), sentence.start()).isBlank()) {
            // "Among those returned was Zarifa Amiri ... Pakistani authorities deported her": the person last named.
            Victim v = victimReader.named(lastNamed.sentence().text(), lastNamed.name(), List.of());
            v.outcome = c.trigger.value().outcome();
            v.sentence = lastNamed.sentence();
            target.addNamed(v);
        }

    }

    /**
     * Blanks insertions about a victim's past (", who led a police district in Kabul," or "who fled
     * Afghanistan in 2022 was ...") so that they are not read as the scene or time of the act.
     */
    private String withoutInsertions(String clause, Rules.Hit<Rules.Trigger> trigger) {
        StringBuilder b = new StringBuilder(clause);
        for (Pattern p : List.of(insertion, relativeClause, trailingAttribution)) {
            Matcher m = p.matcher(clause);
            while (m.find()) {
                if (m.start() <= trigger.start() && trigger.end() <= m.end()) {
                    continue;
                }
                for (int i = m.start() + 1; i < m.end() - 1; i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    /** "Rahimi, a former police chief of Herat province, was shot dead": a later description of a named victim. */
    private void describeKnownVictims(Draft draft, String clause) {
        for (Victim v : draft.victims) {
            if (v.name == null) {
                continue;
            }
            String[] tokens = v.name.split("\\s+");
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(tokens[tokens.length - 1]) + descriptionAfterName).matcher(clause);
            if (m.find()) {
                Victim described = new Victim();
                described.role = m.group(1).trim();
                described.nationality = victimReader.nationality(described.role);
                v.merge(described);
            }
        }
    }

    /** "... and wounding Hotak": a trigger right before a known victim's surname says what befell them. */
    private static void actOnKnownVictims(Draft draft, Clause c) {
        for (Victim v : draft.victims) {
            if (v.name == null) {
                continue;
            }
            String[] tokens = v.name.split("\\s+");
            // "wounding Shinwari's nephew": what the possessive names was hurt, not its owner.
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(tokens[tokens.length - 1]) + "(?![\\p{L}]|['’]s\\b)").matcher(c.text);
            while (m.find()) {
                int at = m.start();
                c.hits.stream().filter(h -> h.value().outcome() != null && h.end() <= at && c.text.substring(h.end(), at).isBlank())
                        .findFirst().ifPresent(h -> {
                            Victim acted = new Victim();
                            acted.outcome = h.value().outcome();
                            v.merge(acted);
                        });
            }
        }
    }

    /** "attacked by two men with knives": an attack the clause arms is the act that weapon does (here a stabbing). */
    private List<Rules.Hit<Rules.Trigger>> armed(String clause, List<Rules.Hit<Rules.Trigger>> hits) {
        Optional<Incident.Method> weapon = rules.weapon(clause);
        if (weapon.isEmpty() || hits.stream().anyMatch(h -> h.value().opens())) {
            return hits;
        }
        Rules.Act act = switch (weapon.get()) {
            case FIREARM -> Rules.Act.FIRE;
            case KNIFE -> Rules.Act.STAB;
            case EXPLOSIVE -> Rules.Act.EXPLODE;
            default -> Rules.Act.BEAT;
        };
        return hits.stream().map(h -> h.value().act() != Rules.Act.ATTACK ? h
                : new Rules.Hit<>(h.start(), h.end(), new Rules.Trigger(act, weapon.get(), null))).toList();
    }

    /**
     * "He died in hospital", "the general was later shot dead", "Gholami survived": a known victim as the
     * subject of a trigger, by pronoun, surname or a definite description, suffers what it reports.
     */
    private void actOnSubject(Draft draft, Clause c) {
        if (!rules.capitalisedNames) {
            return;
        }
        for (Rules.Hit<Rules.Trigger> h : c.hits) {
            if (h.value().outcome() == null) {
                continue;
            }
            Matcher m = subject.matcher(c.text.substring(0, h.start()));
            if (!m.find()) {
                return;
            }
            String subject = m.group(1);
            Victim v = referent(draft, subject);
            if (v != null) {
                Victim acted = new Victim();
                acted.outcome = h.value().outcome();
                v.merge(acted);
            }
            return;
        }
    }

    /** The victim a subject stands for: its surname, a noun of its description, or a pronoun for the one targeted. */
    private Victim referent(Draft draft, String subject) {
        String word = leadingThe.matcher(subject.toLowerCase(Locale.ROOT)).replaceFirst("");
        String noun = word.substring(word.lastIndexOf(' ') + 1);
        List<Victim> targets = draft.victims.stream().filter(v -> !v.bystander).toList();
        for (Victim v : draft.victims) {
            if (v.name != null && mentionsSurname(subject, v.name)) {
                return v;
            }
        }
        if (heOrShe.matcher(word).matches()) {
            return targets.size() == 1 ? targets.get(0) : null;
        }
        if (!rules.person.matcher(noun).matches()) {
            return null;
        }
        for (Victim v : draft.victims) {
            String described = (String.join(" ", v.descriptions) + " " + (v.role == null ? "" : v.role) + " "
                    + (v.honorific == null ? "" : v.honorific)).toLowerCase(Locale.ROOT);
            if (noun.equals(v.head) || mentionsWord(described, noun)) {
                return v;
            }
        }
        return null;
    }

    /** "Separately, ...", "Hours later, ...": a clause told as another act, whatever it names. */
    private boolean toldApart(String clause) {
        return rules.separate.matcher(clause).lookingAt() || laterOn.matcher(clause).lookingAt();
    }

    /** Where the first phrase of an arrest, investigation, charge or suspect starts, or the clause's length. */
    private int responseStart(String clause) {
        int at = clause.length();
        String lowerCase = clause.toLowerCase(Locale.ROOT);
        for (Rules.ResponseRule rule : rules.responses) {
            if ((rule.action() == Incident.ResponseAction.ARREST || rule.action() == Incident.ResponseAction.INVESTIGATION
                    || rule.action() == Incident.ResponseAction.CHARGES) && rule.mayMatch(lowerCase)) {
                Matcher m = rule.pattern().matcher(clause);
                if (m.find()) {
                    at = Math.min(at, m.start());
                }
            }
        }
        Matcher m = rules.suspect.matcher(clause);
        return m.find() ? Math.min(at, m.start()) : at;
    }

    /**
     * "The death toll rose to five after two of the wounded died", "in addition to the three fatalities": how many the
     * act told last killed in all, told as a number of dead rather than as people; the toll only ever raises the count.
     */
    private void readToll(Sentences.Sentence sentence) {
        Matcher m = toll.matcher(sentence.text());
        if (lastTold != null && m.find()) {
            int dead = IncidentExtractor.count(m.group(1) != null ? m.group(1) : m.group(2));
            if (dead > lastTold.toll) {
                lastTold.toll = dead;
                lastTold.tollSentence = sentence;
            }
        }
    }

    /** Where the last subordinate clause ("when", "as", "while" ...) before a position starts, or -1. */
    private int subordinateBefore(String clause, int position) {
        Matcher m = subordinate.matcher(clause).region(0, position);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /**
     * "Late on Wednesday, a group calling itself X said that its fighters had killed the judge": a claim made after the act was
     * told retells that act; the claimant is its perpetrator, never a victim of an act of its own.
     */
    private boolean claimsToldAct(String s) {
        String lowerCase = s.toLowerCase(Locale.ROOT);
        return !drafts.isEmpty() && rules.claimMade.stream().anyMatch(g -> g.mayMatch(lowerCase) && g.matcher(s).find());
    }

    private boolean isResponse(String clause) {
        return responseStart(clause) < clause.length();
    }

    /**
     * The triggers that report something that happened: a threat, fear, plan or possibility cue
     * ("raising fears that he could be deported") governs every trigger after it in the clause.
     */
    private List<Rules.Hit<Rules.Trigger>> asserted(String clause, List<Rules.Hit<Rules.Trigger>> hits) {
        Matcher m = rules.nonevent.matcher(clause);
        List<Integer> cues = new ArrayList<>();
        while (m.find()) {
            // "at-risk Afghans", "a risk-averse court": a cue inside a compound adjective modifies a noun, it governs no act.
            boolean compound = m.start() > 0 && clause.charAt(m.start() - 1) == '-'
                    || m.end() < clause.length() && clause.charAt(m.end()) == '-';
            if (!compound) {
                cues.add(m.start());
            }
        }
        // "His son, who tried to stop the men, was punched": a cue inside a relative clause governs only that clause.
        return hits.stream().filter(h -> cues.stream().noneMatch(cue -> cue <= h.start()
                && (relativeClauseAt(clause, cue) < 0 || relativeClauseAt(clause, cue) == relativeClauseAt(clause, h.start())))).toList();
    }

    /** Where the ", who ...," insertion holding the position starts, or -1. */
    private int relativeClauseAt(String clause, int at) {
        Matcher m = whoInsertion.matcher(clause);
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return m.start();
            }
        }
        return -1;
    }

    /** "the killing", "this attack" (not "the killing of X"): a trigger that names the act already told. */
    private boolean anaphoric(String clause, Rules.Hit<Rules.Trigger> h) {
        return anaphorBefore.matcher(clause.substring(0, h.start())).find() && !clause.startsWith(" of ", h.end());
    }

    /** "The attack echoed the stabbing of another presenter": the act whose of-phrase holds the cue starts the earlier one. */
    private int earlierActStart(String clause, List<Rules.Hit<Rules.Trigger>> hits, int cue) {
        return hits.stream().filter(h -> h.end() <= cue && h.value().opens() && !anaphoric(clause, h)
                && ofBetween.matcher(clause.substring(h.end(), cue)).matches()).mapToInt(Rules.Hit::start).findFirst().orElse(cue);
    }

    /** Where a cue says the clause refers to an earlier incident ("follows the abduction of"), or -1. */
    private int referenceCue(String clause, Rules.Hit<Rules.Trigger> trigger) {
        Matcher m = rules.reference.matcher(clause);
        while (m.find()) {
            if (m.start() > trigger.start() + 80) {
                return -1;
            }
            if (!inPastOfPerson(clause, m.start()) && !timeOfDay(clause, m)) {
                return m.start();
            }
        }
        return -1;
    }

    /**
     * "was leaving a mosque after the evening prayer when two men opened fire": "after the" and "following the" cue an
     * earlier act only when an act follows them ("after the killing of"); before any other noun they tell the moment.
     */
    private boolean timeOfDay(String clause, Matcher cue) {
        if (!afterThe.matcher(cue.group()).matches()) {
            return false;
        }
        String next = clause.substring(cue.end(), Math.min(clause.length(), cue.end() + 40));
        Matcher phrase = nounPhraseEnd.matcher(next);
        return rules.triggers(phrase.find() ? next.substring(0, phrase.start()) : next).isEmpty();
    }

    /** "..., who had fled to Pakistan in 2021": a cue in a relative clause that tells no act is about the person's past. */
    private boolean inPastOfPerson(String clause, int at) {
        Matcher who = whoTail.matcher(clause);
        while (who.find()) {
            if (who.start() <= at && at < who.end()) {
                return rules.triggers(who.group()).isEmpty();
            }
        }
        return false;
    }

    /** "Abdul Hakim Sharifi, 62, who headed ..." right after an unnamed report names its victim. */
    private void nameFromApposition(Sentences.Sentence sentence) {
        // "One of the two is X ... The other, Y, served as a lieutenant": the people of a group told by number.
        boolean theOther = oneOfThem.matcher(sentence.text()).lookingAt();
        Draft last = null;
        // The act told last is the one a name most likely belongs to, then the newest before it.
        List<Draft> candidates = new ArrayList<>(drafts);
        if (lastTold != null) {
            candidates.remove(lastTold);
            candidates.add(lastTold);
        }
        for (int i = candidates.size() - 1; i >= 0 && last == null; i--) {
            Draft d = candidates.get(i);
            if ((d.awaitsName() || theOther && d.victims.stream().anyMatch(v -> v.name == null && v.count > 0)) && d.pronounClause == null) {
                last = d;
            }
        }
        // "His cousin, Rahmatullah, was hit in the arm": the name of a relative an incident counts unnamed.
        if (last == null && rules.capitalisedNames) {
            List<PersonNames.Name> named = names.find(sentence.text());
            last = named.isEmpty() || names.isSpeaker(sentence.text(), named.get(0)) ? null
                    : draftDescribing(sentence.text(), named.subList(0, 1)).orElse(null);
        }
        // An act that harmed nobody in particular yet ("the line has all but disappeared") takes a name only
        // from the very next sentence.
        if (last == null || last.victims.isEmpty() && !text.substring(last.lastSentence().end(), sentence.start()).isBlank()) {
            return;
        }
        String s = sentence.text();
        int listed = -1;
        Incident.Outcome amongOutcome = null;
        for (PersonNames.Name n : names.find(s)) {
            int opening = n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1);
            // "identified the dead as X, 52, popularly known as Commander Y, and ...": another name of the one listed last.
            if (listed >= 0 && aliasBefore.matcher(s.substring(listed, Math.max(listed, opening))).find()) {
                listed = n.end();
                continue;
            }
            // "named the dead as Hussein Ahmadi, 38, and Saman Rezaei, 29", "... and his driver Y": the names listed go on.
            if (listed >= 0 && listedNext.matcher(s.substring(listed, Math.max(listed, opening))).matches()) {
                Victim v = victimReader.named(s, n, List.of());
                v.sentence = sentence;
                if (amongOutcome != null) {
                    v.outcome = amongOutcome;
                    last.addOneOf(v);
                } else {
                    last.addListed(v);
                }
                listed = n.end();
                continue;
            }
            if (listed >= 0) {
                return;
            }
            String lead = s.substring(0, Math.max(0, opening));
            // The name opens the sentence, or follows "One of the men," pointing back at the unnamed victims.
            boolean identified = identifiedAs.matcher(lead).find();
            Matcher among = amongThe.matcher(lead);
            // "X, a retired police colonel, was among the dead": the same, told after the name.
            Matcher amongAfter = wasAmongThe.matcher(s).region(n.end(), s.length());
            boolean before = among.matches();
            if ((before || amongAfter.lookingAt()) && !names.isSpeaker(s, n)) {
                Victim v = victimReader.named(s, n, List.of());
                String counted = !before ? amongAfter.group(1) : among.group(1) != null ? among.group(1) : among.group(2);
                amongOutcome = countedKilled.matcher(counted.toLowerCase(Locale.ROOT)).matches()
                        ? Incident.Outcome.KILLED : Incident.Outcome.INJURED;
                v.outcome = amongOutcome;
                v.sentence = sentence;
                last.addOneOf(v);
                listed = n.end();
                continue;
            }
            String after = s.substring(n.end());
            boolean pointsBack = identified || theOther && oneOfThem.matcher(lead).matches() || ownedBy.matcher(lead).matches() || lead.matches("(?s)^[\\p{L}' ]{0,30},\\s*$") && rules.person.matcher(lead).find()
                    || reportedBy.matcher(lead).matches() && APPOSITION.matcher(after).lookingAt()
                    || AGE_GIVEN.matcher(after).matches() && !isResponse(s)
                    || relativeOfBefore.matcher(lead).matches()
                    && rules.victimOf.matcher(lead.trim().split("\\s+")[1]).matches();
            // "A former judge says he was beaten ... Speaking to reporters on Monday, X said": the teller, named at last.
            boolean teller = names.isSpeaker(s, n) && last.victims.stream().anyMatch(v -> v.name == null && v.tellsOwnStory);
            if (teller) {
                Victim v = victimReader.named(s, n, List.of());
                v.sentence = sentence;
                last.addNamed(v);
                return;
            }
            if ((opening > 3 && !pointsBack && rules.capitalisedNames) || names.isSpeaker(s, n)) {
                return;
            }
            // Persian names are only found before a role apposition ("X، فرمانده پیشین ...") or after a title,
            // wherever they stand in the sentence.
            if (pointsBack || introduction.matcher(after).matches() || !rules.capitalisedNames) {
                Victim v = victimReader.named(s, n, List.of());
                v.sentence = sentence;
                if (theOther) {
                    last.addListed(v);
                } else {
                    last.addNamed(v);
                }
                toldAgain(last, sentence);
            }
            if (!identified) {
                return;
            }
            listed = n.end();
        }
    }

    /**
     * "Officers took X, 57, from a rented apartment in the capital's Yunusabad district on the morning of November 11":
     * the sentence naming the victim of an act told "last week" tells it again, with its district and day.
     */
    private void toldAgain(Draft d, Sentences.Sentence sentence) {
        if (d.naming.contains(sentence)) {
            return;
        }
        d.naming.add(sentence);
        dates.find(sentence.text(), published, null).stream().filter(m -> !reportingDate(sentence.text(), m)).findFirst()
                .ifPresent(m -> d.refine(m.when(), sentence));
    }

    private <T> Optional<T> nearest(List<T> items, Rules.Hit<Rules.Trigger> trigger, java.util.function.ToIntFunction<T> position) {
        return items.stream().min(Comparator.comparingInt(t -> {
            int p = position.applyAsInt(t);
            return p >= trigger.start() ? p - trigger.end() : (trigger.start() - p) * 2;
        }));
    }

    private Optional<Incident.When> dateOf(Clause c, Draft main) {
        LocalDate anchor = main == null || main.when == null || main.when.precision() != Incident.DatePrecision.DAY
                || main.when.start() == null ? null : LocalDate.parse(main.when.start());
        List<DateResolver.Mention> found = dates.find(withoutInsertions(c.text, c.trigger), published, anchor).stream()
                .filter(m -> !reportingDate(c.text, m)).toList();
        return nearest(found, c.trigger, DateResolver.Mention::start).map(DateResolver.Mention::when);
    }

    /** "his family said on Wednesday": the day of the reporting, not of the act. */
    private boolean reportingDate(String text, DateResolver.Mention m) {
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        Matcher speech = rules.speech.matcher(before);
        int end = -1;
        while (speech.find()) {
            end = speech.end();
        }
        return end >= 0 && reportingCircumstance.matcher(before.substring(end)).matches();
    }

    private boolean isEarlier(Incident.When when, Draft than) {
        if (than.when == null || when.end() == null || than.when.start() == null) {
            return false;
        }
        return IncidentExtractor.lastDay(when.end()).isBefore(IncidentExtractor.firstDay(than.when.start()).minusDays(14));
    }

    /** "Late last month" in a story of this Tuesday: an act dated only to an earlier month or year is background. */
    private static boolean vaguelyBefore(Incident.When when, Draft than) {
        return than.when != null && than.when.start() != null && when.end() != null
                && (when.precision() == Incident.DatePrecision.MONTH || when.precision() == Incident.DatePrecision.YEAR)
                && IncidentExtractor.lastDay(when.end()).isBefore(IncidentExtractor.firstDay(than.when.start()));
    }

    private Draft mainDraft(Draft forDraft) {
        return drafts.isEmpty() || drafts.get(0) == forDraft ? null : drafts.get(0);
    }

    private Optional<Draft> draftOf(String name) {
        for (Draft d : drafts) {
            for (Victim v : d.victims) {
                if (v.name != null && sameName(v.name, name)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Draft> draftMentionedIn(String clause) {
        Draft found = null;
        for (Draft d : drafts) {
            for (Victim v : d.victims) {
                if (v.name != null && mentionsSurname(clause, v.name)) {
                    found = d;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** "arrived at the shop with his nephew Bilal": the name of a relative an incident already counts unnamed. */
    private boolean namesUnnamedVictim(String clause, PersonNames.Name n) {
        String head = VictimReader.describedAs(clause, n);
        // Only a name right after a possessive relative ("his nephew Bilal"), not one set off after "the girl,".
        boolean kinBefore = KIN_BEFORE.matcher(clause.substring(0, Math.max(0, n.start() - (n.honorific() == null ? 0
                : n.honorific().length() + 1)))).find();
        return head != null && kinBefore && drafts.stream().anyMatch(d -> d.victims.stream().anyMatch(v -> v.name == null && head.equals(v.head)));
    }

    /** "His driver, Sardar Wali, died": the name of an unnamed victim an incident already has ("killing his driver"). */
    private Optional<Draft> draftDescribing(String clause, List<PersonNames.Name> fresh) {
        for (PersonNames.Name n : fresh) {
            String head = VictimReader.describedAs(clause, n);
            if (head == null) {
                continue;
            }
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.victims.stream().anyMatch(v -> v.name == null && head.equals(v.head))) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Draft> draftAwaitingName(Clause c) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            // "X was stabbed and seriously wounded in the city of Bremen": the sentence may go on to say where.
            Gazetteer.City city = c.place == null ? c.cityFurtherOn : c.place.city();
            // A draft told by pronoun ("days after he was deported") waits for the main victim, not for a new name.
            if (d.awaitsName() && d.pronounClause == null && (city == null || d.city() == null || nearby(city, d.city()))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** True when the word stands in the text as a whole word, not inside a longer one ("Amin" is not in "Amini"). */
    private static boolean mentionsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = at < text.length() ? text.indexOf(word, at + 1) : -1) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.codePointBefore(at))) && (end == text.length() || !Character.isLetter(text.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    static boolean sameName(String a, String b) {
        String fa = Gazetteer.fold(a);
        String fb = Gazetteer.fold(b);
        if (fa.equals(fb)) {
            return true;
        }
        String[] ta = fa.split(" ");
        String[] tb = fb.split(" ");
        return (ta.length == 1 || tb.length == 1) && ta[ta.length - 1].equals(tb[tb.length - 1]);
    }

    private static boolean mentionsSurname(String clause, String name) {
        String[] tokens = name.split("\\s+");
        String surname = tokens[tokens.length - 1];
        return surname.length() > 2 && mentionsWord(clause, surname);
    }

    static boolean sameCity(Gazetteer.City a, Gazetteer.City b) {
        return a.countryCode().equals(b.countryCode()) && (Gazetteer.fold(a.name()).equals(Gazetteer.fold(b.name()))
                || kilometres(a, b) < 2);
    }

    /** The same city or a place within it ("Wimbledon" in London); two principal cities are never one. */
    static boolean nearby(Gazetteer.City a, Gazetteer.City b) {
        return sameCity(a, b) || !(a.principal() && b.principal())
                && a.countryCode().equals(b.countryCode()) && kilometres(a, b) < DISTRICT_KM;
    }

    static double kilometres(Gazetteer.City a, Gazetteer.City b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!word.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return b.toString();
    }

    String url() {
        return source != null && source.url() != null ? source.url() : article.url();
    }

    // ---------------------------------------------------------------- roles and attribution

    private void decideRoles() {
        Draft main = drafts.get(0);
        // An article whose only act is cued as past and is months old ("In 2020, a dissident was shot")
        // reports no new incident: its first incident is a reference too.
        main.reference = main.clauses.get(0).reference && main.when != null && main.when.end() != null && published != null
                && IncidentExtractor.lastDay(main.when.end()).isBefore(published.minusDays(60));
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            d.reference = d.openedAsReference || (d.when != null && (isEarlier(d.when, main) || vaguelyBefore(d.when, main)));
        }
    }

    private void readAttributions() {
        String lastSpeaker = null;
        Draft lastMain = drafts.get(0);
        Draft lastTold = null;
        for (Sentences.Sentence sentence : sentences) {
            String s = sentence.text();
            for (Draft d : drafts) {
                if (d.clauses.stream().anyMatch(c -> c.sentence == sentence)) {
                    lastMain = d.reference ? lastMain : d;
                    lastTold = d;
                }
            }
            String speaker = attribution.speaker(s);
            if (speaker != null) {
                lastSpeaker = speaker;
            }
            Attribution.Reading reading = attribution.read(s, lastSpeaker);
            if (reading.isEmpty()) {
                continue;
            }
            List<Draft> targets = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.victims.stream().anyMatch(v -> v.name != null && mentionsSurname(s, v.name))) {
                    targets.add(d);
                }
            }
            // "In 2019, X was shot dead in a killing that a court said had been ordered by Y": the sentence's own incident.
            if (targets.isEmpty()) {
                drafts.stream().filter(d -> d.reference && d.clauses.stream().anyMatch(c -> c.sentence == sentence))
                        .findFirst().ifPresent(targets::add);
            }
            // "No one claimed responsibility for that killing" right after an earlier killing was told: that one.
            if (targets.isEmpty() && lastTold != null && lastTold.reference && thatAct.matcher(s).find()) {
                targets.add(lastTold);
            }
            if (targets.size() > 1 || targets.isEmpty()) {
                List<Draft> mains = drafts.stream().filter(d -> !d.reference).toList();
                boolean all = everyIncident.matcher(s).find();
                targets = all ? mains : targets.isEmpty() ? List.of(lastMain) : targets.subList(0, 1);
            }
            Attribution.Reading spelled = acronymsSpelledOut(reading);
            for (Draft d : targets) {
                d.attribute(spelled, sentence, url());
            }
        }
    }

    /**
     * "This is RAW's work" after "India's Research and Analysis Wing (RAW)": an acronym stands for the name the article
     * spelled out before it in brackets; the record gives both, as the article did ("Research and Analysis Wing (RAW)").
     */
    private Attribution.Reading acronymsSpelledOut(Attribution.Reading reading) {
        List<Incident.Allegation> allegations = reading.allegations().stream().map(a -> {
            if (!ACRONYM.matcher(a.actor()).matches()) {
                return a;
            }
            Matcher named = Pattern.compile("((?:\\p{Lu}[\\p{L}\\-]*\\s+(?:(?:of|for|and|the)\\s+)*){1,6})\\("
                    + Pattern.quote(a.actor()) + "\\)").matcher(text);
            return named.find() ? new Incident.Allegation(named.group(1).trim() + " (" + a.actor() + ")", a.allegedBy()) : a;
        }).toList();
        return new Attribution.Reading(allegations, reading.claim(), reading.denials(), reading.responses(), reading.calls());
    }

    // ---------------------------------------------------------------- assembly

    private List<Incident> assemble() {
        List<String> ids = new ArrayList<>();
        for (Draft d : drafts) {
            ids.add(IncidentExtractor.id(article, source, d.ordinal));
        }
        List<Incident> mains = new ArrayList<>();
        List<Incident> references = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Incident.Related> related = new ArrayList<>();
            if (!d.reference) {
                for (int j = 0; j < drafts.size(); j++) {
                    if (drafts.get(j).reference) {
                        related.add(new Incident.Related(ids.get(j), Incident.Relation.REFERENCED_EARLIER));
                        Sentences.Sentence cited = drafts.get(j).clauses.get(0).sentence;
                        d.evidence.add(new Incident.Evidence("related", cited.text(), url(), cited.start(), cited.end()));
                    }
                }
            }
            Incident incident = d.toIncident(ids.get(i), related, this);
            if (!d.reference && mainOrigin == null) {
                mainOrigin = incident.originCountryCode();
            }
            (d.reference ? references : mains).add(incident);
        }
        List<Incident> all = new ArrayList<>(mains);
        all.addAll(references);
        return List.copyOf(all);
    }

    Incident.Source sourceAs(Incident.SourceRole role) {
        if (source == null) {
            return new Incident.Source(article.url(), article.title(), article.siteName(),
                    article.published() == null ? null : article.published().toString(), role, null);
        }
        return new Incident.Source(source.url(), source.title(), source.outlet(), source.published(), role, source.archive());
    }

    Incident.Place place(Draft d) {
        PlaceFinder.Mention cityMention = null;
        PlaceFinder.Mention districtMention = null;
        PlaceFinder.Mention broader = null;
        Clause cityClause = null;
        for (Clause c : d.clauses) {
            PlaceFinder.Mention m = c.place;
            if (m == null) {
                continue;
            }
            if (m.city() != null && cityMention == null) {
                cityMention = m;
                cityClause = c;
            }
            // "deported from Iran in March ... his body was found in the Injil district of Herat province": the finer of
            // two places without a city is where the act ended.
            if (m.city() == null && (m.country() != null || m.admin1() != null)
                    && (broader == null || broader.admin1() == null && m.admin1() != null)) {
                broader = m;
            }
        }
        if (cityMention == null) {
            cityClause = sentenceGoesOn(d);
            cityMention = cityClause == null ? null : cityClause.place;
        }
        // "in a village of Panjgur district" told more closely as "in the village of Parom, 40 kilometres west of Panjgur
        // town": the village the gazetteer lacks, placed by the town first named, is the scene.
        for (Clause c : d.clauses) {
            PlaceFinder.Mention m = c.place;
            if (cityMention != null && m != null && m != cityMention && m.city() != null && Double.isNaN(m.city().lat())
                    && !Double.isNaN(cityMention.city().lat()) && m.city().countryCode().equals(cityMention.city().countryCode())
                    && mentionsWord(c.text, cityMention.city().name())) {
                cityMention = m;
                cityClause = c;
            }
        }
        Gazetteer.City city = cityMention != null ? cityMention.city() : null;
        if (city == null && !d.reference && datelineCity != null
                && (broader == null || broader.country() == null || broader.country().code().equals(datelineCity.countryCode()))) {
            city = datelineCity;
        }
        String district = cityMention != null ? cityMention.district() : null;
        if (city == null) {
            // "abducted in Sino district four months earlier": a district of the city the story is about.
            for (Gazetteer.City story : storyCities()) {
                for (Clause c : d.clauses) {
                    for (PlaceFinder.Mention m : places.find(withoutInsertions(c.text, c.trigger), countries, story)) {
                        if (city == null && m.district() != null && m.city() != null && sameCity(m.city(), story)) {
                            city = story;
                            district = m.district();
                            cityMention = m;
                            cityClause = c;
                        }
                    }
                }
            }
        }
        if (city == null && broader == null) {
            // "shot dead near his home in the city": the city the story is about, named before.
            for (Clause c : d.clauses) {
                if (city == null && theCity.matcher(withoutInsertions(c.text, c.trigger)).find() && !storyCities().isEmpty()) {
                    city = storyCities().get(0);
                    cityClause = c;
                }
            }
        }
        if (city == null && broader == null) {
            // "who had lived in Dushanbe since 2022, was detained near her home in the city's Firdavsi district": with
            // no story city, "the city" is the one named last before it.
            for (Clause c : d.clauses) {
                boolean cityOnlyReferred = c.place != null && c.place.city() == null && c.place.district() != null
                        || c.place == null && theCity.matcher(withoutInsertions(c.text, c.trigger)).find();
                Optional<PlaceFinder.Mention> before = cityOnlyReferred && city == null ? cityToldBefore(c) : Optional.empty();
                if (before.isPresent()) {
                    city = before.get().city();
                    district = c.place == null ? null : gazetteer.district(city, c.place.district()).orElse(c.place.district());
                    cityMention = c.place == null ? before.get() : c.place;
                    cityClause = c;
                }
            }
        }
        if (city == null && broader != null && broader.country() != null && !d.reference) {
            // "has been detained in Russia ... X, 29, was stopped at the airport in St. Petersburg on Monday": the sentence
            // naming the victim tells the act again, with the city in the country told first.
            String code = broader.country().code();
            for (Sentences.Sentence s : d.naming) {
                Optional<PlaceFinder.Mention> m = places.find(s.text(), countries, null).stream()
                        .filter(x -> x.city() != null && x.city().countryCode().equals(code)).findFirst();
                if (city == null && m.isPresent()) {
                    city = m.get().city();
                    district = m.get().district();
                    cityMention = m.get();
                    d.evidence.add(new Incident.Evidence("place", s.text(), url(), s.start(), s.end()));
                }
            }
        }
        Gazetteer.City within = city == null ? null : enclosingCity(city, cityClause);
        if (within != null) {
            // "stabbed outside his home in Wimbledon" in a story that names London: GeoNames lists the district as a town.
            district = district == null ? city.name() : district;
            city = within;
        }
        if (city != null && district == null) {
            for (Clause c : d.clauses) {
                for (PlaceFinder.Mention m : places.find(withoutInsertions(c.text, c.trigger), countries, city)) {
                    if (m.district() != null && (m.city() == null || sameCity(m.city(), city))) {
                        district = m.district();
                        districtMention = m;
                    } else if (m.city() != null && !sameCity(m.city(), city) && nearby(m.city(), city) && !m.city().principal()) {
                        district = m.city().name();
                        districtMention = m;
                    }
                    if (district != null) {
                        break;
                    }
                }
                if (district != null) {
                    d.evidence.add(new Incident.Evidence("place", c.sentence.text(), url(), c.sentence.start(), c.sentence.end()));
                    break;
                }
            }
        }
        if (city != null && district == null) {
            for (Sentences.Sentence s : d.naming) {
                Gazetteer.City here = city;
                Optional<PlaceFinder.Mention> m = places.find(s.text(), countries, city).stream()
                        .filter(x -> x.district() != null && x.city() != null && sameCity(x.city(), here)).findFirst();
                if (m.isPresent()) {
                    district = m.get().district();
                    districtMention = m.get();
                    d.evidence.add(new Incident.Evidence("place", s.text(), url(), s.start(), s.end()));
                    break;
                }
            }
        }
        if (cityClause != null) {
            d.evidence.add(0, new Incident.Evidence("place", cityClause.sentence.text(), url(), cityClause.sentence.start(),
                    cityClause.sentence.end()));
        }
        if (city != null) {
            String code = city.countryCode();
            String phrase = cityMention != null ? cityMention.phrase() : datelinePhrase;
            if (districtMention != null && districtMention.phrase().contains(city.name())) {
                phrase = districtMention.phrase();
            }
            // An unlisted village has no coordinates: its region or country is the finest level it is located to.
            Incident.PlacePrecision precision = city.located() ? Incident.PlacePrecision.CITY
                    : city.admin1() != null ? Incident.PlacePrecision.ADMIN1 : Incident.PlacePrecision.COUNTRY;
            return new Incident.Place(gazetteer.countryByCode(code).map(Gazetteer.Country::name).orElse(code), code,
                    city.admin1(), city.name(), district, city.located() ? city.lat() : null, city.located() ? city.lon() : null,
                    precision, phrase);
        }
        if (broader == null && !d.reference && hostAuthorities.size() == 1) {
            // "was shot dead near the border, Iranian officials said": the country whose authorities speak of it.
            Map.Entry<String, String> host = hostAuthorities.entrySet().iterator().next();
            Optional<Gazetteer.Country> country = gazetteer.countryByCode(host.getKey());
            if (country.isPresent()) {
                return new Incident.Place(country.get().name(), country.get().code(), null, null, null, null, null,
                        Incident.PlacePrecision.COUNTRY, host.getValue());
            }
        }
        if (broader == null && !d.reference) {
            // "Three people have died during protests in Bolivia ... soldiers fired near the fuel plant in Senkata": a
            // place the gazetteer lacks lies in the one country the text placed things in before the act.
            broader = d.clauses.isEmpty() ? null : countryToldBefore(d.clauses.get(0)).orElse(null);
        }
        if (broader != null) {
            Gazetteer.Country country = broader.country();
            return new Incident.Place(country == null ? null : country.name(), country == null ? null : country.code(),
                    broader.admin1(), null, broader.district(), null, null,
                    broader.admin1() != null ? Incident.PlacePrecision.ADMIN1 : Incident.PlacePrecision.COUNTRY,
                    broader.phrase());
        }
        return new Incident.Place(null, null, null, null, null, null, null, Incident.PlacePrecision.UNKNOWN, null);
    }

    /**
     * "A refugee was stabbed and seriously injured outside his shop in west Delhi's Tilak Nagar, police said": the
     * sentence that tells the act goes on, past the clause cut, to say where. The place is taken from there when
     * no other incident's clause holds it and no reference cue makes it the place of an earlier act.
     */
    private Clause sentenceGoesOn(Draft d) {
        for (Clause c : d.clauses) {
            String s = c.sentence.text();
            int end = s.indexOf(c.text) + c.text.length();
            if (c.place != null || end < c.text.length() || end >= s.length()) {
                continue;
            }
            String rest = s.substring(end);
            if (rules.reference.matcher(rest).find() || drafts.stream().anyMatch(o -> o != d
                    && o.clauses.stream().anyMatch(x -> x.sentence == c.sentence && s.indexOf(x.text) >= end))) {
                continue;
            }
            Optional<PlaceFinder.Mention> m = places.find(rest, countries, null).stream().filter(x -> x.city() != null).findFirst();
            if (m.isPresent()) {
                Clause goesOn = new Clause(c.sentence, c.text, c.hits, c.trigger);
                goesOn.place = m.get();
                return goesOn;
            }
        }
        return null;
    }

    /**
     * The principal city the article names that a listed town lies within ({@value #WITHIN_CITY_KM} km of its
     * centre), unless the clause sets the town apart from it ("Kuchlak, near Quetta", "a village outside Lahore").
     */
    private Gazetteer.City enclosingCity(Gazetteer.City town, Clause clause) {
        if (town.principal() || !town.located()) {
            return null;
        }
        return namedCities.stream()
                .filter(c -> c.located() && c.countryCode().equals(town.countryCode()) && kilometres(c, town) < WITHIN_CITY_KM)
                .filter(c -> clause == null || !Pattern.compile(setApartBefore
                        + Pattern.quote(c.name()) + "\\b").matcher(clause.sentence.text()).find())
                .min(java.util.Comparator.comparingDouble(c -> kilometres(c, town))).orElse(null);
    }

    /** The place with a city named last before the clause's "the city", in its sentence or the paragraphs before. */
    private Optional<PlaceFinder.Mention> cityToldBefore(Clause c) {
        String sentence = c.sentence.text();
        Matcher city = theCity.matcher(sentence);
        int at = c.place != null && sentence.contains(c.place.phrase()) ? sentence.indexOf(c.place.phrase())
                : city.find() ? city.start() : sentence.length();
        List<PlaceFinder.Mention> before = placesBefore(c.sentence.start() + at).stream().filter(m -> m.city() != null).toList();
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    /** The country alone that the places told before the clause's act lie in, when they name one only. */
    private Optional<PlaceFinder.Mention> countryToldBefore(Clause c) {
        // What follows the act ("..., a charity that helps refugees in India said") is about others.
        int clauseAt = c.sentence.text().indexOf(c.text);
        List<PlaceFinder.Mention> before = placesBefore(c.sentence.start() + (clauseAt < 0 ? 0 : clauseAt + c.trigger.start()));
        List<String> codes = before.stream().map(m -> m.city() != null ? m.city().countryCode()
                : m.country() != null ? m.country().code() : null).distinct().toList();
        return codes.size() == 1 && codes.get(0) != null
                ? before.stream().filter(m -> m.city() == null && m.admin1() == null && m.country() != null).findFirst()
                : Optional.empty();
    }

    private List<PlaceFinder.Mention> placesBefore(int end) {
        return places.find(text.substring(Math.max(0, end - CITY_TOLD_BEFORE_CHARS), end), countries, null);
    }

    /** The cities the article is about: its main incident's, then its dateline's. */
    private List<Gazetteer.City> storyCities() {
        List<Gazetteer.City> cities = new ArrayList<>();
        Gazetteer.City main = drafts.get(0).city();
        if (main != null) {
            cities.add(main);
        }
        if (datelineCity != null) {
            cities.add(datelineCity);
        }
        return cities;
    }

    Optional<Incident.When> sentenceDate(Draft d) {
        if (d.clauses.isEmpty()) {
            return Optional.empty();
        }
        Clause first = d.clauses.get(0);
        Draft main = mainDraft(d);
        LocalDate anchor = main == null || main.when == null || main.when.start() == null
                || main.when.precision() != Incident.DatePrecision.DAY ? null : LocalDate.parse(main.when.start());
        return dates.find(first.sentence.text(), published, anchor).stream()
                .filter(m -> !reportingDate(first.sentence.text(), m)).findFirst().map(DateResolver.Mention::when);
    }


    Rules rules() {
        return rules;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The origin of the article's first main incident once assembled: what its references share by default. */
    String mainOrigin;

    String defaultNationality() {
        for (Draft d : drafts) {
            for (Victim v : d.victims) {
                if (!d.reference && v.nationality != null && !v.bystander) {
                    return v.nationality;
                }
            }
        }
        Matcher m = rules.descriptor.matcher(text);
        while (m.find()) {
            String n = victimReader.nationality(m.group("mods"));
            if (n != null) {
                return n;
            }
        }
        return null;
    }
}
