package org.vigil.cli;

import org.vigil.job.JobDefinition;
import org.vigil.job.JobDefinitions;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Discover new article pages of the job's sources and archive them into WARC files.")
class HarvestCommand extends JobRunCommand {

    @Option(names = "--since", paramLabel = "DATE|AGE",
            description = "Backfill: take feed and sitemap entries dated from this day on (2026-01-31, or an age "
                    + "like 30d), overriding the job file's harvest.since.")
    String since;

    @Override
    JobDefinition adjust(JobDefinition job) {
        if (since == null) {
            return job;
        }
        try {
            return job.withHarvest(job.harvest().withSince(since));
        } catch (IllegalArgumentException e) {
            throw new JobDefinitions.InvalidJobException("--since: " + e.getMessage());
        }
    }

    @Override
    int run(VigilRuntime runtime) {
        return runJob(runtime, "harvest", Map.of("job", runtime.settings().job().name()), true);
    }
}
