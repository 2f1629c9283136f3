package org.vigil.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** How and when an incident record was reported: the facts merging ranks reports by. */
final class Reports {

    /** Earliest first report, then records with a main-role source, then smallest id. */
    static final Comparator<Incident> EARLIEST_FIRST = Comparator
            .comparing(Reports::firstReported)
            .thenComparing(i -> !hasMainSource(i))
            .thenComparing(Incident::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Sources in a stable order: by publication, then URL, role and archive record. */
    static final Comparator<Incident.Source> SOURCE_ORDER = Comparator
            .comparing((Incident.Source s) -> published(s).orElse(Instant.MAX))
            .thenComparing(Incident.Source::url, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Incident.Source::role, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.archive() == null ? "" : String.valueOf(s.archive().recordId()));

    private Reports() {
    }

    /** The publication time of a source ({@code 2025-12-04}, {@code 2025-12-04T10:00:00Z}, ...), if it has a readable one. */
    static Optional<Instant> published(Incident.Source source) {
        String p = source.published();
        if (p == null || p.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(p).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(p).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(p).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    /** When the incident was first reported; {@link Instant#MAX} when no source has a publication date. */
    static Instant firstReported(Incident incident) {
        return incident.sources().stream().map(Reports::published).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    static boolean hasMainSource(Incident incident) {
        return incident.sources().stream().anyMatch(s -> s.role() == Incident.SourceRole.MAIN);
    }

    /** Distinct article URLs: two captures of one article are one report. */
    static Set<String> urls(Incident incident) {
        Set<String> urls = new LinkedHashSet<>();
        for (Incident.Source s : incident.sources()) {
            urls.add(s.url() != null ? s.url() : "record:" + (s.archive() == null ? "" : s.archive().recordId()));
        }
        return urls;
    }

    /** The URL evidence from this record is cited with when it has no quote of its own. */
    static String firstUrl(Incident incident) {
        return incident.sources().stream().sorted(SOURCE_ORDER).map(Incident.Source::url).findFirst().orElse(null);
    }
}
