package org.vigil.incident;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One incident being assembled from the clauses that report it. */
final class Draft {

    final int ordinal;
    final List<Clause> clauses = new ArrayList<>();
    final List<Victim> victims = new ArrayList<>();
    final List<Incident.Evidence> evidence = new ArrayList<>();
    final List<Incident.Allegation> allegations = new ArrayList<>();

    final List<Incident.Denial> denials = new ArrayList<>();
    final List<Incident.Response> responses = new ArrayList<>();
    final List<Incident.Call> calls = new ArrayList<>();
    /** Sentences without an act of their own that name the victim, and may tell the act again with its district and day. */
    final List<Sentences.Sentence> naming = new ArrayList<>();
    Incident.Claim claim;
    Incident.When when;
    Clause whenClause;
    boolean openedAsReference;
    /** The clause of an earlier incident told of the main victim by pronoun ("days after he was deported"). */
    Clause pronounClause;
    boolean reference;
    /** The most dead a toll of the act says ("the death toll rose to five"), beyond those the victims count; 0 if none. */
    int toll;
    /** The sentence that told the toll, for evidence. */
    Sentences.Sentence tollSentence;

    /** Whether a description names a relative ("his son"): such a victim is never the one a name stands for. */
    private final java.util.function.Predicate<String> isKin;
    /** Whether a calling says no more than that someone was there ("the victim", "the dead man"). */
    private final java.util.function.Predicate<String> isGenericRole;

    Draft(int ordinal, java.util.function.Predicate<String> isKin, java.util.function.Predicate<String> isGenericRole) {
        this.ordinal = ordinal;
        this.isKin = isKin;
        this.isGenericRole = isGenericRole;
    }

    void add(Clause clause, Incident.When date) {
        clauses.add(clause);
        if (date == null) {
            return;
        }
        if (when == null || finerWithin(date, when)) {
            when = date;
            whenClause = clause;
        }
    }

    /** A day told in a sentence that names the victim ("on the morning of November 11") refines "last week" around it. */
    void refine(Incident.When date, Sentences.Sentence sentence) {
        if (when == null || finerWithin(date, when)) {
            when = date;
            whenClause = new Clause(sentence, sentence.text(), List.of(), null);
        }
    }

    /** "on Wednesday" refines "this week" when it falls inside it. */
    private static boolean finerWithin(Incident.When finer, Incident.When coarse) {
        if (finer.precision().ordinal() >= coarse.precision().ordinal()) {
            return false;
        }
        if (finer.start() == null || coarse.start() == null) {
            return finer.start() == null && coarse.start() == null;
        }
        return !IncidentExtractor.firstDay(finer.start()).isBefore(IncidentExtractor.firstDay(coarse.start()))
                && !IncidentExtractor.lastDay(finer.end()).isAfter(IncidentExtractor.lastDay(coarse.end()));
    }

    Gazetteer.City city() {
        for (Clause c : clauses) {
            if (c.place != null && c.place.city() != null) {
                return c.place.city();
            }
        }
        return null;
    }

    Sentences.Sentence lastSentence() {
        return clauses.get(clauses.size() - 1).sentence;
    }

    /** Whether the incident harmed someone's body (not only their liberty). */
    boolean violent() {
        Set<Rules.Act> acts = acts();
        return acts.stream().anyMatch(a -> a == Rules.Act.KILL || a == Rules.Act.DIE || a == Rules.Act.FIRE || a == Rules.Act.STAB
                || a == Rules.Act.BEAT || a == Rules.Act.EXPLODE || a == Rules.Act.INJURE || a == Rules.Act.ATTEMPT);
    }

    boolean hasNamedVictim() {
        return victims.stream().anyMatch(v -> v.name != null);
    }

    boolean awaitsName() {
        return !hasNamedVictim() && (victims.isEmpty() || victims.stream().anyMatch(v -> v.count > 0));
    }

    boolean reportsAnAct() {
        return !victims.isEmpty() && clauses.stream().anyMatch(c -> c.trigger.value().opens());
    }

