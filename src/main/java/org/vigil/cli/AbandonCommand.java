package org.vigil.cli;

import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "abandon", mixinStandardHelpOptions = true,
        description = {"Give up a failed, stopped or killed run instead of resuming it.",
                "The run's id is in vigil history; the next run of the same command starts over from the beginning."})
class AbandonCommand extends VigilCommand {

    @Parameters(paramLabel = "EXECUTION-ID", description = "The run to abandon.")
    long executionId;

    @Override
    int run(VigilRuntime runtime) {
        try {
            var execution = runtime.abandon(executionId);
            out().println("run " + execution.getId() + " " + execution.getJobInstance().getJobName()
                    + " abandoned; the next run of the same command starts over");
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err().println("vigil abandon: " + e.getMessage());
            return ExitCodes.BAD_CONFIG;
        }
    }
}
