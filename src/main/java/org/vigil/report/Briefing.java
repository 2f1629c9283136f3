package org.vigil.report;

import org.vigil.incident.Incident;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything one briefing PDF shows, filled from the catalog. The renderer reads nothing else, so
 * the same briefing always gives the same bytes.
 *
 * @param jobName             job name, used in file names ({@code [A-Za-z0-9._-]+})
 * @param title               briefing title from the job file
 * @param operator            who runs the job; the PDF's author
 * @param period              the days covered
 * @param incidents           incidents that happened in the period
 * @param previousIncidents   incidents of {@link Period#previous()}, the base of every delta
 * @param referencedIncidents earlier incidents outside the period that period incidents refer to
 *                            ({@code related[]}); rendered briefly so that references are links
 * @param archive             archive size at briefing time
 * @param sources             every archived article the period's incidents cite (appendix)
 */
public record Briefing(String jobName, String title, String operator, Period period, List<Incident> incidents,
                       List<Incident> previousIncidents, List<Incident> referencedIncidents, ArchiveFigures archive,
                       List<SourceArticle> sources) {

    public Briefing {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(archive, "archive");
        if (!jobName.matches("[A-Za-z0-9._-]+") || jobName.startsWith(".")) {
            throw new IllegalArgumentException("job name '" + jobName + "' is not usable in a file name");
        }
        incidents = List.copyOf(incidents);
        previousIncidents = List.copyOf(previousIncidents);
        referencedIncidents = List.copyOf(referencedIncidents);
        sources = List.copyOf(sources);
    }

    /**
     * The briefing's date, derived from its data so that re-rendering gives the same bytes: the latest
     * capture among its sources, or the last second of the period when it cites none. Used for the
     * cover, the PDF creation/modification dates, the XMP dates and {@code index.json}.
     */
    public Instant generatedAt() {
        return sources.stream().map(SourceArticle::captured).max(Comparator.naturalOrder())
                .orElse(period.to().atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC));
    }
}
