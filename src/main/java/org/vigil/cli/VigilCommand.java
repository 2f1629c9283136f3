package org.vigil.cli;

import org.vigil.job.AlreadyRunningException;
import org.vigil.job.JobDefinition;
import org.vigil.job.JobDefinitions;
import org.vigil.job.VigilRuntime;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that works on a home folder with a job file: loads and validates the job, opens the
 * runtime, and turns every expected failure into one line on stderr and an exit code.
 */
abstract class VigilCommand implements Callable<Integer> {

    @Mixin
    JobOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        JobDefinition job;
        try {
            job = adjust(options.shardOf(JobDefinitions.load(options.job)));
        } catch (JobDefinitions.InvalidJobException e) {
            err().println(e.getMessage());
            return ExitCodes.BAD_CONFIG;
        } catch (IllegalArgumentException e) {
            err().println("vigil " + spec.name() + ": " + e.getMessage());
            return ExitCodes.BAD_CONFIG;
        }
        GracefulStop stop = new GracefulStop();
        try (VigilRuntime runtime = VigilRuntime.open(options.home, job, options.db)) {
            stop.onStop(runtime::stopRunning);
            return run(runtime);
        } catch (AlreadyRunningException e) {
            err().println("vigil " + spec.name() + ": " + e.getMessage());
            return ExitCodes.ALREADY_RUNNING;
        } catch (RuntimeException e) {
            err().println("vigil " + spec.name() + ": " + Messages.oneLine(e));
            return ExitCodes.FAILED;
        } finally {
            stop.close();
        }
    }

    /**
     * The job as this command runs it: command-line options may override job-file settings.
     *
     * @throws JobDefinitions.InvalidJobException when an override is invalid
     */
    JobDefinition adjust(JobDefinition job) {
        return job;
    }

    /** Does the command's work; returns the exit code. */
    abstract int run(VigilRuntime runtime);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
