package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.incident.Corrections;
import org.vigil.incident.Incident;
import org.vigil.incident.IncidentJson;
import org.vigil.incident.IncidentMerger;
import org.vigil.store.ArticleRepository;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.IncidentRepository;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges the incidents of all articles into one record per incident, applies the analysts'
 * corrections, and replaces the catalog's merged incidents with the result. It always starts from
 * every article's incidents, so the result depends only on the archive and the corrections file,
 * never on the order of nights, and corrections survive every re-extraction.
 */
public class MergeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MergeTasklet.class);

    private final ArticleRepository articles;
    private final CaptureRepository captures;
    private final IncidentRepository incidents;
    private final IncidentMerger merger;
    private final Path correctionsFile;

    public MergeTasklet(ArticleRepository articles, CaptureRepository captures, IncidentRepository incidents,
                        IncidentMerger merger, Path correctionsFile) {
        this.articles = articles;
        this.captures = captures;
        this.incidents = incidents;
        this.merger = merger;
        this.correctionsFile = correctionsFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Incident> perArticle = articles.allArticleIncidents();
        IncidentMerger.Merged automatic = merger.mergeAll(perArticle);
        Corrections.Result corrected = Corrections.load(correctionsFile)
                .apply(automatic.incidents(), automatic.mergedIdOf());
        corrected.problems().forEach(problem -> log.warn("{}", problem));
        List<Incident> merged = corrected.incidents();
        // What the catalog held before, to tell the summary which incidents are new and which changed.
        Map<String, String> before = incidents.findAll().stream()
                .collect(Collectors.toMap(Incident::id, IncidentJson::write));
        int added = 0;
        int updated = 0;
        for (Incident incident : merged) {
            String previous = before.get(incident.id());
            if (previous == null) {
                added++;
            } else if (!previous.equals(IncidentJson.write(incident))) {
                updated++;
            }
        }
        Map<String, LocalDate> capturedOn = captureDates(merged);
        incidents.replaceAll(merged, incident -> incident.sources().stream()
                .map(s -> capturedOn.get(s.archive().recordId()))
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException("incident " + incident.id()
                        + " has no archived source")));
        log.info("{} incidents from {} article reports", merged.size(), perArticle.size());
        contribution.incrementWriteCount(merged.size());
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putInt("incidents", merged.size());
        context.putInt("incidentsNew", added);
        context.putInt("incidentsUpdated", updated);
        context.putInt("correctionProblems", corrected.problems().size());
        return RepeatStatus.FINISHED;
    }

    private Map<String, LocalDate> captureDates(List<Incident> merged) {
        Set<String> recordIds = merged.stream().flatMap(i -> i.sources().stream())
                .map(s -> s.archive().recordId()).collect(Collectors.toSet());
        Map<String, LocalDate> dates = new HashMap<>();
        for (Capture capture : captures.findAll(recordIds)) {
            dates.put(capture.archive().recordId(),
                    capture.capturedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
        }
        return dates;
    }
}
