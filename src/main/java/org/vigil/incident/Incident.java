package org.vigil.incident;

import org.vigil.archive.ArchiveRef;

import java.util.List;

/**
 * One act of physical violence or coercion against identifiable people at one time and place,
 * as described in {@code shared/docs/incident-record.md}. Component names map to the JSON field
 * names of that document through {@link IncidentJson} (snake_case, lower-case enum values).
 */
public record Incident(
        String id,
        Type type,
        Method method,
        boolean inScope,
        When date,
        Place place,
        String originCountryCode,
        List<Victim> victims,
        Count killed,
        Count injured,
        List<Allegation> allegedPerpetrators,
        Claim claim,
        List<Denial> denials,
        List<Response> responses,
        List<Call> calls,
        List<Related> related,
        List<Source> sources,
        List<Evidence> evidence,
        double confidence,
        Clarity clarity) {

    public Incident {
        victims = List.copyOf(victims);
        allegedPerpetrators = List.copyOf(allegedPerpetrators);
        denials = List.copyOf(denials);
        responses = List.copyOf(responses);
        calls = List.copyOf(calls);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    public enum Type {
        ASSASSINATION, ATTEMPTED_ASSASSINATION, SHOOTING, BOMBING, STABBING, ASSAULT, ABDUCTION,
        DETENTION, DEPORTATION, OTHER
    }

    public enum Method { FIREARM, KNIFE, EXPLOSIVE, BLUNT_OBJECT, POISON, VEHICLE, NONE, UNKNOWN }

    public enum DatePrecision { DAY, WEEK, MONTH, YEAR, UNKNOWN }

    public enum PlacePrecision { EXACT, DISTRICT, CITY, ADMIN1, COUNTRY, UNKNOWN }

    public enum Outcome { KILLED, INJURED, ABDUCTED, DETAINED, DEPORTED, UNHARMED, UNKNOWN }

    public enum TargetCategory {
        FORMER_OFFICIAL, MILITARY_OR_POLICE, JOURNALIST, ACTIVIST, POLITICIAN,
        RELIGIOUS_OR_ETHNIC_MINORITY, FAMILY_MEMBER, OTHER
    }

    public enum ClaimStatus { CLAIMED, NO_CLAIM_REPORTED, NOT_MENTIONED }

    public enum ResponseAction { INVESTIGATION, ARREST, RELEASE, CHARGES, STATEMENT, NO_COMMENT }

    public enum Relation { REFERENCED_EARLIER, SAME_CAMPAIGN_ALLEGED }

    public enum SourceRole { MAIN, REFERENCE }

    public enum Clarity { HIGH, LOW }

    /**
     * When it happened. {@code start}/{@code end} are ISO dates, possibly partial ({@code 2025-12},
     * {@code 2025}), or null when the phrase could not be resolved (e.g. no publication date).
     */
    public record When(String start, String end, DatePrecision precision, String phrase) {
    }

    /** Where it happened: the host state, never where the victim is from. */
    public record Place(String country, String countryCode, String admin1, String city, String district,
                        Double lat, Double lon, PlacePrecision precision, String phrase) {
    }

    public record Victim(String name, List<String> aliases, String role, String affiliation, String nationality,
                         TargetCategory targetCategory, Outcome outcome) {
        public Victim {
            aliases = List.copyOf(aliases);
        }
    }

    /** Conservative low/best/high counts. */
    public record Count(int low, int best, int high) {
        public static final Count ZERO = new Count(0, 0, 0);
    }

    public record Allegation(String actor, String allegedBy) {
    }

    public record Claim(ClaimStatus status, String by) {
    }

    public record Denial(String by, String text) {
    }

    public record Response(String authority, ResponseAction action, String status) {
    }

    public record Call(String by, String addressedTo, String demand) {
    }

    public record Related(String id, Relation relation) {
    }

    /** One article reporting the incident, with the archived capture it was read from. */
    public record Source(String url, String title, String outlet, String published, SourceRole role,
                         ArchiveRef archive) {
    }

    /** The exact sentence a field came from, with character offsets into the article's extracted text. */
    public record Evidence(String field, String quote, String url, int start, int end) {
    }
}
