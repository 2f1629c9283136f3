package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the victims of one clause: named people (with the role, affiliation and nationality the
 * text gives them) and unnamed ones ("a former Afghan army general", "three people", "his
 * driver"), each with the outcome of the trigger that governs it. Tells victims from the other
 * people a clause names: speakers, alleged perpetrators, possessors.
 */
final class VictimReader {

    private static final Pattern NAME_POSSESSIVE = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}{2,}['’]s(?=\\s)");
    private static final Pattern TRAILING_COMMA = Pattern.compile("(?:,\\s*\\d{1,3})?,\\s*$");
    private static final Pattern AGE = Pattern.compile("^\\s*,\\s*\\d{1,3}\\s*,");
    private static final Pattern POSSESSED = Pattern.compile("['’]s\\s+((?:[\\p{L}\\-]+\\s*){1,2})");
    private static final Pattern POSSESSIVE_ENDING = Pattern.compile("['’]s$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\S*\\s*");
    /** Up to two lower-case modifiers between a name in the possessive and the person noun it determines. */
    private static final Pattern FEW_MODIFIERS = Pattern.compile("\\s+(?:[\\p{Ll}\\d\\-]+\\s+){0,2}");
    /** Up to four words between a verb of accusing and the name it accuses. */
    private static final Pattern FEW_WORDS = Pattern.compile("\\s+(?:[\\p{L}\\-'’]+\\s+){0,4}");
    /** What a description set off by commas holds up to its closing comma ("a former judge who fled in 2022, "). */
    private static final Pattern CLOSING_COMMA = Pattern.compile("[^,;]{0,160},\\s*");
    /** "his driver, Sardar Wali", "his son Bilal", "a passer-by, identified as Usman". */
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile(
            // "Sherzai's brother, Gul Wahab Sherzai": a name in the possessive determines the noun like "his".
            "(?:^|\\s)(?:(?i:his|her|their|the|a|an)|\\p{Lu}[\\p{L}\\-]+['’]s)\\s+(?:[\\p{Ll}\\-]+\\s+)?(\\p{L}[\\p{L}\\-]*)\\s*,?\\s*$"
                    // Persian "برادرش X": the possessive is a suffix of the noun.
                    + "|(?:^|\\s)(\\p{L}+)ش\\s*،?\\s*$");
    /** Persian only (read where the verb comes last): "پسر ۱۷ ساله او", "برادرش". */
    private static final String PERSIAN_RELATIVE = "(?<![\\p{L}])(\\p{L}+?)({possessive_suffix})?(?:\\s+[\\d۰-۹]{1,3}\\s+{age_unit})?"
            + "(?:\\s+({third_person}))?(?![\\p{L}])";
    /** Persian only: "این قتل", an act named with "this". */
    private static final String PERSIAN_THIS = "(?<![\\p{L}]){demonstrative}\\s+$";

    private final Rules rules;
    private final PersonNames names;
    private final Gazetteer gazetteer;
    private final Predicate<String> isKnownVictim;

    // The clause grammar, built from the word classes of rules-<lang>.tsv (see Rules#pattern).
    /** What may stand between a subject and its act: "a passer-by sustained bullet injuries" (the one who suffers it). */
    private final Pattern passiveBefore;
    /** Whatever may come before the subject of a clause: a dateline, an introductory phrase, a conjunction. */
    private final Pattern opening;
    /** ", who tried to stop the men," or an apposition ", a Turkish woman," between a person and the passive about them. */
    private final Pattern relativeInsertion;
    /** "of the building", "who were walking past": a phrase after a person noun that says which people are meant. */
    private final Pattern postmodifier;
    /** A past participle, regular or one of the irregular ones acts are told with ("his brother hurt", "his son shot"). */
    private final Pattern participle;
    /** "A former pilot was killed and his brother wounded": a clause that leaves out the auxiliary. */
    private final Pattern gapped;
    /** Only the auxiliary of a passive, which a relative pronoun may open ("a girl who was kidnapped"). */
    private final Pattern auxiliaryOnly;
    private final Pattern leftBefore;
    private final Pattern selfPassive;
    private final Pattern orgAffiliation;
    private final Pattern trailingOf;
    private final Pattern singular;
    private final Pattern pluralNoun;
    /** A bare number before an act ("30 people were killed and 50 wounded"); "The two wounded" counts no one new. */
    private final Pattern ellipticCount;
    private final Pattern subordinator;
    /** "shot a former officer dead", "stabbed X to death", "beat him to death": the outcome follows the object. */
    private final Pattern deadAfterObject;
    private final Pattern woundNoun;
    private final Pattern countAfter;
    /**
     * A preposition that governs what follows: "the target of the attack was Abdul Rauf": a copula ends the
     * prepositional phrase; "the gate of the house of X": the nearest preposition governs the name; "identified by
     * police as X": "as" opens a predicate of its own.
     */
    private final Pattern governed;
    private final Pattern genitive;
    /**
     * A role after a name: "X, a former presenter in Kabul who had fled to Pakistan" (the role stops before its relative
     * clause); Persian has no article: "X، فرمانده پیشین ارتش، ...".
     */
    private final Pattern apposition;
    /**
     * ", who served as a judge of the appeals court", ", who had worked as an interpreter", "who served as head of the
     * police": an office held before.
     */
    private final Pattern servedAs;
    /** "votes held in Canadian cities", "a doctor based in Pakistani Kashmir": a place the role names, not a nationality. */
    private final Pattern placedPostmodifier;
    /** "an activist from Mazar-i-Sharif": the place a person comes from (group 1). */
    private final Pattern hometown;
    /** "former Afghan general X", "exiled Tajik activist X": a role before a name may hold a capitalised demonym. */
    private final Pattern roleBefore;
    private final Pattern identifiedTail;
    private final Pattern describedAgain;
    /** "a former Afghan army officer, identified as Abdul Basir Noori" */
    private final Pattern identifiedAs;
    private final Pattern roleAffiliation;
    /** "Unidentified men kidnapped Afghan journalist X": what precedes the role in the words after the act. */
    private final Pattern roleLead;
    private final Pattern roleDeterminer;
    private final Pattern leadingNumber;
    private final Pattern andNext;
    private final Pattern objectPronoun;
    private final Pattern objectPronounAnywhere;
    /** "shot Karim Jan dead": at most a determiner and a few words between an act and its object. */
    private final Pattern objectGap;
    private final Pattern nominalOf;
    private final Pattern togetherWith;
    private final Pattern possessive;
    private final Pattern partitive;
    /** "his wife and two children": the possessive of the first of two coordinated people governs both. */
    private final Pattern possessiveBefore;
    private final Pattern children;
    private final Pattern describing;
    private final Pattern phraseEnd;
    private final Pattern accusedBefore;
    private final Pattern whoDid;
    private final Pattern relativeBefore;
    private final Pattern agentBefore;
    private final Pattern speakerAfter;
    private final Pattern speakerPastInsertion;
    /** ", was hit" but not ", and a son": the comma that closes an apposition, not one that goes on with a list. */
    private final Pattern closedApposition;
    /** "a young man", "a woman": a person told without a calling, who may be someone the report counted already. */
    private final Pattern anyone;
    /** "was also hurt", "another man": one more than those told. */
    private final Pattern oneMore;

    /** @param isKnownVictim whether a name already belongs to a victim of this article */
    VictimReader(Rules rules, PersonNames names, Gazetteer gazetteer, Predicate<String> isKnownVictim) {
        this.rules = rules;
        this.names = names;
        this.gazetteer = gazetteer;
        this.isKnownVictim = isKnownVictim;
        passiveBefore = rules.pattern("(?:\\b(?:{copula}|{passive_lead})\\s+){1,3}$");
        opening = rules.pattern("^(?:[\\p{L}\\p{M}\\d .,'’()\\-]{2,60}?\\s[—–-]{1,2}\\s*)?(?:[\\p{L}\\d.'’ \\-]{0,40},\\s*){0,2}"
                // "The 49-year-old, a former judge, was ...": an age may open before the description; a clause cut before
                // "while"/"and" opens with it.
                + "(?:\\s*{clause_opener}\\s+)?$");
        relativeInsertion = rules.pattern("^\\s*,\\s*{insertion_opener}\\s[^,;]{1,80},");
        postmodifier = rules.pattern("^(?:\\s+{postmodifier_prep}\\s+{determiner}\\s+(?:[\\p{Ll}\\-]+\\s+)?(?!{relative}\\s)[\\p{Ll}\\-]+"
                + "(?=\\s+(?:{relative}|{past_be})\\s)"
                + "|\\s+{relative}\\s+{past_be}\\s+\\p{Ll}+{progressive_suffix}(?:\\s+\\p{Ll}+){0,2}?(?=\\s+{past_be}\\s)){1,2}");
        participle = rules.pattern("(?:{past_suffix}|\\b{irregular_participle})$");
        gapped = rules.pattern("(?i)^\\s*{conjunction}\\s");
        leftBefore = rules.pattern("(?i)(?<![\\p{L}]){leave_verb}\\s+$");
        auxiliaryOnly = rules.pattern("\\s*(?:{relative}\\s+)?{passive_auxiliary}\\s+(?:{passive_adverb}\\s+)?");
        orgAffiliation = rules.pattern("^\\s+(?:{affiliation_prep}\\s+(?:{definite}\\s+)?|{locative}\\s+{definite}\\s+)"
                + "(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]*|{organisation_word})){0,6})");
        trailingOf = rules.pattern("\\s+{genitive}$");
        pluralNoun = rules.pattern("(?i).*{plural_suffix}");
        singular = rules.pattern("(?i)^(?:{indefinite}|{additive}|{possessive}|{cardinal_one}|{one_of} {possessive})$");
        ellipticCount = rules.pattern("(?i)(?<![\\p{L}\\d])(?<!{group_determiner}\\s)((?!(?:19|20)\\d\\d\\b)\\d{1,4}|{number_to_ten})"
                + "\\s+(?:{more}\\s+)?(?:{plural_past_be}\\s+)?$");
        subordinator = rules.pattern("(?i)(?<![\\p{L}]){subordinator}(?![\\p{L}])");
        deadAfterObject = rules.pattern("(?:\\s*,\\s*\\d{1,3}\\s*,)?\\s+{resultative}\\b");
        woundNoun = rules.pattern("(?i)\\b{wound_noun}$");
        countAfter = rules.pattern("(?i)^\\s+(?:{at_least}\\s+)?((?!(?:19|20)\\d\\d\\b)\\d{1,4}|{number_to_ten}|{number_above_ten})"
                + "(?=\\s*(?:,|\\.|;|$|\\b{coordinator}\\b|{more}\\b))");
        governed = rules.pattern("(?:^|\\s)({governing_prep})\\s+"
                + "(?:(?!(?:{finite_be}|{predicative}|{governing_prep})\\s)[\\p{L}\\-'’]+\\s+){0,4}$");
        genitive = rules.pattern("{genitive}");
        apposition = rules.pattern(rules.capitalisedNames
                ? "^\\s*,?\\s*(?:{indefinite}|{definite}(?=\\s+(?:{former_title}|[\\p{Ll}\\-]+\\s+{genitive})\\s))\\s+((?:(?!\\s{apposition_stop}\\s)[^,;.]){3,120})"
                : "^\\s*،\\s*(?:{member_of}\\s+)?((?:(?!\\s{apposition_stop}(?:\\s|$))[^،;.]){3,120})");
        servedAs = rules.pattern("^\\s*,?\\s*{subject_relative}\\s+(?:{pluperfect}\\s+)?(?:{former_time}\\s+)?{served}\\s+{predicative}\\s+"
                + "(?:(?:{indefinite}|{definite})\\s+)?((?:(?!\\s{office_end}\\s)[^,;.]){3,80})");
        hometown = rules.pattern("(?<![\\p{L}]){source_prep}\\s+(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)?)");
        placedPostmodifier = rules.pattern("(?i)\\s{place_participle}\\s+{locative}\\s.*$");
        roleBefore = rules.pattern("(?<![\\p{L}\\-'’])((?:{former_title})?(?:\\s*(?:[\\p{Ll}\\-]+|\\p{Lu}\\p{Ll}+)){0,3}\\s*[\\p{Ll}\\-]+)\\s*,?\\s*$");
        // "identified by police as", "identified by his relatives only as": a few words may tell who identified the person,
        // and an age may lead the name ("as 17-year-old X").
        identifiedTail = rules.pattern("\\s+(?:(?:{finite_be}|{perfect_be})\\s+)?{identified}(?:\\s+{passive_agent}(?:\\s+[\\p{L}\\-]+){1,3}?)?\\s+{predicative}(?:\\s+\\d{1,3}-year-old)?\\s*$");
        // "His bodyguard, a fellow Afghan identified as X": a description set off after the noun, before the identification.
        describedAgain = rules.pattern("\\s*,\\s*(?i:{indefinite})\\s+(?:[\\p{L}\\-]+\\s+){0,3}[\\p{L}\\-]+\\s*$");
        identifiedAs = rules.pattern("\\s*,?\\s*(?:(?:{identified}|{alias})\\s+(?:{passive_agent} \\p{L}+\\s+)?{predicative}\\s+)?");
        roleAffiliation = rules.pattern("\\s+(?:{affiliation_prep}\\s+(?:{definite}\\s+)?|{locative}\\s+{definite}\\s+)(\\p{Lu}.*)$");
        roleLead = rules.pattern("^(?:.*\\b{role_lead}\\s+)");
        roleDeterminer = rules.pattern("^(?i:{definite}|{indefinite}|{additive}|{possessive})\\s+");
        leadingNumber = rules.pattern("(?i)(\\d{1,4}|{number_to_ten}|{number_above_ten})\\s+(?!{time_unit})");
        andNext = rules.pattern("\\s*(?:,\\s*)?{coordinator}\\s+");
        objectPronoun = rules.pattern("(?i)\\s+{object_pronoun}\\b");
        objectPronounAnywhere = rules.pattern("(?i)(?<![\\p{L}]){object_pronoun}(?![\\p{L}])");
        objectGap = rules.pattern("\\s+(?:(?:{definite}|{indefinite})\\s+)?(?:[\\p{L}\\-]+\\s+){0,4}");
        nominalOf = rules.pattern("\\s+(?:[\\p{L}\\d]+\\s+){1,3}{genitive}\\s+");
        togetherWith = rules.pattern("(?i)\\b{accompanying}\\s+{comitative}\\s+$");
        possessive = rules.pattern("(?i){possessive}|{one_of} {possessive}");
        partitive = rules.pattern("(?i){one_of}");
        possessiveBefore = rules.pattern("(?i)(?<![\\p{L}]){possessive}\\s+[\\p{L}\\-]+\\s+{coordinator}\\s+$");
        children = rules.pattern("(?i){children}");
        describing = rules.pattern("(?:['’]s\\s|\\s+{describing}\\s)");
        phraseEnd = rules.pattern("[,;.]|\\s{phrase_end}\\s");
        accusedBefore = rules.pattern("(?i)\\b{accused_determiner}\\s+{accused_noun}\\b(?=[^.;]{0,80}$)");
        whoDid = rules.pattern("\\b{subject_relative}\\s+(?!{finite_auxiliary}\\b)([^,]{1,80}),\\s*$");
        relativeBefore = rules.pattern("{subject_relative} \\z");
        agentBefore = rules.pattern(".*\\b{passive_agent}$");
        selfPassive = rules.pattern("(?i)\\s+(?:{complementizer}\\s+)?{he_she}\\s+{passive_be}\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+");
        speakerAfter = rules.pattern("\\s+(?:{speaker_prep}\\s+(?:{speaker_article}\\s+)?[\\p{L}\\-]+\\s+)?");
        anyone = rules.pattern("(?i){anyone}");
        oneMore = rules.pattern("(?i)(?<![\\p{L}]){one_more}(?![\\p{L}])");
        closedApposition = rules.pattern("\\s*,(?!\\s*(?:{coordinator}|{indefinite}|{definite}|{possessive})\\s)");
        speakerPastInsertion = rules.pattern("(?:\\s*,[^,;.\"“”]{1,120},\\s*|\\s+{subject_relative}\\s[^,;.\"“”]{1,80}?\\s)(?iu:"
                + rules.speech.pattern() + ")");
    }

    /** True when a name in a clause is someone the clause's act befell, not a speaker or a perpetrator. */
    boolean isVictim(String clause, PersonNames.Name n) {
        return !names.isSpeaker(clause, n) && !someoneElse(clause, n) && !possessor(clause, n) && !names.possessorOfKin(clause, n)
                && !agent(clause, n) && !accused(clause, n);
    }

    /** "The accused, identified as X (24) and Y (22), were arrested": names the clause gives to those said to have done it. */
    private boolean accused(String clause, PersonNames.Name n) {
        String before = clause.substring(0, Math.max(0, n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1)));
        Matcher m = accusedBefore.matcher(before);
        // "The gunmen opened fire as X was leaving": an act between them makes the name its target.
        return m.find() && rules.triggers(before.substring(m.end())).isEmpty();
    }

    /** "the man who kidnapped the child, Michael Webb, was sentenced": the name stands for the one who did it. */
    private boolean agent(String clause, PersonNames.Name n) {
        String before = clause.substring(0, Math.max(0, n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1)));
        Matcher who = whoDid.matcher(before);
        return who.find() && !rules.triggers(who.group(1)).isEmpty();
    }


    /** Unnamed victims: objects of an active trigger ("killed a former official") or subjects of a passive one. */
    List<Victim> unnamed(String said, List<Rules.Hit<Rules.Trigger>> hits) {
        List<Victim> victims = new ArrayList<>();
        String clause = possessorsAsPronouns(said);
        Matcher m = rules.descriptor.matcher(clause);
        boolean firstDescriptor = true;
        Rules.Hit<Rules.Trigger> chained = null;
        int chainEnd = -1;
        while (m.find()) {
            String det = m.group("det");
            boolean speaks = speaks(clause, m.end());
            // "A former judge says he was beaten by three men": the one speaking tells what befell them.
            Rules.Hit<Rules.Trigger> toldOfSelf = speaks && firstDescriptor ? toldOfSelf(clause, m.end(), hits) : null;
            if (isApposition(clause, m.start(), m.end()) || speaks && toldOfSelf == null || owns(clause, m.end())) {
                firstDescriptor = false;
                continue;
            }
            Rules.Hit<Rules.Trigger> object = chainEnd >= 0 && andNext.matcher(clause.substring(chainEnd, m.start())).matches()
                    ? chained : null;
            for (Rules.Hit<Rules.Trigger> h : hits) {
                String between = clause.substring(Math.min(h.end(), m.start()), m.start());
                if (h.end() <= m.start() && (between.trim().split("\\s+").length <= 2 && !between.contains(",")
                        && !agentBefore.matcher(between.trim().toLowerCase(Locale.ROOT)).matches() && !subjectOfNewClause(clause, h, between)
                        // "the killing in March of a former officer"
                        || nominalOf.matcher(between).matches() && rules.victimOf.matcher(clause.substring(h.start(), h.end())).matches())) {
                    object = h;
                }
            }
            // "deported her ... together with her two children": they share what befell the one it names.
            if (object == null && togetherWith.matcher(clause.substring(0, m.start())).find()) {
                object = hits.stream().filter(h -> h.end() <= m.start() && h.value().outcome() != null).reduce((a, b) -> b).orElse(null);
            }
            // Persian "تیراندازی دو مرد": a person after a nominal act that harms nobody by itself is its agent.
            if (rules.verbFinal && object != null && object.value().outcome() == null) {
                object = null;
            }
            Rules.Hit<Rules.Trigger> subject = null;
            // Verb-final languages put the act after whoever it befell, whatever opens the clause ("روز دوشنبه یک افسر ... کشته شد").
            if (firstDescriptor && (rules.verbFinal || opening.matcher(clause.substring(0, m.start())).matches())) {
                for (Rules.Hit<Rules.Trigger> h : hits) {
                    boolean passive = passiveBefore.matcher(clause.substring(0, h.start())).find();
                    // "Two men on a motorbike shot dead a former officer": an act with an object of its own is what the
                    // subject did; "an activist who ran a satellite programme disappeared": one without befell the subject.
                    if (h.start() >= m.end() && (passive
                            || relativeBefore.matcher(clause.substring(0, h.start())).find() || rules.verbFinal
                            || h.value().act() == Rules.Act.SPARE
                            || h.value().act() == Rules.Act.KILL && !takesObject(clause, h)
                            || h.value().act() == Rules.Act.ABDUCT && !personAfter(clause, h)
                            // "Three armed men abducted [and later killed ...]": those told as doers took, they were not taken.
                            && !rules.anonymous.matcher(m.group("noun")).matches()
                            || h.value().act() == Rules.Act.DIE)) {
                        subject = h;
                        break;
                    }
                }
            }
            if (subject == null) {
                // "... after a former officer was stabbed to death": the subject of a passive right after it.
                for (Rules.Hit<Rules.Trigger> h : hits) {
                    // "His son, who tried to stop the men, was punched": a relative clause may stand between.
                    String between = h.start() >= m.end() ? relativeInsertion.matcher(clause.substring(m.end(), h.start())).replaceFirst("") : null;
                    // "Two residents of the building who were walking past were lightly injured": what says which ones.
                    if (between != null) {
                        between = postmodifier.matcher(between).replaceFirst("");
                        // "The 49-year-old, a former judge (of the appeals court who fled in 2022), was attacked": the comma
                        // closes a description set off by commas, whatever it holds.
                        if (CLOSING_COMMA.matcher(between).matches() && clause.substring(0, m.start()).stripTrailing().endsWith(",")) {
                            between = " ";
                        }
                    }
                    // "A former pilot was killed and his brother wounded": the auxiliary is left out after "and".
                    boolean auxiliaryLeftOut = between != null && between.isBlank() && gapped.matcher(clause).lookingAt()
                            && participle.matcher(clause.substring(h.start(), h.end())).find();
                    // "His son was punched": the trigger phrase may hold the auxiliary itself.
                    boolean ownAuxiliary = between != null && between.isBlank()
                            && auxiliaryOnly.matcher(clause.substring(h.start(), h.end())).lookingAt();
                    // "an attack that also left his wife wounded", "leaving two passers-by injured": the state the act left them in.
                    boolean leftSo = between != null && between.isBlank() && leftBefore.matcher(clause.substring(0, m.start())).find();
                    if (between != null && auxiliaryOnly.matcher(between).matches() || auxiliaryLeftOut || ownAuxiliary || leftSo) {
                        subject = h;
                        break;
                    }
                }
            }
            if (subject == null) {
                subject = toldOfSelf != null ? toldOfSelf : coordinatedSubject(clause, m.end(), hits);
            }
            // "دو مرد موتورسوار ... شلیک کردند": the subject of an act that harms nobody by itself is its agent.
            if (rules.verbFinal && subject != null && subject.value().outcome() == null) {
                subject = null;
            }
            firstDescriptor = false;
            Rules.Hit<Rules.Trigger> by = object != null ? object : subject;
            if (by == null) {
                continue;
            }
            if (object != null) {
                chained = object;
                chainEnd = m.end();
            }
            String noun = m.group("noun");
            Victim v = new Victim();
            v.tellsOwnStory = by == toldOfSelf;
            v.role = (m.group("mods") + noun).trim();
            int end = m.end();
            Matcher aff = orgAffiliation
                    .matcher(clause.substring(end));
            // "his driver in the Hayatabad area": a place, not an organisation.
            if (aff.find() && !rules.districtNoun.matcher(FIRST_WORD.matcher(clause.substring(end + aff.end())).replaceFirst("")).lookingAt()) {
                v.affiliation = trailingOf.matcher(aff.group(1)).replaceAll("");
                v.role = v.role + clause.substring(end, end + aff.end()).replaceAll("\\s+", " ");
            }
            v.count = singular.matcher(det).matches()
                    ? (pluralNoun.matcher(noun).matches()
                    && !partitive.matcher(det).lookingAt()
                    ? 0 : 1)
                    : IncidentExtractor.count(det);
            Matcher counted = leadingNumber.matcher(m.group("mods"));
            if (counted.lookingAt()) {
                // "another 30 people": the number, not the determiner, counts them.
                v.count = IncidentExtractor.count(counted.group(1));
            }
            v.head = noun.toLowerCase(Locale.ROOT);
            boolean possessed = possessive.matcher(det).lookingAt() || possessiveBefore.matcher(clause.substring(0, m.start())).find();
            if (possessed && children.matcher(noun).matches()) {
                // "her two children", "his wife and two children": one's own children are family.
                v.descriptions.add("family");
            }
            v.bystander = rules.bystander.matcher(noun).matches();
            v.possessed = possessive.matcher(det).lookingAt();
            v.retold = v.count >= 1 && !v.possessed && !oneMore.matcher(clause).find();
            v.generic = anyone.matcher(noun).matches();
            v.outcome = object != null && deadAfterObject.matcher(clause).region(m.end(), clause.length()).lookingAt()
                    ? Incident.Outcome.KILLED : outcomeNear(clause, hits, m.start(), by);
            v.nationality = nationality(v.role);
            if (v.nationality == null && rules.capitalisedNames && describing.matcher(clause).region(m.end(), clause.length()).lookingAt()) {
                // "two members of an Iranian Kurdish opposition party"
                Matcher stop = phraseEnd.matcher(clause).region(m.end(), Math.min(clause.length(), m.end() + 80));
                v.nationality = nationality(clause.substring(m.end(), stop.find() ? stop.start() : stop.regionEnd()));
            }
            if (v.nationality == null && !rules.capitalisedNames) {
                v.nationality = nationality(clause.substring(m.start(), Math.min(clause.length(), m.end() + 40)));
            }
            // A relative clause or a compound after the noun describes it too ("two brothers who served as commandos",
            // "an Afghan women's rights activist", Persian "jenral-e pishin"), up to the next comma; anything else
            // is another phrase ("a man died ... between protesters and police").
            int tail = Math.min(clause.length(), m.end() + 80);
            int comma = rules.capitalisedNames ? clause.indexOf(',', m.end()) : -1;
            boolean describes = !rules.capitalisedNames || describing.matcher(clause).region(m.end(), clause.length()).lookingAt();
            v.descriptions.add(describes ? clause.substring(m.start(), comma >= 0 && comma < tail ? comma : tail) : m.group());
            victims.add(v);
        }
        // "30 people were killed and 50 wounded", "wounding nine": a bare number next to the trigger counts victims.
        for (Rules.Hit<Rules.Trigger> h : hits) {
            // "the body bore three bullet wounds": a number before a noun of wounds counts wounds, not people.
            boolean wounds = woundNoun.matcher(clause.substring(h.start(), h.end())).find();
            Matcher before = ellipticCount.matcher(wounds ? "" : clause.substring(0, h.start()));
            Matcher after = countAfter.matcher(clause.substring(h.end()));
            String number = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
            if (h.value().outcome() != null && number != null) {
                Victim v = new Victim();
                v.role = "others";
                v.head = "others";
                v.count = IncidentExtractor.count(number);
                v.bystander = true;
                v.outcome = h.value().outcome();
                victims.add(v);
            }
        }
        if (rules.verbFinal) {
            persianRelative(clause, hits).ifPresent(victims::add);
        }
        return victims;
    }

    /**
     * "پسر ۱۷ ساله او ... زخمی شد", "برادرش ... کشته شد": Persian marks a relative as someone's after the noun (او, وی,
     * the suffix ش); the act after it is what befell them.
     */
    private Optional<Victim> persianRelative(String clause, List<Rules.Hit<Rules.Trigger>> hits) {
        Matcher m = rules.pattern(PERSIAN_RELATIVE).matcher(clause);
        while (m.find()) {
            String noun = m.group(1);
            boolean possessed = m.group(2) != null || m.group(3) != null;
            if (!possessed || !rules.isKinship(noun)) {
                continue;
            }
            // "خانواده او ... مسئول این قتل": an act named with "this" is the one told, not one that befell the relative.
            Optional<Rules.Hit<Rules.Trigger>> act = hits.stream()
                    .filter(h -> h.start() >= m.end() && h.start() - m.end() <= 80 && h.value().outcome() != null
                            && h.value().opens() && !rules.pattern(PERSIAN_THIS).matcher(clause.substring(0, h.start())).find())
                    .findFirst();
            if (act.isPresent()) {
                Victim v = new Victim();
                v.role = noun;
                v.head = noun;
                v.count = 1;
                v.possessed = true;
                v.descriptions.add("family");
                v.outcome = act.get().value().outcome();
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * "Rasuli's 19-year-old son, who tried to stop the men, was punched": a name in the possessive before a person
     * noun determines it like "his"; it is written over, padded to the same length, so offsets stay those of the clause.
     */
    private String possessorsAsPronouns(String clause) {
        Matcher m = NAME_POSSESSIVE.matcher(clause);
        StringBuilder b = null;
        while (m.find()) {
            String following = clause.substring(m.end(), Math.min(clause.length(), m.end() + 40));
            Matcher person = rules.person.matcher(following);
            if (person.find() && FEW_MODIFIERS.matcher(following.substring(0, person.start())).matches()) {
                if (b == null) {
                    b = new StringBuilder(clause);
                }
                b.replace(m.start(), m.end(), "his" + " ".repeat(m.end() - m.start() - 3));
            }
        }
        return b == null ? clause : b.toString();
    }

    /** "a former general and an army commander who were shot dead": the first of two people a passive is about. */
    private Rules.Hit<Rules.Trigger> coordinatedSubject(String clause, int end, List<Rules.Hit<Rules.Trigger>> hits) {
        Matcher and = andNext.matcher(clause).region(end, clause.length());
        if (!and.lookingAt()) {
            return null;
        }
        Matcher next = rules.descriptor.matcher(clause).region(and.end(), clause.length());
        if (!next.lookingAt()) {
            return null;
        }
        for (Rules.Hit<Rules.Trigger> h : hits) {
            if (h.start() >= next.end() && auxiliaryOnly.matcher(clause.substring(next.end(), h.start())).matches()) {
                return h;
            }
        }
        return null;
    }

    /**
     * "was seriously injured when two men attacked him": a person after a subordinator, or after an act in the passive,
     * is the subject of what follows, not the object of the act.
     */
    private boolean subjectOfNewClause(String clause, Rules.Hit<Rules.Trigger> h, String between) {
        return subordinator.matcher(between).find() || passiveBefore.matcher(clause.substring(0, h.start())).find();
    }

    /** "from a relative's house": a possessor owns something, it suffers nothing ("a women's rights activist" is one person). */
    private boolean owns(String clause, int end) {
        Matcher owned = POSSESSED.matcher(clause).region(end, clause.length());
        return owned.lookingAt() && !rules.person.matcher(owned.group(1)).find();
    }

    /** The act a speaker's own "he was ..." right after the speech verb tells of ("says she was punched"), or null. */
    private Rules.Hit<Rules.Trigger> toldOfSelf(String clause, int end, List<Rules.Hit<Rules.Trigger>> hits) {
        Matcher speech = rules.speech.matcher(clause);
        if (!speech.find(end)) {
            return null;
        }
        return hits.stream().filter(h -> h.start() > speech.end()
                && selfPassive.matcher(clause.substring(speech.end(), h.end())).matches()).findFirst().orElse(null);
    }

    /** "A California transit chief says a man has been stabbed": the person described is the one speaking. */
    private boolean speaks(String clause, int end) {
        Matcher after = speakerAfter.matcher(clause).region(end, clause.length());
        if (after.lookingAt() && rules.speech.matcher(clause).region(after.end(), clause.length()).lookingAt()) {
            return true;
        }
        // "A police official, speaking on condition of anonymity, said", "a spokesman who asked not to be named told".
        return speakerPastInsertion.matcher(clause).region(end, clause.length()).lookingAt();
    }

    /**
     * "known for his criticism of Chechen leader Ramzan Kadyrov": a name governed by of/by/against/with
     * is someone other than the victim, unless the noun before it is the act ("the killing of X").
     */
    private boolean someoneElse(String clause, PersonNames.Name n) {
        int start = n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1);
        String before = clause.substring(0, Math.max(0, start));
        Matcher accuse = rules.accuse.matcher(before);
        while (accuse.find()) {
            if (FEW_WORDS.matcher(before.substring(accuse.end())).matches()) {
                return true;
            }
        }
        Matcher m = governed.matcher(before);
        if (!m.find()) {
            return false;
        }
        // "was taken from his house along with Freshta Karimi": someone who shares the act told before.
        if (togetherWith.matcher(before.substring(0, m.end(1)) + " ").find()
                && !rules.triggers(before.substring(0, m.start(1))).isEmpty()) {
            return false;
        }
        // "former deputy governor of Kunduz province Gul Mohammad Safi": a noun right before the name that is no title
        // closes the prepositional phrase; the name stands in apposition to the whole description.
        String[] between = before.substring(m.end(1)).trim().split("\\s+");
        String closing = between[between.length - 1];
        if (between.length > 1 && rules.bodyNoun.matcher(closing).matches()) {
            return false;
        }
        String head = before.substring(0, m.start(1)).stripTrailing();
        String last = POSSESSIVE_ENDING.matcher(head.substring(head.lastIndexOf(' ') + 1)).replaceAll("");
        return !(genitive.matcher(m.group(1)).matches() && rules.victimOf.matcher(last).matches());
    }

    /** "Ramzan Kadyrov's security services": a name in the possessive owns something, it suffers nothing. */
    private boolean possessor(String clause, PersonNames.Name n) {
        String after = clause.substring(n.end());
        // "opened fire on X's vehicle": what was hit was the person's, so the person was the target.
        boolean target = after.length() > 3 && rules.possessedTarget.matcher(after.substring(3)).lookingAt();
        return (after.startsWith("'s ") || after.startsWith("’s ")) && !isKnownVictim.test(n.name()) && !target;
    }

    /** "Rahimi, a former police chief" describes the name before it, not another victim. */
    private boolean isApposition(String clause, int start, int end) {
        String before = clause.substring(0, start);
        Matcher comma = TRAILING_COMMA.matcher(before);
        if (!comma.find()) {
            return false;
        }
        String head = before.substring(0, comma.start());
        if (names.find(head).stream().anyMatch(n -> n.end() == head.length())) {
            return true;
        }
        // "The driver, a Turkish citizen, was hit": a description set off by commas after a person noun is that person;
        // "his wife, a son and two daughters" goes on with "and", a list of others.
        String last = head.substring(head.lastIndexOf(' ') + 1);
        if (rules.person.matcher(last).matches() && closedApposition.matcher(clause).region(end, clause.length()).lookingAt()) {
            return true;
        }
        return !last.isEmpty() && isKnownVictim.test(last);
    }

    /** "His driver, Sardar Wali": the noun a name is introduced by (lower case), or null. */
    static String describedAs(String clause, PersonNames.Name n) {
        return describedBy(clause.substring(0, Math.max(0, n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1))));
    }

    /** The person noun that ends the words before a name ("his driver, "), lower case, or null. */
    private static String describedBy(String before) {
        Matcher m = DESCRIBED_BEFORE.matcher(before);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT) : null;
    }

    Victim named(String clause, PersonNames.Name n, List<Rules.Hit<Rules.Trigger>> hits) {
        Victim v = new Victim();
        v.name = n.name();
        v.honorific = n.honorific();
        v.count = 1;
        String after = clause.substring(n.end());
        Matcher age = AGE.matcher(after);
        if (age.find()) {
            after = after.substring(age.end());
        }
        Matcher appositive = apposition.matcher(after);
        Matcher office = servedAs.matcher(after);
        String before = clause.substring(0, Math.max(0, n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1)));
        // "The dead man was identified as X": the role is what comes before the identification; so is the noun a name
        // is introduced by ("his bodyguard, identified by relatives only as X").
        String described = identifiedTail.matcher(before).replaceFirst("");
        // "His bodyguard, a fellow Afghan identified by relatives only as X": the bodyguard, described once more.
        v.head = describedBy(described.length() < before.length() ? describedAgain.matcher(described).replaceFirst("") : described);
        // "His driver, X", "a passer-by, identified as X": named by a noun of those hurt alongside the target.
        v.bystander = v.head != null && rules.bystander.matcher(v.head).matches();
        Matcher preceding = roleBefore.matcher(described);
        if (appositive.find() && (rules.capitalisedNames || rules.person.matcher(appositive.group(1).trim().split("\\s+")[0]).matches())) {
            String role = appositive.group(1).trim();
            Matcher aff = roleAffiliation.matcher(role);
            if (aff.find()) {
                v.affiliation = aff.group(1).trim();
            }
            v.role = role;
            // "X, a brigadier general who served as head of the city police until 2021": the rank of an office held before.
            Matcher held = servedAs.matcher(after.substring(appositive.end()));
            if (held.find()) {
                v.descriptions.add("former " + held.group(1).trim());
            }
        } else if (descriptorBefore(before).isPresent()) {
            Matcher d = descriptorBefore(before).get();
            v.role = (d.group("mods") + d.group("noun")).trim();
            v.descriptions.add(d.group());
        } else if (preceding.find() && rules.person.matcher(preceding.group(1).substring(preceding.group(1).lastIndexOf(' ') + 1)).matches()) {
            String role = preceding.group(1).trim();
            // "Unidentified men kidnapped Afghan journalist X": the role starts after the act.
            int act = rules.triggers(role).stream().mapToInt(Rules.Hit::end).max().orElse(0);
            v.role = roleDeterminer.matcher(roleLead.matcher(role.substring(act).trim()).replaceFirst("")).replaceFirst("");
        } else if (office.find()) {
            // "X, 56, who served as a judge of the appeals court in Kabul": the office held is a former one.
            v.role = "former " + office.group(1).trim();
        } else if (n.honorific() != null) {
            v.role = n.honorific();
        }
        v.nationality = v.role == null ? null : nationality(v.role);
        v.outcome = outcomeNear(clause, hits, n.start(), null);
        if (actRightBefore(clause, hits, n) && deadAfterObject.matcher(clause).region(n.end(), clause.length()).lookingAt()) {
            v.outcome = Incident.Outcome.KILLED;
        }
        if (v.outcome == Incident.Outcome.UNHARMED && hits.stream().anyMatch(h -> h.start() > n.end()
                && h.value().outcome() == Incident.Outcome.INJURED && h.value().act() == Rules.Act.INJURE)) {
            // "survived the blast with minor injuries": alive, but hurt.
            v.outcome = Incident.Outcome.INJURED;
        }
        if (names.find(clause).size() == 1) {
            // The only person named in the clause suffers the gravest act it reports.
            for (Rules.Hit<Rules.Trigger> h : hits) {
                Incident.Outcome o = h.value().outcome();
                if (hasOwnObject(clause, h)) {
                    continue;
                }
                if (o != null && o != Incident.Outcome.UNHARMED && v.outcome != Incident.Outcome.UNHARMED
                        && (v.outcome == null || IncidentExtractor.SEVERITY.compare(o, v.outcome) > 0)) {
                    v.outcome = o;
                }
            }
        }
        return v;
    }

    /** "shot Karim Jan dead": the act that takes the name as its object. */
    private boolean actRightBefore(String clause, List<Rules.Hit<Rules.Trigger>> hits, PersonNames.Name n) {
        int start = n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1);
        return hits.stream().anyMatch(h -> h.end() <= start && objectGap.matcher(clause.substring(h.end(), start)).matches()
                && h.value().outcome() != null);
    }

    /** "shot dead a former officer", "shot dead Karim Jan": an active act followed by the one it befell. */
    private boolean takesObject(String clause, Rules.Hit<Rules.Trigger> h) {
        // "Two men stabbed him to death": whoever comes before an act with a pronoun object did it.
        if (hasOwnObject(clause, h) || objectPronoun.matcher(clause).region(h.end(), clause.length()).lookingAt()) {
            return true;
        }
        String after = clause.substring(h.end());
        int gap = after.length() - after.stripLeading().length();
        return gap > 0 && names.find(after).stream().anyMatch(n -> n.start() - (n.honorific() == null ? 0 : n.honorific().length() + 1) == gap);
    }

    /**
     * "Three men abducted and later killed a former officer", "abducted on Monday a Tajik activist": whoever an act of
     * taking is followed by in its clause is the one taken, however far; "disappeared during a stopover" takes no one.
     */
    private boolean personAfter(String clause, Rules.Hit<Rules.Trigger> h) {
        // "went missing in Istanbul, his brother said": a speaker is no one taken.
        Matcher person = rules.descriptor.matcher(clause).region(h.end(), clause.length());
        while (person.find()) {
            if (!speaks(clause, person.end())) {
                return true;
            }
        }
        return names.find(clause).stream().anyMatch(n -> n.start() >= h.end() && !names.isSpeaker(clause, n))
                || objectPronounAnywhere.matcher(clause).region(h.end(), clause.length()).find();
    }

    /** "killing his driver and wounding Hotak": the act befell the person named right after it, not the name. */
    private boolean hasOwnObject(String clause, Rules.Hit<Rules.Trigger> h) {
        Matcher object = rules.descriptor.matcher(clause);
        int from = h.end();
        while (from < clause.length() && Character.isWhitespace(clause.charAt(from))) {
            from++;
        }
        return from > h.end() && object.region(from, clause.length()).lookingAt();
    }

    /** "a former Afghan army colonel, Abdul Samad Rezayee": the description right before a name. */
    private Optional<Matcher> descriptorBefore(String before) {
        Matcher m = rules.descriptor.matcher(before);
        Matcher last = null;
        while (m.find()) {
            // "a former Afghan army officer, identified as Abdul Basir Noori"
            if (identifiedAs.matcher(before.substring(m.end())).matches()) {
                last = rules.descriptor.matcher(before);
                last.find(m.start());
            }
        }
        return Optional.ofNullable(last);
    }

    /** The outcome of the trigger nearest to a victim mention, preferring the one that governs it. */
    private Incident.Outcome outcomeNear(String clause, List<Rules.Hit<Rules.Trigger>> hits, int at,
                                         Rules.Hit<Rules.Trigger> governing) {
        if (governing != null && governing.value().outcome() != null) {
            return governing.value().outcome();
        }
        Incident.Outcome best = null;
        int distance = Integer.MAX_VALUE;
        for (Rules.Hit<Rules.Trigger> h : hits) {
            if (h.value().outcome() == null || hasOwnObject(clause, h) && at < h.start()) {
                continue;
            }
            int d = Math.abs(h.start() - at);
            if (d < distance) {
                distance = d;
                best = h.value().outcome();
            }
        }
        return best;
    }

    String nationality(String rawPhrase) {
        if (rawPhrase == null) {
            return null;
        }
        String phrase = placedPostmodifier.matcher(rawPhrase).replaceFirst("");
        for (String word : phrase.split("[\\s,'’]+")) {
            Optional<Gazetteer.Country> c = gazetteer.countryByDemonym(word);
            if (c.isPresent()) {
                return c.get().code();
            }
        }
        for (String word : phrase.split("[\\s,]+")) {
            Optional<Gazetteer.Country> c = gazetteer.countryByName(POSSESSIVE_ENDING.matcher(word).replaceAll(""));
            if (c.isPresent()) {
                return c.get().code();
            }
        }
        // "an activist from Mazar-i-Sharif", "a blogger from Chechnya": the home town or region says the country.
        Matcher from = hometown.matcher(phrase);
        return from.find() ? hometownCountry(from.group(1)) : null;
    }

    /** The one country a region or town of that name lies in; a principal city wins over small namesakes abroad. */
    private String hometownCountry(String name) {
        List<String> regions = gazetteer.admin1(name).stream().map(Gazetteer.Admin1::countryCode).distinct().toList();
        if (!regions.isEmpty()) {
            return regions.size() == 1 ? regions.get(0) : null;
        }
        List<Gazetteer.City> towns = gazetteer.cities(name);
        Optional<Gazetteer.City> principal = towns.stream().filter(Gazetteer.City::principal).findFirst();
        List<String> countries = towns.stream().map(Gazetteer.City::countryCode).distinct().toList();
        return principal.map(Gazetteer.City::countryCode).orElse(countries.size() == 1 ? countries.get(0) : null);
    }
}
