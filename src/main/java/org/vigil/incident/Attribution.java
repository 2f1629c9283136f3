package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who says what about an incident from one sentence: alleged perpetrators (always with
 * who alleges it), claims of responsibility, denials, authority responses and calls for action.
 * Pronoun sources ("He alleged that ...") are resolved to the last named speaker of the article
 * ("according to his nephew" -> "his nephew"), because wire copy introduces a source once and
 * then refers back to it.
 */
final class Attribution {

    record Reading(List<Incident.Allegation> allegations, Incident.Claim claim, List<Incident.Denial> denials,
                   List<Incident.Response> responses, List<Incident.Call> calls) {
        boolean isEmpty() {
            return allegations.isEmpty() && claim == null && denials.isEmpty() && responses.isEmpty() && calls.isEmpty();
        }
    }

    private static final Pattern FOLLOWING_WORD = Pattern.compile("\\s+[^\\s،.:؛,]+(?=\\s)");
    private static final Pattern PROPER_MODIFIERS = Pattern.compile("((?:\\p{Lu}[\\p{L}\\-]*(?:['’]s)?\\s+){1,3})$");

    private final Rules rules;
    // The grammar of sources and actors, built from the word classes of rules-<lang>.tsv (see Rules#pattern).
    private final Pattern pronoun;
    private final Pattern subjectPronoun;
    /** "his family told Amu" names a source, but "believed his family" names no perpetrator. */
    private final Pattern noActor;
    /** "hold accountable those responsible": people not yet known are nobody to accuse. */
    private final Pattern unknownPeople;
    /** "a previously unknown group calling itself Saf-e Adalat" is Saf-e Adalat. */
    private final Pattern goesBy;
    /** Persian only (names without capitals): "مقتول" after a source's kin noun is whose kin speak. */
    private final Pattern slain;
    private final Pattern actNotActor;
    /** "the Taliban's intelligence service", "the intelligence of the Taliban": the short name, "Taliban intelligence". */
    private final Pattern intelligenceOf;
    private final Pattern ownedIntelligence;
    /** "supporters of the Taliban living in Istanbul": where the blamed live is no part of who they are. */
    private final Pattern postmodifier;
    /** "supporters of the Taliban" -> "Taliban supporters", the form news uses most. */
    private final Pattern memberOf;
    private final Pattern leadingJunk;
    private final Pattern trailingJunk;
    /** What opens an apposition or a participle phrase after a source's head: "reached by phone", "who", "an armed group". */
    private final Pattern apposition;
    private final Pattern finite;
    private final Pattern adverbial;
    private final Pattern conjunction;
    private final Pattern participle;
    private final Pattern groupReference;
    /** "The", "A", "An" opening a subject: written with a capital, as a sentence opens. */
    private final Pattern capitalisedArticle;
    private final Pattern articleBeforeName;
    private final Pattern saidAndAfter;
    private final Pattern reportingLead;
    private final Pattern sourceTail;
    private final Pattern coordinated;
    /** "has said many times", "warned repeatedly": how often someone spoke, not how many were hurt. */
    private final Pattern repeatedSaying;
    private final Pattern afterCoordination;
    private final Pattern spokeBeforeComma;
    private final Pattern beForm;
    private final Pattern belief;
    private final Pattern statementLead;
    private final Pattern notActor;
    private final Pattern clauseLead;

