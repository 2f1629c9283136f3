package org.vigil.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An incident flattened to one row of named values, in the ACLED-like column order of the CSV export;
 * the GeoJSON export uses the same values as feature properties. Multi-valued fields are joined with
 * {@code "; "}: victims as {@code Name (outcome)}, perpetrators as {@code Actor (alleged by X)}, sources
 * as URLs.
 */
final class IncidentColumns {

    static final List<String> NAMES = List.of("id", "date_start", "date_precision", "type", "method", "country_code",
            "admin1", "city", "district", "lat", "lon", "geo_precision", "victims", "killed_best",
            "alleged_perpetrators", "claim_status", "sources", "notes");

    private static final String SEPARATOR = "; ";

    private IncidentColumns() {
    }

    /** The row's values by column name, in column order: strings, numbers or null. */
    static Map<String, Object> of(Incident i) {
        Incident.When date = i.date();
        Incident.Place place = i.place();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", i.id());
        row.put("date_start", date == null ? null : date.start());
        row.put("date_precision", date == null ? null : lower(date.precision()));
        row.put("type", lower(i.type()));
        row.put("method", lower(i.method()));
        row.put("country_code", place == null ? null : place.countryCode());
        row.put("admin1", place == null ? null : place.admin1());
        row.put("city", place == null ? null : place.city());
        row.put("district", place == null ? null : place.district());
        row.put("lat", place == null ? null : place.lat());
        row.put("lon", place == null ? null : place.lon());
        row.put("geo_precision", place == null ? null : lower(place.precision()));
        row.put("victims", i.victims().stream()
                .map(v -> (v.name() == null ? "unnamed" : v.name()) + " (" + (v.outcome() == null ? "unknown" : lower(v.outcome())) + ")")
                .collect(Collectors.joining(SEPARATOR)));
        row.put("killed_best", i.killed() == null ? null : i.killed().best());
        row.put("alleged_perpetrators", i.allegedPerpetrators().stream()
                .map(a -> a.allegedBy() == null ? a.actor() : a.actor() + " (alleged by " + a.allegedBy() + ")")
                .collect(Collectors.joining(SEPARATOR)));
        row.put("claim_status", i.claim() == null ? null : lower(i.claim().status()));
        row.put("sources", i.sources().stream().map(Incident.Source::url).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(SEPARATOR)));
        row.put("notes", notes(i));
        return row;
    }

    /** A value as CSV text: numbers in plain notation, null as empty. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** What the other columns cannot hold: who the victims were, claims, denials, responses, calls, disagreements. */
    private static String notes(Incident i) {
        List<String> notes = new ArrayList<>();
        for (Incident.Victim v : i.victims()) {
            List<String> about = new ArrayList<>();
            if (v.role() != null) {
                about.add(v.role());
            }
            if (v.affiliation() != null && !v.affiliation().equals(v.role())) {
                about.add(v.affiliation());
            }
            if (!v.aliases().isEmpty()) {
                about.add("also spelled " + String.join(", ", v.aliases()));
            }
            if (!about.isEmpty()) {
                notes.add((v.name() == null ? "Unnamed victim" : v.name()) + ": " + String.join(", ", about));
            }
        }
        if (i.injured() != null && i.injured().best() > 0) {
            notes.add("Injured: " + i.injured().best());
        }
        if (i.claim() != null && i.claim().status() == Incident.ClaimStatus.CLAIMED && i.claim().by() != null) {
            notes.add("Claimed by " + i.claim().by());
        }
        for (Incident.Denial d : i.denials()) {
            notes.add("Denied by " + d.by() + (d.text() == null ? "" : ": " + d.text()));
        }
        for (Incident.Response r : i.responses()) {
            notes.add(r.authority() + ": " + lower(r.action()) + (r.status() == null ? "" : " (" + r.status() + ")"));
        }
        for (Incident.Call c : i.calls()) {
            notes.add("Call by " + c.by() + (c.addressedTo() == null ? "" : " on " + c.addressedTo()) + ": " + c.demand());
        }
        if (i.originCountryCode() != null) {
            notes.add("Origin country: " + i.originCountryCode() + (i.inScope() ? " (cross-border)" : ""));
        }
        Set<String> disputed = new LinkedHashSet<>();
        for (Incident.Evidence e : i.evidence()) {
            if (e.field() != null && e.field().endsWith(".alternative")) {
                disputed.add(e.field().substring(0, e.field().length() - ".alternative".length()));
            }
        }
        if (!disputed.isEmpty()) {
            notes.add("Reports disagree on " + String.join(", ", disputed));
        }
        return notes.isEmpty() ? "" : String.join(". ", notes) + ".";
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