    Set<Rules.Act> acts() {
        Set<Rules.Act> acts = EnumSet.noneOf(Rules.Act.class);
        for (Clause c : clauses) {
            for (Rules.Hit<Rules.Trigger> h : c.hits) {
                acts.add(h.value().act());
            }
        }
        return acts;
    }

    void addUnnamed(Victim v) {
        for (Victim existing : victims) {
            if (existing.name == null && existing.head != null && existing.head.equals(v.head) && !countedApart(existing, v)) {
                existing.merge(v);
                return;
            }
        }
        // "a passer-by was wounded" in the lead, "a young man who was passing by was hit in the leg" further on; "X was shot
        // dead" and then "the killing of a former officer in broad daylight": the one person already counted with that
        // outcome, told of again in other words (a calling of a bystander never stands for the target, nor the reverse);
        // "three Afghan migrants were killed" ... "the bodies of three men": a group of the same number.
        List<Victim> told = victims.stream().filter(u -> (v.count == 1 ? u.name != null || u.count == 1 : u.name == null && u.count == v.count)
                // "was attacked" says no outcome of its own: the one told before, whatever befell them.
                && (u.outcome == v.outcome || v.outcome == null)
                && u.sentence != v.sentence && (u.bystander ? v.generic || v.bystander : !v.bystander)).toList();
        if (v.retold && told.size() == 1) {
            told.get(0).merge(v);
            return;
        }
        // "two other people were wounded" ... "Another guard and a rickshaw driver sustained bullet wounds": bystanders told
        // later as hurt alike are among those already counted, not more of them.
        for (Victim group : victims) {
            if (group.name == null && group.count > 1 && group.count >= v.count && group.bystander && v.bystander
                    && group.outcome == v.outcome && group.sentence != v.sentence) {
                group.merge(v);
                return;
            }
        }
        // "with his son Samiullah ... while his son was hit in the leg": the one named by that noun, told of again.
        for (Victim existing : victims) {
            if (existing.name != null && v.count == 1 && v.possessed && existing.head != null && existing.head.equals(v.head)) {
                existing.merge(v);
                existing.count = 1;
                return;
            }
        }
        victims.add(v);
    }

    /**
     * "Three guests died and nine other guests were wounded": groups of the same noun, counted and told new (or told in
     * one sentence, "three guests died and nine guests were hurt"), that fared differently are different people, not one
     * group told again.
     */
    private static boolean countedApart(Victim existing, Victim v) {
        return (existing.count > 1 || v.count > 1) && existing.count > 0 && v.count > 0
                && (!v.retold || existing.sentence != null && existing.sentence == v.sentence)
                && existing.outcome != null && v.outcome != null && existing.outcome != v.outcome;
    }

    void addNamed(Victim v) {
        for (Victim existing : victims) {
            if (existing.name != null && ArticleReading.sameName(existing.name, v.name)) {
                if (v.name.split("\\s+").length > existing.name.split("\\s+").length) {
                    existing.name = v.name;
                }
                existing.merge(v);
                return;
            }
        }
        // A lone bystander may be the named person, unless the name comes with another role ("killing his driver
        // and wounding Hotak, a former police chief").
        // "opened fire on X's car, killing him and his driver": the driver is X's, so not X.
        boolean onlyBystander = victims.size() == 1 && victims.get(0).name == null
                && !(victims.get(0).possessed && victims.get(0).sentence == v.sentence)
                && (v.role == null || victims.get(0).head == null || v.role.toLowerCase(java.util.Locale.ROOT).contains(victims.get(0).head));
        // "His driver, Sardar Wali": the name belongs to the unnamed driver, bystander or not.
        Victim same = victims.stream().filter(u -> u.name == null && u.count > 0 && u.head != null && u.head.equals(v.head))
                .findFirst().orElse(null);
        for (Victim unnamed : victims) {
            // "X, a former police chief, and his son were shot dead": a named person is not the unnamed relative.
            boolean otherKin = unnamed != same && unnamed.descriptions.stream().anyMatch(isKin);
            // "three migrants were killed" ... "his brother X was shot in the thigh": one told wounded is none of a group of dead.
            boolean notAmongDead = unnamed.count > 1 && unnamed.outcome == Incident.Outcome.KILLED && v.outcome == Incident.Outcome.INJURED;
            // "The guard, identified as X, was shot in the shoulder": someone named as a bystander may be one of the
            // bystanders counted, never the target.
            // "at least five others were wounded" ... "his brother X was shot in the thigh": one of a group hurt alike.
            boolean oneOfGroup = unnamed.count > 1 && v.outcome != null && v.outcome == unnamed.outcome;
            boolean mayBe = v.bystander ? unnamed.bystander : !unnamed.bystander || onlyBystander || oneOfGroup;
            if (unnamed.name == null && !otherKin && !notAmongDead && (unnamed == same || same == null && mayBe) && unnamed.count > 0) {
                v.absorb(unnamed, isGenericRole);
                v.bystander = unnamed == same && unnamed.bystander;
                unnamed.count--;
                if (unnamed.count == 0) {
                    victims.remove(unnamed);
                }
                break;
            }
        }
        victims.add(v);
    }

