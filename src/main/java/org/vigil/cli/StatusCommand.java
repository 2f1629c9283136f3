package org.vigil.cli;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.vigil.job.VigilRuntime;
import org.vigil.store.ArticleRepository;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.IncidentRepository;
import picocli.CommandLine.Command;

import java.time.ZoneId;
import java.util.List;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show what the archive and catalog hold and how the last runs went.")
class StatusCommand extends VigilCommand {

    private static final List<String> JOBS = List.of("nightly", "harvest", "normalize", "brief", "rebuild");

    @Override
    int run(VigilRuntime runtime) {
        CaptureRepository captures = runtime.bean(CaptureRepository.class);
        out().printf("home %s, job %s%n", runtime.settings().home(), runtime.settings().job().name());
        out().printf("archive: %d WARC files, %d article captures, %d feed and %d page captures%n",
                captures.countWarcFiles(), captures.count(Capture.Kind.ARTICLE), captures.count(Capture.Kind.FEED),
                captures.count(Capture.Kind.PAGE));
        out().printf("catalog: %d articles, %d incidents%n", runtime.bean(ArticleRepository.class).count(),
                runtime.bean(IncidentRepository.class).count());
        JobRepository repository = runtime.bean(JobRepository.class);
        JobExecution lastHarvest = null;
        for (String job : JOBS) {
            JobInstance instance = repository.getLastJobInstance(job);
            JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            RunSummary summary = RunSummary.of(runtime.settings().job().name(), job, last);
            out().printf("last %s: run %d started %s: %s%n", job, last.getId(), last.getStartTime(), summary.line());
            boolean harvested = job.equals("nightly") || job.equals("harvest");
            if (harvested && (lastHarvest == null || last.getStartTime().isAfter(lastHarvest.getStartTime()))) {
                lastHarvest = last;
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
