package org.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.job.JobDefinitions;
import org.vigil.job.VigilRuntime;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** status, history and abandon on a home, and what a second process on the same home gets. */
class OperationsCommandsTest {

    @TempDir
    Path home;

    private CommandRunner.Result run(String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(new String[]{"--job", "jobs/demo.yml", "--home", home.toString()}, 0, args,
                command.length, 4);
        return CommandRunner.run(args);
    }

    @Test
    void aNewHomeHasNoRunsYet() {
        CommandRunner.Result status = run("status");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("catalog: 0 articles, 0 incidents")
                .contains("last nightly: never run\n").contains("last rebuild: never run\n")
                .contains("last harvest: never run on its own (each nightly run includes one)");
        assertThat(run("history").out()).isEqualTo("job demo has not run yet\n");
        assertThat(Files.exists(home.resolve("logs/vigil.log"))).isTrue();
    }

    @Test
    void badArgumentsAreBadConfiguration() {
        CommandRunner.Result limit = run("history", "--limit", "0");
        assertThat(limit.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(limit.err()).isEqualTo("vigil history: --limit must be at least 1, got 0\n");
        CommandRunner.Result shard = run("status", "--shard", "3/2");
        assertThat(shard.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(shard.err()).isEqualTo("vigil status: shard must be i/n with 1 <= i <= n, got 3/2\n");
        CommandRunner.Result abandon = run("abandon", "7");
        assertThat(abandon.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(abandon.err()).isEqualTo("vigil abandon: job demo has no run 7 (see vigil history)\n");
    }

    @Test
    void aSecondRunOnABusyHomeExitsFourAndTouchesNothing() {
        try (VigilRuntime busy = VigilRuntime.open(home, JobDefinitions.load(Path.of("jobs/demo.yml")))) {
            CommandRunner.Result second = run("nightly", "--date", "2026-11-24");
            assertThat(second.exitCode()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.err()).startsWith("vigil nightly: another Vigil process is running on " + home);
            assertThat(second.out()).isEmpty();
            assertThat(busy.history().recent(5)).isEmpty();
        }
    }
}
