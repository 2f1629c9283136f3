package org.vigil.cli;

import org.springframework.batch.core.job.JobExecution;
import org.vigil.job.RunHistory;
import org.vigil.job.VigilRuntime;
import org.vigil.store.ArticleRepository;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.IncidentRepository;
import picocli.CommandLine.Command;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show what the archive and catalog hold and how the last runs went.",
                "The last run of each job (status, start and end, figures, why it failed) and the pages the last "
                        + "harvest could not fetch."})
class StatusCommand extends VigilCommand {

    private static final List<String> JOBS = List.of("nightly", "harvest", "normalize", "brief", "rebuild");
    /** The jobs a nightly run is made of, which also run as commands of their own. */
    private static final List<String> NIGHTLY_STEPS = List.of("harvest", "normalize", "brief");

    @Override
    int run(VigilRuntime runtime) {
        CaptureRepository captures = runtime.bean(CaptureRepository.class);
        String job = runtime.settings().job().name();
        out().printf("home %s, job %s%n", runtime.settings().home(), job);
        out().printf("archive: %d WARC files, %d article captures, %d feed and %d page captures%n",
                captures.countWarcFiles(), captures.count(Capture.Kind.ARTICLE), captures.count(Capture.Kind.FEED),
                captures.count(Capture.Kind.PAGE));
        out().printf("catalog: %d articles, %d incidents%n", runtime.bean(ArticleRepository.class).count(),
                runtime.bean(IncidentRepository.class).count());
        RunHistory history = runtime.history();
        JobExecution lastHarvest = null;
        for (String batchJob : JOBS) {
            Optional<JobExecution> last = history.last(batchJob);
            if (last.isEmpty()) {
                out().printf("last %s: never run%s%n", batchJob, NIGHTLY_STEPS.contains(batchJob)
                        ? " on its own (each nightly run includes one)" : "");
                continue;
            }
            out().printf("last %s: %s%n", batchJob, RunSummary.of(job, batchJob, last.get()).record());
            boolean harvested = batchJob.equals("nightly") || batchJob.equals("harvest");
            if (harvested && last.get().getStartTime() != null && (lastHarvest == null
                    || last.get().getStartTime().isAfter(lastHarvest.getStartTime()))) {
                lastHarvest = last.get();
            }
        }
        if (lastHarvest != null) {
            var since = lastHarvest.getStartTime().atZone(ZoneId.systemDefault()).toOffsetDateTime();
            List<FailureRepository.Failure> failures = runtime.bean(FailureRepository.class).since(since);
            out().printf("failures of the last harvest: %d%n", failures.size());
            failures.forEach(f -> out().printf("  %s (%s, %d attempts): %s%n", f.url(), f.sourceName(), f.attempts(),
                    f.reason()));
        }
        return ExitCodes.OK;
    }
}
