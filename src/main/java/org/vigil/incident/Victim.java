package org.vigil.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** A victim being assembled: a named person or an unnamed group ("three people", "his driver"). */
final class Victim {

    String name;
    String honorific;
    String role;
    String affiliation;
    /** ISO code of the victim's nationality. */
    String nationality;
    String head;
    Incident.Outcome outcome;
    /** How many people an unnamed description stands for; 0 when it does not say. */
    int count;
    boolean bystander;
    /** Introduced as someone's ("his driver", "her son"): never the person whose it is. */
    boolean possessed;
    /** "The killing of a former officer", "the bodies of three men": people told not as more; maybe ones told before. */
    boolean retold;
    /** Told without a calling ("a young man", "a woman"): may be a bystander as well as the target. */
    boolean generic;
    /** Told as the one telling what befell them ("A former judge says he was beaten"): a later named speaker is them. */
    boolean tellsOwnStory;
    /** The sentence that first mentions this victim, for evidence. */
    Sentences.Sentence sentence;
    /** Other names the text gives the same person ("widely known as Commander Qaisar"). */
    final List<String> aliases = new ArrayList<>();
    /** Every description of this victim in the text, for the target category. */
    final List<String> descriptions = new ArrayList<>();

    void merge(Victim other) {
        if (sentence == null) {
            sentence = other.sentence;
        }
        if (other.outcome != null && (outcome == null || IncidentExtractor.SEVERITY.compare(other.outcome, outcome) > 0)) {
            outcome = other.outcome;
        }
        if (role == null || (honorific != null && role.equals(honorific) && other.role != null)) {
            role = other.role;
        }
        if (affiliation == null) {
            affiliation = other.affiliation;
        }
        if (nationality == null) {
            nationality = other.nationality;
        }
        if (other.role != null) {
            descriptions.add(other.role);
        }
        descriptions.addAll(other.descriptions);
        other.aliases.stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        count = Math.max(count, other.count);
    }

    /**
     * Takes over what an unnamed description said about the person a name now identifies.
     *
     * @param isGenericRole whether a calling says nothing a first description did not ("the victim", "the dead man")
     */
    void absorb(Victim unnamed, Predicate<String> isGenericRole) {
        int own = count;
        // "A Pakistani human rights activist ... Sameer Dashti, a member of its Germany chapter": the description that
        // introduced the person says where they are from; what comes with the name later is about their work.
        if (unnamed.nationality != null) {
            nationality = unnamed.nationality;
        }
        // "The officer, Lieutenant Colonel X," after "a former Afghan army officer": the noun that points back says less.
        if (role != null && unnamed.role != null && (isGenericRole.test(role)
                || !role.contains(" ") && unnamed.role.toLowerCase(Locale.ROOT).endsWith(role.toLowerCase(Locale.ROOT)))) {
            role = null;
        }
        merge(unnamed);
        count = own;
    }
}