    /**
     * "Police named the couple as X, 39, and Y, 35": each further name in a list that identifies people already told of
     * is the next of them still unnamed, a relative too ("a former officer and his wife").
     */
    void addListed(Victim v) {
        Victim unnamed = victims.stream().filter(u -> u.name == null && u.count > 0).findFirst().orElse(null);
        if (unnamed == null || victims.stream().anyMatch(u -> u.name != null && ArticleReading.sameName(u.name, v.name))) {
            addNamed(v);
            return;
        }
        v.absorb(unnamed, isGenericRole);
        unnamed.count--;
        if (unnamed.count == 0) {
            victims.remove(unnamed);
        }
        victims.add(v);
    }

    /**
     * "Among the dead was X": a named person who is one of those already counted with that outcome. The count they
     * were part of gives up one; their own description, if any, stays theirs.
     */
    void addOneOf(Victim v) {
        if (victims.stream().anyMatch(u -> u.name != null && ArticleReading.sameName(u.name, v.name))) {
            addNamed(v);
            return;
        }
        Victim group = victims.stream().filter(u -> u.name == null && u.count > 0 && u.outcome == v.outcome)
                .findFirst().orElse(null);
        if (group != null) {
            String role = v.role;
            v.absorb(group, isGenericRole);
            v.role = role != null ? role : v.role;
            v.bystander = false;
            group.count--;
            if (group.count == 0) {
                victims.remove(group);
            }
        }
        victims.add(v);
    }

    void attribute(Attribution.Reading reading, Sentences.Sentence sentence, String url) {
        Incident.Evidence quote = new Incident.Evidence(null, sentence.text(), url, sentence.start(), sentence.end());
        for (Incident.Allegation a : reading.allegations()) {
            if (allegations.stream().noneMatch(x -> x.actor().equalsIgnoreCase(a.actor()))) {
                allegations.add(a);
                evidence.add(as("alleged_perpetrators", quote));
            }
        }
        if (reading.claim() != null && claim == null) {
            claim = reading.claim();
            evidence.add(as("claim", quote));
        }
        for (Incident.Denial d : reading.denials()) {
            denials.add(d);
            evidence.add(as("denials", quote));
        }
        for (Incident.Response r : reading.responses()) {
            if (responses.stream().noneMatch(x -> x.action() == r.action() && java.util.Objects.equals(x.authority(), r.authority()))) {
                responses.add(r);
                evidence.add(as("responses", quote));
            }
        }
        for (Incident.Call c : reading.calls()) {
            calls.add(c);
            evidence.add(as("calls", quote));
        }
    }

    private static Incident.Evidence as(String field, Incident.Evidence e) {
        return new Incident.Evidence(field, e.quote(), e.url(), e.start(), e.end());
    }