    Attribution(Rules rules) {
        this.rules = rules;
        pronoun = rules.pattern("{pronoun}");
        subjectPronoun = rules.pattern("{subject_pronoun}");
        noActor = rules.pattern("{no_actor}");
        unknownPeople = rules.pattern("{unknown_people}");
        actNotActor = rules.pattern("(?i)^{act_not_actor}\\b");
        slain = rules.capitalisedNames ? Pattern.compile("(?!)") : rules.pattern("^{slain}\\s");
        goesBy = rules.pattern("(?i)^.*?\\b{goes_by}\\s+(?=(?-i:\\p{Lu}))");
        intelligenceOf = rules.pattern("^{intelligence}(?: (?:{intelligence_service}|{intelligence_agency}))? {genitive} (?:{definite} )?"
                + "(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,3})$");
        ownedIntelligence = rules.pattern("^(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,3})['’]s {intelligence} {intelligence_service}$");
        postmodifier = rules.pattern("(?<=\\S)\\s+(?i:{actor_postmodifier})\\b.*$");
        memberOf = rules.pattern("^((?i:{member_noun})) {genitive} (?:{definite} )?(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,3})$");
        leadingJunk = rules.pattern("^[\\s,'’‘]*(?:{source_lead}\\s+)*");
        trailingJunk = rules.pattern("(?:,?\\s+{source_relative})?(?:\\s+{said_added}(?:\\s+(?:{clause_start}|{definite}\\s+\\w+))*)?[\\s,]*$");
        apposition = rules.pattern("{source_apposition}\\b|\\p{Ll}[\\p{L}\\-]*(?:{progressive_suffix}|{past_suffix})\\b");
        finite = rules.pattern("(?i)\\b{finite_verb}\\b");
        adverbial = rules.pattern("(?i){adverbial_prep}\\b");
        conjunction = rules.pattern("(?i){source_conjunction}");
        participle = rules.pattern(".*{progressive_suffix}");
        groupReference = rules.pattern("(?i)(?:{definite}\\s+)?{group_noun}(?:['’]s)?\\s*(.*)");
        // A capital, then lower case only: "The", "A", "An", never "THE" or "AN".
        capitalisedArticle = rules.pattern("^(?=\\p{Lu}\\p{Ll}*\\s)(?i:{definite}|{indefinite})\\s+");
        articleBeforeName = rules.pattern("^(?=[\\p{Lu}\\p{Ll}]\\p{Ll}*\\s)(?i:{definite})\\s+(?=\\p{Lu})");
        saidAndAfter = rules.pattern("\\s+{said_told}\\b.*$");
        reportingLead = rules.pattern("(?i)^(?:{reporting_participle}\\s+)?(?:{complementizer}\\s+)?");
        sourceTail = rules.pattern("(?i)(?:,?\\s+{source_tail})+[\\s,]*$");
        coordinated = rules.pattern(",?\\s+{clause_coordinator}\\s+");
        repeatedSaying = rules.pattern("(?i)\\b{saying_verb}\\s+{frequency}\\b");
        afterCoordination = rules.pattern(",\\s+{clause_coordinator}\\s*$");
        spokeBeforeComma = rules.pattern("(?s).*\\b{said_or_place}\\b.*");
        beForm = rules.pattern("{be_form}");
        belief = rules.pattern("(?i)^.*\\b{belief}\\s+(?:{complementizer}\\s+)?");
        statementLead = rules.pattern("(?i)^{statement_prep}\\b[^,]{0,40}?\\b{complementizer}\\s+");
        notActor = rules.pattern("(?i)^{not_actor_opener}\\b.*");
        clauseLead = rules.pattern("(?i)^(?:{complementizer}\\s+)?(?:{definite}\\s+)?");
    }

