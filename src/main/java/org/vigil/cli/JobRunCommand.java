package org.vigil.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.vigil.job.Shard;
import org.vigil.job.VigilRuntime;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** A command that runs one Spring Batch job and reports how it went. */
abstract class JobRunCommand extends VigilCommand {

    /**
     * Runs the job, prints its one-line summary, and returns the exit code.
     *
     * @param identity job parameters that identify the run (same identity = same run, restartable)
     * @param force    start afresh even when a run with this identity already completed
     */
    int runJob(VigilRuntime runtime, String jobName, Map<String, String> identity, boolean force) {
        VigilRuntime.Outcome outcome = runtime.run(jobName, withShard(identity, options.shard), force);
        JobExecution execution = outcome.execution();
        RunSummary summary = RunSummary.of(runtime.settings().job().name(), jobName, execution);
        if (outcome.alreadyComplete()) {
            out().println(jobName + " " + runtime.settings().job().name() + " " + identity.getOrDefault("date", "")
                    + ": already complete (run " + execution.getId() + " finished "
                    + execution.getEndTime().truncatedTo(ChronoUnit.SECONDS) + "); use --force to run it again");
            return ExitCodes.OK;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err().println("vigil " + jobName + ": " + summary.failureReason()
                    + " (run it again to resume where it stopped)");
            out().println(summary.line());
            return ExitCodes.FAILED;
        }
        out().println(summary.line());
        return summary.failures() > 0 ? ExitCodes.COMPLETED_WITH_FAILURES : ExitCodes.OK;
    }

    /** Each shard's runs are its own: a host resumes its own failed run, never another host's. */
    static Map<String, String> withShard(Map<String, String> identity, String shard) {
        if (shard == null) {
            return identity;
        }
        Map<String, String> sharded = new LinkedHashMap<>(identity);
        sharded.put("shard", Shard.parse(shard).toString());
        return sharded;
    }
}