    Incident toIncident(String id, List<Incident.Related> related, ArticleReading reading) {
        Rules rules = reading.rules();
        Gazetteer gazetteer = reading.gazetteer();
        String url = reading.url();
        Clause first = clauses.get(0);
        evidence.add(0, new Incident.Evidence("type", first.sentence.text(), url, first.sentence.start(), first.sentence.end()));
        Incident.Place place = reading.place(this);

        Incident.When date = when;
        Clause dateClause = whenClause;
        if (date == null) {
            date = reading.sentenceDate(this).orElse(null);
            dateClause = first;
        }
        if (date == null) {
            date = new Incident.When(null, null, Incident.DatePrecision.UNKNOWN, null);
        } else {
            evidence.add(new Incident.Evidence("date", dateClause.sentence.text(), url, dateClause.sentence.start(),
                    dateClause.sentence.end()));
        }

        boolean targeted = hasNamedVictim() || victims.stream().anyMatch(v -> !v.bystander && v.count == 1);
        Set<Rules.Act> acts = acts();
        Incident.Method weapon = method(rules);
        // "opened fire on a group of migrants": gunfire at whoever was there is a shooting, whoever it killed.
        boolean indiscriminate = clauses.stream().anyMatch(c -> rules.indiscriminate.matcher(c.text).find());
        Incident.Type type = type(acts, weapon, targeted, indiscriminate);
        boolean coercion = type == Incident.Type.ABDUCTION || type == Incident.Type.DETENTION
                || type == Incident.Type.DEPORTATION;
        Incident.Method method = weapon != null && !coercion ? weapon : switch (type) {
            case ABDUCTION, DETENTION, DEPORTATION -> Incident.Method.NONE;
            case STABBING -> Incident.Method.KNIFE;
            case BOMBING -> Incident.Method.EXPLOSIVE;
            default -> Incident.Method.UNKNOWN;
        };

        List<Incident.Victim> out = new ArrayList<>();
        String nationality = null;
        for (Victim v : victims) {
            // A person detained and then deported or abducted ends up deported or abducted.
            boolean removed = (type == Incident.Type.DEPORTATION || type == Incident.Type.ABDUCTION)
                    && (v.outcome == Incident.Outcome.DETAINED || v.outcome == Incident.Outcome.UNKNOWN);
            if ((v.outcome == null || removed) && !v.bystander) {
                v.outcome = switch (type) {
                    case ASSASSINATION -> Incident.Outcome.KILLED;
                    case ABDUCTION -> Incident.Outcome.ABDUCTED;
                    case DETENTION -> Incident.Outcome.DETAINED;
                    case DEPORTATION -> Incident.Outcome.DEPORTED;
                    case STABBING, ASSAULT -> Incident.Outcome.INJURED;
                    default -> Incident.Outcome.UNKNOWN;
                };
            }
            if (nationality == null && !v.bystander && v.nationality != null) {
                nationality = v.nationality;
                if (v.sentence != null) {
                    evidence.add(new Incident.Evidence("origin_country_code", v.sentence.text(), url, v.sentence.start(),
                            v.sentence.end()));
                }
            }
            List<String> ownDescriptions = v.descriptions.stream().filter(d -> !ofThemselves(rules, d, v.name)).toList();
            String described = String.join("; ", ownDescriptions) + "; " + (v.role == null ? "" : v.role) + "; "
                    + (v.affiliation == null ? "" : v.affiliation) + "; " + (v.honorific == null ? "" : v.honorific);
            // Bystanders are "other", unless they are the target's own family ("her three children").
            Incident.TargetCategory category = v.bystander && !isKin.test(described) ? Incident.TargetCategory.OTHER
                    : rules.category(described);
            String demonym = v.nationality == null ? null : gazetteer.demonym(v.nationality);
            out.add(new Incident.Victim(v.name, List.copyOf(v.aliases), v.role, v.affiliation, demonym, category,
                    v.outcome == null ? Incident.Outcome.UNKNOWN : v.outcome));
        }
        if (nationality == null && (reference || hasNamedVictim())) {
            // An earlier incident cited as part of the same story concerns the same community; so does a person the
            // text names without a nationality in a story about that community ("Afghan journalists ... Zarifa Amiri"),
            // but not a crowd hit by a bomb.
            nationality = reading.defaultNationality();
            if (nationality == null && reference) {
                nationality = reading.mainOrigin;
            }
        }
        String host = place.countryCode();
        String origin = nationality;
        if (origin == null) {
            for (Incident.Allegation a : allegations) {
                origin = rules.actorCountry(a.actor()).orElseGet(() -> demonymCountry(gazetteer, a.actor()));
                // "the GKNB ... at the request of the Taliban's intelligence directorate": the host state's own
                // agency acting for another state says nothing of the origin; the other state does.
                if (origin != null && !origin.equals(host)) {
                    break;
                }
            }
        }
        if (origin != null && origin.equals(host)) {
            origin = null;
        }
        if (origin == null || !origin.equals(nationality)) {
            evidence.removeIf(e -> e.field().equals("origin_country_code"));
        }
        boolean inScope = origin != null && host != null;


        int killed = Math.max(total(Incident.Outcome.KILLED), toll);
        int injured = total(Incident.Outcome.INJURED);
        if (toll > total(Incident.Outcome.KILLED)) {
            evidence.add(new Incident.Evidence("killed", tollSentence.text(), url, tollSentence.start(), tollSentence.end()));
        }
        for (Victim v : victims) {
            if (v.sentence != null) {
                evidence.add(new Incident.Evidence("victims", v.sentence.text(), url, v.sentence.start(), v.sentence.end()));
                if (v.outcome == Incident.Outcome.KILLED || v.outcome == Incident.Outcome.INJURED) {
                    String field = v.outcome == Incident.Outcome.KILLED ? "killed" : "injured";
                    evidence.add(new Incident.Evidence(field, v.sentence.text(), url, v.sentence.start(), v.sentence.end()));
                }
            }
        }
        for (Clause c : clauses) {
            if (c.hits.stream().anyMatch(h -> h.value().method() != null) || rules.weapon(c.text).isPresent()) {
                evidence.add(new Incident.Evidence("method", c.sentence.text(), url, c.sentence.start(), c.sentence.end()));
                break;
            }
        }
        double confidence = 0.4 + (hasNamedVictim() ? 0.2 : 0) + (place.city() != null ? 0.1 : 0)
                + (date.precision() != Incident.DatePrecision.UNKNOWN ? 0.1 : 0)
                + (type != Incident.Type.OTHER ? 0.1 : 0) + (method != Incident.Method.UNKNOWN ? 0.05 : 0)
                - (reference ? 0.1 : 0);
        confidence = Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
        Incident.Clarity clarity = targeted && place.city() != null && date.precision() == Incident.DatePrecision.DAY
                ? Incident.Clarity.HIGH : Incident.Clarity.LOW;
        Incident.Source src = reading.sourceAs(reference ? Incident.SourceRole.REFERENCE : Incident.SourceRole.MAIN);
        return new Incident(id, type, method, inScope, date, place, origin, out,
                new Incident.Count(killed, killed, killed), new Incident.Count(injured, injured, injured),
                allegations, claim == null ? new Incident.Claim(Incident.ClaimStatus.NOT_MENTIONED, null) : claim,
                denials, responses, calls, related, List.of(src), orderedEvidence(), confidence, clarity);
    }

