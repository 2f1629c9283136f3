package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a detention from an abduction by who took the person. A detention needs a custodian as
 * agent (police, security forces, border guards ... or a ruling movement such as the Taliban):
 * "detained by armed men" and "taken away by six men, some of them wearing police-style uniforms"
 * are abductions. "Arrested"/"detained" say the authority themselves, so only a "by" phrase naming
 * someone else overrules them; "taken away" with no custodian named is an abduction.
 */
final class Custody {

    private static final Rules.Trigger ABDUCTION = new Rules.Trigger(Rules.Act.ABDUCT, null, Incident.Outcome.ABDUCTED);
    private static final Rules.Trigger DETENTION = new Rules.Trigger(Rules.Act.DETAIN, null, Incident.Outcome.DETAINED);

    private final Rules rules;
    /** The agent of a passive: "by" and the noun phrase up to the next comma or clause end. */
    private final Pattern byAgent;
    private final Pattern passiveVoice;
    /** "five men in plain clothes", "unidentified gunmen": takers who hide who they are. */
    private final Pattern covert;
    /** "men who said they were from the intelligence service", "posing as police": what takers claimed to be. */
    private final Pattern claimed;
    /** A trigger phrase that holds its own "was": "was taken from his house". */
    private final Pattern passiveTrigger;

    Custody(Rules rules) {
        this.rules = rules;
        this.byAgent = rules.pattern("^[^,;.]{0,120}?\\b{passive_agent}\\s+([^,;.]{1,80})");
        this.passiveVoice = rules.pattern("\\b(?:{copula}|{passive_get})\\s+(?:\\p{Ll}+\\s+){0,2}$");
        this.covert = rules.pattern("(?i)\\b{covert}\\b");
        this.claimed = rules.pattern("\\b{agent_claim}\\b");
        this.passiveTrigger = rules.pattern("{copula}\\b");
    }

    /** The hits of a clause with every taking of a person resolved to a detention or an abduction. */
    List<Rules.Hit<Rules.Trigger>> resolve(String clause, List<Rules.Hit<Rules.Trigger>> hits) {
        List<Rules.Hit<Rules.Trigger>> resolved = new ArrayList<>(hits.size());
        for (Rules.Hit<Rules.Trigger> h : hits) {
            Rules.Act act = h.value().act();
            if (act != Rules.Act.TAKE && act != Rules.Act.DETAIN) {
                resolved.add(h);
                continue;
            }
            String agent = agent(clause, h, act == Rules.Act.TAKE);
            if (act == Rules.Act.DETAIN && agent == null) {
                // "Five men in plain clothes detained X": a subject that hides who it is makes no arrest.
                String subject = agent(clause, h, true);
                agent = subject != null && covert.matcher(subject).find() ? subject : null;
            }
            if (act == Rules.Act.TAKE && agent == null) {
                // "was taken away" says nothing of who took him: the incident it joins decides (see Draft).
                resolved.add(h);
                continue;
            }
            boolean custodian = agent != null && (rules.custodian.matcher(agent).find() || rules.actorCountry(agent).isPresent());
            boolean detention = custodian || (act == Rules.Act.DETAIN && agent == null);
            resolved.add(detention && act == Rules.Act.DETAIN ? h
                    : new Rules.Hit<>(h.start(), h.end(), detention ? DETENTION : ABDUCTION));
        }
        return resolved;
    }

    /** Who did it: the "by" phrase, else (when asked) the words before an active verb; null when unsaid. */
    private String agent(String clause, Rules.Hit<Rules.Trigger> h, boolean subject) {
        // "was picked up by police": the trigger phrase may hold its own "by".
        Matcher by = byAgent.matcher(clause.substring(h.start()));
        if (by.find()) {
            // "by men in plain clothes who said they were from the intelligence service": who they are is the head of the
            // phrase, not what they claimed to be.
            Matcher relative = claimed.matcher(by.group(1));
            return relative.find() && relative.start() > 0 ? by.group(1).substring(0, relative.start()) : by.group(1);
        }
        String before = clause.substring(0, h.start());
        // "X, a former reporter, was taken from his house": a trigger phrase that holds its own "was" is passive too.
        boolean passive = passiveVoice.matcher(before).find() || passiveTrigger.matcher(clause).region(h.start(), h.end()).lookingAt();
        return !subject || passive || before.isBlank() ? null : before;
    }
}
