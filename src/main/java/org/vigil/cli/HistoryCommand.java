package org.vigil.cli;

import org.springframework.batch.core.job.JobExecution;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the job file's runs, newest first: run id, job, period, status, start - end, "
                + "figures, and why a run failed.")
class HistoryCommand extends VigilCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show the newest N runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(VigilRuntime runtime) {
        if (limit < 1) {
            err().println("vigil history: --limit must be at least 1, got " + limit);
            return ExitCodes.BAD_CONFIG;
        }
        String job = runtime.settings().job().name();
        List<JobExecution> runs = runtime.history().recent(limit);
        if (runs.isEmpty()) {
            out().println("job " + job + " has not run yet");
        }
        runs.forEach(run -> out().println(RunSummary.of(job, run.getJobInstance().getJobName(), run).record()));
        return ExitCodes.OK;
    }
}