    /** "killing his driver and wounding Hotak": only bystanders died, the person targeted is known to have lived. */
    private boolean targetSurvived() {
        List<Victim> targets = victims.stream().filter(v -> !v.bystander).toList();
        return !targets.isEmpty() && targets.stream().noneMatch(v -> v.outcome == Incident.Outcome.KILLED)
                && targets.stream().anyMatch(v -> v.outcome == Incident.Outcome.INJURED || v.outcome == Incident.Outcome.UNHARMED)
                && victims.stream().anyMatch(v -> v.bystander && v.outcome == Incident.Outcome.KILLED);
    }

    /**
     * The incident type from what the clauses report: explosives make a bombing; a killing of a
     * specific person an assassination, of an unnamed crowd a shooting; then abduction, deportation,
     * detention (a taking by no one named is a detention in an arrest story, an abduction otherwise);
     * gunfire that kills nobody is an attempt on a specific person or a shooting.
     */
    private Incident.Type type(Set<Rules.Act> acts, Incident.Method weapon, boolean targeted, boolean indiscriminate) {
        if (acts.contains(Rules.Act.EXPLODE)) {
            return Incident.Type.BOMBING;
        }
        // A death ("died") in an incident opened by another act kills only when somebody did die.
        boolean killed = acts.contains(Rules.Act.KILL) || acts.contains(Rules.Act.DIE) && total(Incident.Outcome.KILLED) > 0;
        if (killed && targetSurvived()) {
            return Incident.Type.ATTEMPTED_ASSASSINATION;
        }
        if (killed) {
            boolean gunfire = acts.contains(Rules.Act.FIRE) || weapon == Incident.Method.FIREARM;
            return gunfire && indiscriminate || !targeted && total(Incident.Outcome.KILLED) >= 3
                    ? Incident.Type.SHOOTING : Incident.Type.ASSASSINATION;
        }
        if (acts.contains(Rules.Act.ABDUCT)) {
            return Incident.Type.ABDUCTION;
        }
        if (acts.contains(Rules.Act.DEPORT)) {
            return Incident.Type.DEPORTATION;
        }
        if (acts.contains(Rules.Act.DETAIN)) {
            return Incident.Type.DETENTION;
        }
        if (acts.contains(Rules.Act.TAKE)) {
            // Taken away by no one named, in a story that tells of no arrest: an abduction.
            return Incident.Type.ABDUCTION;
        }
        if (acts.contains(Rules.Act.FIRE) || weapon == Incident.Method.FIREARM) {
            return targeted && !indiscriminate ? Incident.Type.ATTEMPTED_ASSASSINATION : Incident.Type.SHOOTING;
        }
        if (acts.contains(Rules.Act.STAB) || weapon == Incident.Method.KNIFE) {
            return Incident.Type.STABBING;
        }
        if (acts.contains(Rules.Act.ATTEMPT)) {
            return targeted ? Incident.Type.ATTEMPTED_ASSASSINATION : Incident.Type.ASSAULT;
        }
        if (acts.contains(Rules.Act.BEAT) || acts.contains(Rules.Act.INJURE)) {
            return Incident.Type.ASSAULT;
        }
        return Incident.Type.OTHER;
    }

