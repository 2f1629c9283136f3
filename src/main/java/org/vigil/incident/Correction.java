package org.vigil.incident;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One analyst correction from a corrections file, as read; {@link Corrections} applies them in file order. */
sealed interface Correction {

    /** Applies the correction; what cannot be applied is reported to the ledger, with the line of the file. */
    void applyTo(Corrections.Ledger ledger);

    /** Overrides fields of one incident: {@code set: {place.city: Mashhad}}. */
    record SetFields(int line, String note, String id, Map<FieldPath, Value> values) implements Correction {

        /** A value and the line it was given on. */
        record Value(JsonNode json, int line) {
        }

        @Override
        public void applyTo(Corrections.Ledger ledger) {
            Incident incident = ledger.find(id, line);
            if (incident == null) {
                return;
            }
            ObjectNode tree = IncidentJson.mapper().valueToTree(incident);
            List<Incident.Evidence> evidence = new ArrayList<>();
            for (Map.Entry<FieldPath, Value> e : values.entrySet()) {
                try {
                    e.getKey().set(tree, e.getValue().json());
                    evidence.add(ledger.provenance(e.getKey().toString(), e.getValue().line(), note));
                } catch (IllegalArgumentException wrongShape) {
                    ledger.problem(e.getValue().line(), wrongShape.getMessage() + "; not applied");
                }
            }
            Incident corrected;
            try {
                corrected = IncidentJson.mapper().treeToValue(tree, Incident.class);
            } catch (JacksonException wrongType) {
                ledger.problem(line, "correction of " + id + " does not fit the incident record ("
                        + Corrections.firstLine(wrongType.getOriginalMessage()) + "); not applied");
                return;
            }
            List<Incident.Evidence> all = new ArrayList<>(corrected.evidence());
            all.addAll(evidence);
            ledger.put(Incidents.with(corrected, corrected.id(), corrected.related(), corrected.sources(), all));
        }
    }

    /** Makes one incident of several: {@code merge: [inc-a, inc-b]}; the merged id follows {@link IncidentCombiner}. */
    record Merge(int line, String note, List<String> ids) implements Correction {

        @Override
        public void applyTo(Corrections.Ledger ledger) {
            Map<String, Incident> members = new LinkedHashMap<>();
            boolean missing = false;
            for (String id : ids) {
                Incident found = ledger.find(id, line);
                if (found == null) {
                    missing = true;
                } else {
                    members.put(found.id(), found);
                }
            }
            if (missing || members.size() < 2) {
                return;
            }
            Incident merged = IncidentCombiner.combine(List.copyOf(members.values()));
            List<Incident.Evidence> evidence = new ArrayList<>(merged.evidence());
            evidence.add(ledger.provenance("id", line, "merged " + String.join(", ", members.keySet())
                    + (note == null ? "" : ": " + note)));
            for (String id : members.keySet()) {
                ledger.remove(id);
                ledger.redirect(id, merged.id());
            }
            ledger.put(Incidents.with(merged, merged.id(), merged.related(), merged.sources(), evidence));
        }
    }

    /**
     * Moves the named sources of one incident to a new incident: {@code split: [url, ...]}. The new id is
     * {@code inc-} and the first 16 hex digits of the SHA-256 of {@code split}, the incident's id and the
     * moved URLs in sorted order, each on its own line. Both parts keep the record's field values and the
     * evidence of their own sources; correct the new part with {@code set} on its id.
     */
    record Split(int line, String note, String id, List<String> urls) implements Correction {

        static String newId(String id, Set<String> urls) {
            StringBuilder text = new StringBuilder("split\n").append(id);
            urls.stream().sorted().forEach(u -> text.append('\n').append(u));
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
                return "inc-" + HexFormat.of().formatHex(digest).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        @Override
        public void applyTo(Corrections.Ledger ledger) {
            Incident incident = ledger.find(id, line);
            if (incident == null) {
                return;
            }
            Set<String> moved = new TreeSet<>(urls);
            Set<String> present = Reports.urls(incident);
            List<String> unknown = moved.stream().filter(u -> !present.contains(u)).toList();
            if (!unknown.isEmpty()) {
                ledger.problem(line, incident.id() + " has no source " + String.join(", ", unknown) + "; split not applied");
                return;
            }
            if (moved.containsAll(present)) {
                ledger.problem(line, "split would move every source of " + incident.id() + "; not applied");
                return;
            }
            String newId = newId(incident.id(), moved);
            List<Incident.Evidence> keptEvidence = incident.evidence().stream().filter(e -> !moved.contains(e.url())).toList();
            List<Incident.Evidence> movedEvidence = new ArrayList<>(incident.evidence().stream().filter(e -> moved.contains(e.url())).toList());
            movedEvidence.add(ledger.provenance("id", line, "split from " + incident.id() + (note == null ? "" : ": " + note)));
            ledger.put(Incidents.with(incident, incident.id(), incident.related(),
                    incident.sources().stream().filter(s -> !moved.contains(s.url())).toList(), keptEvidence));
            ledger.put(Incidents.with(incident, newId, incident.related(),
                    incident.sources().stream().filter(s -> moved.contains(s.url())).toList(), movedEvidence));
        }
    }

    /** Removes an incident that is not one (a threat, a pattern, background): {@code not_incident: true}. */
    record NotIncident(int line, String id) implements Correction {

        @Override
        public void applyTo(Corrections.Ledger ledger) {
            Incident incident = ledger.find(id, line);
            if (incident != null) {
                ledger.remove(incident.id());
                ledger.markNotIncident(incident.id(), line);
            }
        }
    }
}
