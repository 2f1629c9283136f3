package org.vigil.incident;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysts' corrections to incident records, read from a YAML file such as {@code jobs/corrections.yml}
 * (format: {@code corrections-format.md} in the resources) and applied, in file order, to the merged
 * records after every normalize and rebuild, so that they survive re-extraction.
 *
 * <p>A correction whose incident no longer exists is not dropped silently: {@link #apply} reports it in
 * {@link Result#problems()}, one line each, naming the file and line. A file that cannot be read as
 * corrections at all fails {@link #load} with a one-line {@link CorrectionsException}.
 */
public final class Corrections {

    /** The corrected records (in chronological order) and what could not be applied. */
    public record Result(List<Incident> incidents, List<String> problems) {
        public Result {
            incidents = List.copyOf(incidents);
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final List<Correction> corrections;

    private Corrections(String file, List<Correction> corrections) {
        this.file = file;
        this.corrections = List.copyOf(corrections);
    }

    /** Reads a corrections file; a file that does not exist means no corrections. */
    public static Corrections load(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return none();
        } catch (CharacterCodingException e) {
            throw new CorrectionsException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CorrectionsException(file + ": cannot read: " + e.getMessage());
        }
        return parse(yaml, file.toString());
    }

    /** Reads corrections from YAML text; {@code file} names it in messages. */
    public static Corrections parse(String yaml, String file) {
        return new Corrections(file, CorrectionsReader.read(new StringReader(yaml), file));
    }

    public static Corrections none() {
        return new Corrections("(no corrections)", List.of());
    }

    /** How many corrections the file holds. */
    public int size() {
        return corrections.size();
    }

    /** Applies every correction in file order to the merged records. */
    public Result apply(List<Incident> incidents) {
        return apply(incidents, Map.of());
    }

    /**
     * Applies every correction in file order to the merged records; a correction naming an id that was
     * merged into another record ({@link IncidentMerger.Merged#mergedIdOf()}) applies to that record.
     */
    public Result apply(List<Incident> incidents, Map<String, String> mergedIdOf) {
        Ledger ledger = new Ledger(file, incidents);
        mergedIdOf.forEach(ledger::redirect);
        for (Correction c : corrections) {
            c.applyTo(ledger);
        }
        return new Result(ledger.incidents(), ledger.problems);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** The records while corrections are applied, and where merged or removed ones went. */
    static final class Ledger {
        private final String file;
        private final Map<String, Incident> byId = new LinkedHashMap<>();
        private final Map<String, String> mergedInto = new HashMap<>();
        private final Map<String, Integer> notIncidentAt = new HashMap<>();
        private final List<String> problems = new ArrayList<>();

        Ledger(String file, List<Incident> incidents) {
            this.file = file;
            for (Incident i : incidents) {
                byId.put(i.id(), i);
            }
        }

        /**
         * The incident a correction targets, following earlier merges; null (and a problem reported) when
         * it no longer exists or was marked not an incident.
         */
        Incident find(String id, int line) {
            String current = id;
            while (mergedInto.containsKey(current)) {
                current = mergedInto.get(current);
            }
            Incident incident = byId.get(current);
            if (incident != null) {
                return incident;
            }
            Integer removedAt = notIncidentAt.get(current);
            problem(line, removedAt != null
                    ? "incident " + id + " was marked not an incident at line " + removedAt + "; correction not applied"
                    : "incident " + id + " no longer exists; correction not applied");
            return null;
        }

        void put(Incident incident) {
            byId.put(incident.id(), incident);
        }

        void remove(String id) {
            byId.remove(id);
        }

        void redirect(String from, String to) {
            if (!from.equals(to) && !byId.containsKey(from)) {
                mergedInto.put(from, to);
            }
        }

        void markNotIncident(String id, int line) {
            notIncidentAt.put(id, line);
        }

        void problem(int line, String message) {
            problems.add(file + ": line " + line + ": " + message);
        }

        /** Evidence that a field's value comes from an analyst, citing the corrections file and line. */
        Incident.Evidence provenance(String field, int line, String note) {
            return new Incident.Evidence(field, "analyst correction" + (note == null ? "" : ": " + note),
                    file + ":" + line, -1, -1);
        }

        /** The records, with links to merged records re-pointed and links to removed ones dropped. */
        List<Incident> incidents() {
            Map<String, String> newIdOf = new HashMap<>(mergedInto);
            for (String id : mergedInto.keySet()) {
                String current = id;
                while (mergedInto.containsKey(current)) {
                    current = mergedInto.get(current);
                }
                newIdOf.put(id, current);
            }
            return byId.values().stream()
                    .map(i -> IncidentMerger.withRelatedIds(i, newIdOf))
                    .map(i -> i.related().stream().anyMatch(r -> notIncidentAt.containsKey(r.id()))
                            ? Incidents.with(i, i.id(), i.related().stream().filter(r -> !notIncidentAt.containsKey(r.id())).toList(),
                            i.sources(), i.evidence())
                            : i)
                    .sorted(IncidentMerger.CHRONOLOGICAL)
                    .toList();
        }
    }
}
