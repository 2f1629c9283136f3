package org.vigil.incident;

import java.util.List;

/** A stretch of one sentence that reports one act, with what was read from it. */
final class Clause {

    final Sentences.Sentence sentence;
    final String text;
    final List<Rules.Hit<Rules.Trigger>> hits;
    final Rules.Hit<Rules.Trigger> trigger;
    PlaceFinder.Mention place;
    /** Where the rest of the sentence says it happened, when the clause itself names no place. */
    Gazetteer.City cityFurtherOn;
    boolean reference;

    Clause(Sentences.Sentence sentence, String text, List<Rules.Hit<Rules.Trigger>> hits,
           Rules.Hit<Rules.Trigger> trigger) {
        this.sentence = sentence;
        this.text = text;
        this.hits = hits;
        this.trigger = trigger;
    }
}