    private List<Incident.Evidence> orderedEvidence() {
        List<Incident.Evidence> out = new ArrayList<>();
        for (Incident.Evidence e : evidence) {
            if (out.stream().noneMatch(x -> x.field().equals(e.field()) && x.start() == e.start())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String demonymCountry(Gazetteer gazetteer, String actor) {
        for (String word : actor.split("[\\s'’]+")) {
            var c = gazetteer.countryByDemonym(word).or(() -> gazetteer.countryByName(word));
            if (c.isPresent()) {
                return c.get().code();
            }
        }
        return null;
    }

    /** The weapon the reporting names: first the trigger's own, then any weapon word of the clauses. */
    private Incident.Method method(Rules rules) {
        for (Clause c : clauses) {
            for (Rules.Hit<Rules.Trigger> h : c.hits) {
                if (h.value().method() != null && h.value().act() != Rules.Act.ATTACK) {
                    return h.value().method();
                }
            }
        }
        for (Clause c : clauses) {
            var w = rules.weapon(c.text);
            if (w.isPresent()) {
                return w.get();
            }
        }
        return null;
    }

    private int total(Incident.Outcome outcome) {
        int n = 0;
        for (Victim v : victims) {
            if (v.outcome == outcome) {
                n += v.name != null ? 1 : v.count;
            }
        }
        return n;
    }

    /**
     * "A relative of Khpalwak reached by telephone" told of Khpalwak is someone else: whoever is of a person is not that
     * person, so the kinship says nothing of their target category.
     */
    private static boolean ofThemselves(Rules rules, String description, String name) {
        if (name == null) {
            return false;
        }
        String[] words = name.split("\\s+");
        java.util.regex.Matcher of = rules.pattern("(?i)(?<![\\p{L}]){genitive}\\s+(\\p{L}[\\p{L}\\-]*)").matcher(description);
        while (of.find()) {
            if (of.group(1).equalsIgnoreCase(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }
}
