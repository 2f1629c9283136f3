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

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them", "us");
    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "it", "we", "i");
    /** "his family told Amu" names a source, but "believed his family" names no perpetrator. */
    private static final Set<String> NO_ACTORS = Set.of("his family", "her family", "the family", "their family");
    /** "the Taliban's intelligence service", "the intelligence of the Taliban": the short name, "Taliban intelligence". */
    private static final Pattern INTELLIGENCE_OF = Pattern.compile(
            "^intelligence(?: services?| agency)? of (?:the )?(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,3})$");
    private static final Pattern OWNED_INTELLIGENCE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,3})['’]s intelligence services?$");
    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s,'’‘]*(?:(?:and|but|said|says|told|who|while)\\s+)*");
    private static final Pattern TRAILING_JUNK = Pattern.compile(
            "(?:,?\\s+(?:who|which|that))?(?:\\s+(?:said|says|told|added)(?:\\s+(?:that|he|she|they|it|the\\s+\\w+))*)?[\\s,]*$");

    /** What opens an apposition or a participle phrase after a source's head: "reached by phone", "who", "an armed group". */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?:who|which|whose|of which|of whom|an?|one|its|his|her|their)\\b|\\p{Ll}[\\p{L}\\-]*(?:ing|ed)\\b");
    private static final Pattern FINITE = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|had|been|does|did|would|will|could|can|should|may|might|must)\\b");
    private static final Pattern ADVERBIAL = Pattern.compile("(?i)(?:during|in|on|at|after|before|for|with|from|over|since|amid|when|while)\\b");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)and|but|or|then|also|while|yet");
    private static final Pattern GROUP_REFERENCE = Pattern.compile("(?i)(?:the\\s+)?(?:group|movement|militia|organi[sz]ation)(?:['’]s)?\\s*(.*)");

    private final Rules rules;
    private static final Pattern PROPER_MODIFIERS = Pattern.compile("((?:\\p{Lu}[\\p{L}\\-]*(?:['’]s)?\\s+){1,3})$");

    Attribution(Rules rules) {
        this.rules = rules;
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
                if (!who.isEmpty() && !PRONOUNS.contains(who.toLowerCase(Locale.ROOT)) && who.split("\\s+").length <= 8
                        && !CONJUNCTION.matcher(who).matches() && !SUBJECTS.contains(firstWord(who))
                        && !FINITE.matcher(who).find() && !ADVERBIAL.matcher(who).lookingAt() && !firstWord(who).endsWith("ing")) {
                    return who;
                }
            }
        }
        return null;
    }

    Reading read(String sentence, String lastSpeaker) {
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        List<Incident.Allegation> allegations = new ArrayList<>();
        for (Rules.Grammar p : rules.allegations) {
            if (!p.mayMatch(lowerCase)) {
                continue;
            }
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                // "accuse Pakistani security forces of abducting thousands of activists": a pattern, not this act.
                if (rules.aggregate.matcher(sentence).region(m.start("actor"), Math.min(sentence.length(), m.end() + 40)).find()) {
                    continue;
                }
                String actor = named(actor(m.group("actor")), sentence.substring(0, m.start("actor")));
                // "suspected the attackers were agents of X": "the attackers" say nothing of who they are.
                if (!actor.isEmpty() && !PRONOUNS.contains(actor.toLowerCase(Locale.ROOT))
                        && !NO_ACTORS.contains(actor.toLowerCase(Locale.ROOT)) && !containsPronoun(actor)
                        && !rules.anonymous.matcher(actor).matches()) {
                    // "The accused, identified as X, were arrested": the source is whoever the sentence quotes.
                    String by = p.pattern().pattern().contains("(?<by>") ? m.group("by") : null;
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
            String subject = sentence.substring(0, before).trim().replaceFirst("^(?:The|A|An)\\s+", "");
            return subject.isEmpty() || subject.split("\\s+").length > 6 || subject.matches(".*[,“”\"].*") ? null : subject;
        }
        String head = sentence.substring(0, bestStart);
        Matcher modifier = PROPER_MODIFIERS.matcher(head);
        int start = modifier.find() ? modifier.start(1) : bestStart;
        String phrase = sentence.substring(start, bestEnd).trim();
        return phrase.replaceFirst("^(?:The|A|An)\\s+", "");
    }

    private String source(String raw, String lastSpeaker) {
        String by = clean(raw).replaceFirst("\\s+(?:said|says|told)\\b.*$", "");
        // "adding that he", "that the family": the clause's subject is the source.
        by = by.replaceFirst("(?i)^(?:(?:adding|saying|noting|insisting|stressing|arguing)\\s+)?(?:that\\s+)?", "");
        // "rights groups have long", "The exile group Vayfond, of which X is a member, also"
        by = by.replaceFirst("(?i)(?:,?\\s+(?:have|has|had|also|long|repeatedly|previously|often|already|and))+[\\s,]*$", "");
        by = by.replaceFirst("[\\s,]+$", "");
        // "Sahaq's brother, reached by phone in Jalalabad": the apposition after the head is not the source.
        int first = by.indexOf(", ");
        if (first > 0 && APPOSITION.matcher(by.substring(first + 2)).lookingAt()) {
            by = by.substring(0, first);
        }
        // "that the Taliban intelligence had been searching for him": a clause, not a source; "The victim was a poet, and
        // exile groups": the source is the subject after the conjunction.
        if (FINITE.matcher(by).find()) {
            String[] clauses = by.split(",?\\s+(?:and|but)\\s+");
            String last = clauses[clauses.length - 1];
            if (clauses.length > 1 && !FINITE.matcher(last).find()) {
                by = last;
            } else if (lastSpeaker != null) {
                return lastSpeaker;
            }
        }
        int comma = by.lastIndexOf(", ");
        if (comma >= 0 && by.length() - comma > 4 && by.substring(0, comma).matches("(?s).*\\b(?:said|told|says|in|on)\\b.*")) {
            by = by.substring(comma + 2);
        }
        by = by.replaceFirst("\\s+(?:said|says|told)\\b.*$", "").trim();
        // "... told to go back to Kabul” during the altercation, and demanded ...": a phrase of time or place is no source.
        if (ADVERBIAL.matcher(by).lookingAt()) {
            return lastSpeaker;
        }
        // "The Taliban" -> "Taliban", but "the channel" keeps its article.
        by = by.replaceFirst("^(?:The|the)\\s+(?=\\p{Lu})", "");
        if (by.isEmpty() || PRONOUNS.contains(by.toLowerCase(Locale.ROOT))) {
            return lastSpeaker;
        }
        return by;
    }

    /**
     * "said the Taliban intelligence had been searching for him and accused the group's intelligence of ...": "the group"
     * stands for the movement the sentence named before it.
     */
    private String named(String actor, String before) {
        Matcher group = GROUP_REFERENCE.matcher(actor);
        if (!group.matches()) {
            return actor;
        }
        return rules.lastKnownActor(before).map(a -> (a + " " + group.group(1)).trim()).orElse(actor);
    }

    private static String firstWord(String phrase) {
        return phrase.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** "she believed she had been", "attackers were agents of X" are clauses, not actors. */
    private static boolean containsPronoun(String actor) {
        for (String word : actor.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (PRONOUNS.contains(word) || word.matches("be|been|was|were|is|are")) {
                return true;
            }
        }
        return false;
    }

    private static String actor(String raw) {
        String actor = clean(raw);
        // "خانواده این افسر پیشین، استخبارات طالبان را ...": the comma closes the source, the actor follows it.
        actor = actor.substring(actor.lastIndexOf('،') + 1).trim();
        // "the family believed the Taliban" -> "the Taliban": the innermost belief holds the actor.
        actor = actor.replaceFirst("(?i)^.*\\b(?:believed|believes|said|says|alleged|alleges|suspected|suspects|thought|thinks|certain|convinced|sure)\\s+(?:that\\s+)?", "");
        // "in a statement that the Islamic Republic": the actor follows the "that".
        actor = actor.replaceFirst("(?i)^(?:in|on|to)\\b[^,]{0,40}?\\bthat\\s+", "");
        if (actor.matches("(?i)^(?:of|by|to|for|that|with|on|in|at|from|after|as)\\b.*")) {
            return "";
        }
        return shortName(actor.replaceFirst("(?i)^(?:that\\s+)?(?:the\\s+)?", "").trim());
    }

    private static String shortName(String actor) {
        Matcher m = INTELLIGENCE_OF.matcher(actor);
        if (!m.matches()) {
            m = OWNED_INTELLIGENCE.matcher(actor);
        }
        return m.matches() ? m.group(1) + " intelligence" : actor;
    }

    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = LEADING_JUNK.matcher(raw).replaceFirst("");
        s = TRAILING_JUNK.matcher(s).replaceFirst("");
        return s.trim();
    }
}