    /** The source a sentence names, if any: "according to his nephew", "the nephew said". */
    String speaker(String sentence) {
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        for (Rules.Grammar p : rules.speakers) {
            if (!p.mayMatch(lowerCase)) {
                continue;
            }
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                String who = clean(m.group("who"));
                // "“go back to Kabul” and told ...": a conjunction is no speaker.
                // "He said he held the Taliban responsible.", "said the claims were false.": a clause after "said" is what
                // was said, not who said it;
                // "In Kabul, a spokesman, X, said", "Speaking on Monday, ...": an opening phrase is no speaker either.
                if (!who.isEmpty() && !pronoun.matcher(who.toLowerCase(Locale.ROOT)).matches() && who.split("\\s+").length <= 8
                        && !conjunction.matcher(who).matches() && !subjectPronoun.matcher(firstWord(who)).matches()
                        && !finite.matcher(who).find() && !adverbial.matcher(who).lookingAt() && !participle.matcher(firstWord(who)).matches()) {
                    return who;
                }
            }
        }
        return null;
    }

    Reading read(String sentence, String lastSpeaker) {
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        List<Incident.Allegation> allegations = new ArrayList<>();
        String sayings = repeatedSaying.matcher(sentence).replaceAll(m -> " ".repeat(m.group().length()));
        for (Rules.Grammar p : rules.allegations) {
            if (!p.mayMatch(lowerCase)) {
                continue;
            }
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                // "accuse Pakistani security forces of abducting thousands of activists": a pattern, not this act; but "has
                // said many times that" counts sayings, not victims.
                if (rules.aggregate.matcher(sayings).region(m.start("actor"), Math.min(sentence.length(), m.end() + 40)).find()) {
                    continue;
                }
                String found = named(actor(m.group("actor")), sentence.substring(0, m.start("actor")));
                String by = p.pattern().pattern().contains("(?<by>") ? m.group("by") : null;
                int body = bodyAfterPerson(by, found);
                String actor = found.substring(body).trim();
                if (body > 0) {
                    by = by + " " + found.substring(0, body).trim();
                }
                // "suspected the attackers were agents of X": "the attackers" say nothing of who they are.
                if (!actor.isEmpty() && !pronoun.matcher(actor.toLowerCase(Locale.ROOT)).matches()
                        && !noActor.matcher(actor.toLowerCase(Locale.ROOT)).matches() && !isClause(actor)
                        && !rules.anonymous.matcher(actor).matches()) {
                    // "The accused, identified as X, were arrested": the source is whoever the sentence quotes.
                    String source = source(by, lastSpeaker);
                    // "“They wanted him silenced.”" with no one named as saying it: an allegation needs who makes it.
                    if (source != null && allegations.stream().noneMatch(a -> a.actor().equalsIgnoreCase(actor))) {
                        allegations.add(new Incident.Allegation(actor, source));
                    }
                }
            }
        }
        Incident.Claim claim = null;
        if (rules.claimNone.matcher(sentence).find()) {
            claim = new Incident.Claim(Incident.ClaimStatus.NO_CLAIM_REPORTED, null);
        } else {
            for (Rules.Grammar p : rules.claimMade) {
                Matcher m = p.mayMatch(lowerCase) ? p.matcher(sentence) : null;
                if (m != null && m.find()) {
                    claim = new Incident.Claim(Incident.ClaimStatus.CLAIMED, actor(m.group("actor")));
                    break;
                }
            }
        }
        List<Incident.Denial> denials = new ArrayList<>();
        for (Rules.Grammar p : rules.denials) {
            Matcher m = p.mayMatch(lowerCase) ? p.matcher(sentence) : null;
            if (m != null && m.find()) {
                denials.add(new Incident.Denial(source(m.group("by"), lastSpeaker), sentence));
                break;
            }
        }
        List<Incident.Response> responses = new ArrayList<>();
        for (Rules.ResponseRule rule : rules.responses) {
            Matcher m = rule.mayMatch(lowerCase) ? rule.pattern().matcher(sentence) : null;
            if (m != null && m.find() && responses.stream().noneMatch(r -> r.action() == rule.action())) {
                responses.add(new Incident.Response(authority(sentence, m.start()), rule.action(), rule.status()));
            }
        }
        List<Incident.Call> calls = new ArrayList<>();
        for (Rules.Grammar p : rules.calls) {
            Matcher m = p.mayMatch(lowerCase) ? p.matcher(sentence) : null;
            if (m != null && m.find()) {
                String to = p.pattern().pattern().contains("(?<to>") ? clean(m.group("to")) : null;
                calls.add(new Incident.Call(source(m.group("by"), lastSpeaker), to, clean(m.group("demand"))));
                break;
            }
        }
        return new Reading(allegations, claim, denials, responses, calls);
    }

    /**
     * The authority that acts: the first one named before the response phrase, as the sentence's
     * subject ("Iranian police said authorities are examining ..." -> "Iranian police"), else the first after it.
     */
    private String authority(String sentence, int before) {
        Matcher m = rules.authority.matcher(sentence);
        int bestStart = -1;
        int bestEnd = -1;
        while (m.find()) {
            if (bestStart < 0 || (bestStart > before && m.start() < before)) {
                bestStart = m.start();
                bestEnd = m.end();
            }
        }
        if (bestStart < 0) {
            String subject = capitalisedArticle.matcher(sentence.substring(0, before).trim()).replaceFirst("");
            return subject.isEmpty() || subject.split("\\s+").length > 6 || subject.matches(".*[,“”\"].*") ? null : subject;
        }
        if (!rules.capitalisedNames) {
            bestEnd = namedUpToSaying(sentence, bestEnd);
        }
        String head = sentence.substring(0, bestStart);
        Matcher modifier = PROPER_MODIFIERS.matcher(head);
        int start = modifier.find() ? modifier.start(1) : bestStart;
        String phrase = sentence.substring(start, bestEnd).trim();
        return capitalisedArticle.matcher(phrase).replaceFirst("");
    }

    /**
     * "پلیس مشهد گفته است که ...": Persian names which authority after its noun (a city, a province) and runs it to the verb
     * of saying; up to two words before that verb are part of the authority's name. Where the name ends.
     */
    private int namedUpToSaying(String sentence, int end) {
        Matcher word = FOLLOWING_WORD.matcher(sentence);
        int at = end;
        for (int words = 0; words < 2 && word.region(at, sentence.length()).lookingAt(); words++) {
            at = word.end();
            if (rules.speech.matcher(sentence).region(word.end() + 1, sentence.length()).lookingAt()) {
                return at;
            }
        }
        return end;
    }

    private String source(String raw, String lastSpeaker) {
        // "... during the 2022 “Woman, Life, Freedom” uprising, and accused X": what ends in ", and" closes the clause
        // before; the accuser is the sentence's speaker.
        if (raw != null && afterCoordination.matcher(raw).find()) {
            return lastSpeaker;
        }
        String by = saidAndAfter.matcher(clean(raw)).replaceFirst("");
        // "adding that he", "that the family": the clause's subject is the source.
        by = reportingLead.matcher(by).replaceFirst("");
        // "rights groups have long", "The exile group Vayfond, of which X is a member, also"
        by = sourceTail.matcher(by).replaceFirst("");
        by = by.replaceFirst("[\\s,]+$", "");
        // "Sahaq's brother, reached by phone in Jalalabad": the apposition after the head is not the source.
        int first = by.indexOf(", ");
        if (first > 0 && apposition.matcher(by.substring(first + 2)).lookingAt()) {
            by = by.substring(0, first);
        }
        // "that the Taliban intelligence had been searching for him": a clause, not a source; "The victim was a poet, and
        // exile groups": the source is the subject after the conjunction.
        if (finite.matcher(by).find()) {
            String[] clauses = coordinated.split(by);
            String last = clauses[clauses.length - 1];
            if (clauses.length > 1 && !finite.matcher(last).find()) {
                by = last;
            } else if (lastSpeaker != null) {
                return lastSpeaker;
            }
        }
        int comma = by.lastIndexOf(", ");
        if (comma >= 0 && by.length() - comma > 4 && spokeBeforeComma.matcher(by.substring(0, comma)).matches()) {
            by = by.substring(comma + 2);
        }
        by = saidAndAfter.matcher(by).replaceFirst("").trim();
        // "... told to go back to Kabul” during the altercation, and demanded ...": a phrase of time or place is no source.
        if (adverbial.matcher(by).lookingAt()) {
            return lastSpeaker;
        }
        // "The Taliban" -> "Taliban", but "the channel" keeps its article.
        by = articleBeforeName.matcher(by).replaceFirst("");
        if (by.isEmpty() || pronoun.matcher(by.toLowerCase(Locale.ROOT)).matches()) {
            return lastSpeaker;
        }
        return by;
    }

    /**
     * "said the Taliban intelligence had been searching for him and accused the group's intelligence of ...": "the group"
     * stands for the movement the sentence named before it.
     */
    private String named(String actor, String before) {
        Matcher group = groupReference.matcher(actor);
        if (!group.matches()) {
            return actor;
        }
        return rules.lastKnownActor(before).map(a -> (a + " " + group.group(1)).trim()).orElse(actor);
    }

    /**
     * "بستگان آقای رحیمی استخبارات طالبان را مسئول ... می‌دانند": with no capitals and no written ezafe, a person named by
     * honorific and then a body of the state run together; the person belongs to the source ("Mr Rahimi's relatives"), the
     * body is the actor. The honorific may close the source ("خانواده‌ی خانم نوری سپاه ...", its ezafe tying it there), and
     * the slain one may stand for the person ("خانواده مقتول استخبارات طالبان").
     * Where in the actor the body starts, or 0 when the actor names no such person or no source is named. English marks
     * the possessor ("Rahimi's relatives"), so this is read only where names have no capitals.
     */
    private int bodyAfterPerson(String by, String actor) {
        if (rules.capitalisedNames || by == null) {
            return 0;
        }
        if (slain.matcher(actor).lookingAt()) {
            return bodyAt(actor);
        }
        String[] sourceWords = by.trim().split("\\s+");
        String closing = sourceWords[sourceWords.length - 1];
        boolean honorificClosesSource = rules.honorific.matcher(closing).matches();
        if (!honorificClosesSource && !rules.honorific.matcher(actor).lookingAt()) {
            return 0;
        }
        return bodyAt(actor);
    }

    /** Where the first body of the state after the actor's first word starts, or 0. */
    private int bodyAt(String actor) {
        Matcher body = rules.custodian.matcher(actor);
        if (!body.find(1)) {
            body = rules.authority.matcher(actor);
            if (!body.find(1)) {
                return 0;
            }
        }
        return body.start();
    }

    private static String firstWord(String phrase) {
        return phrase.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    /**
     * "she believed she had been", "attackers were agents of X", "X had organised support for families" are clauses, not
     * actors, and "accountable those" names nobody; a capitalised "May" or "Will" may be a name.
     */
    private boolean isClause(String actor) {
        for (String word : actor.split("\\s+")) {
            String lowerCase = word.toLowerCase(Locale.ROOT);
            if (pronoun.matcher(lowerCase).matches() || unknownPeople.matcher(lowerCase).matches() || beForm.matcher(lowerCase).matches()
                    || word.equals(lowerCase) && finite.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    private String actor(String raw) {
        String actor = clean(raw);
        // "خانواده این افسر پیشین، استخبارات طالبان را ...": the comma closes the source, the actor follows it.
        actor = actor.substring(actor.lastIndexOf('،') + 1).trim();
        // "the family believed the Taliban" -> "the Taliban": the innermost belief holds the actor.
        actor = belief.matcher(actor).replaceFirst("");
        // "in a statement that the Islamic Republic": the actor follows the "that".
        actor = statementLead.matcher(actor).replaceFirst("");
        // "On Friday a group calling itself X": the name it goes by is the actor, whatever opened the phrase.
        actor = goesBy.matcher(actor).replaceFirst("");
        if (notActor.matcher(actor).matches()) {
            return "";
        }
        actor = clauseLead.matcher(actor).replaceFirst("").trim();
        return actNotActor.matcher(actor).lookingAt() ? "" : shortName(actor);
    }

    private String shortName(String raw) {
        String actor = postmodifier.matcher(raw).replaceFirst("");
        Matcher members = memberOf.matcher(actor);
        if (members.matches()) {
            return members.group(2) + " " + members.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher m = intelligenceOf.matcher(actor);
        if (!m.matches()) {
            m = ownedIntelligence.matcher(actor);
        }
        return m.matches() ? m.group(1) + " intelligence" : actor;
    }

    private String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = leadingJunk.matcher(raw).replaceFirst("");
        s = trailingJunk.matcher(s).replaceFirst("");
        return s.trim();
    }
}
