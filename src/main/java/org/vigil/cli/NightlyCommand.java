package org.vigil.cli;

import org.vigil.job.JobDefinition;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Harvest, normalize and brief: the job cron runs every night.",
                "A run is identified by job and date: after a failure the same command resumes it; "
                        + "after a success it reports 'already complete'."})
class NightlyCommand extends JobRunCommand {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The night to run for; the briefing covers the period ending that day (default: today).")
    LocalDate date;

    @Option(names = "--force", description = "Run again even if this night's run already completed.")
    boolean force;

    @Override
    int run(VigilRuntime runtime) {
        return runJob(runtime, "nightly", identity(runtime.settings().job(), date == null ? LocalDate.now() : date),
                force);
    }

    /** What identifies a night's run: job and date (and the briefing period it publishes). */
    static Map<String, String> identity(JobDefinition job, LocalDate date) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("job", job.name());
        identity.put("date", date.toString());
        identity.put("period", job.briefing().period().id());
        return identity;
    }
}
