package org.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees when a command cannot do its work. */
class CommandLineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "harvest", "normalize", "brief", "rebuild", "status", "export", "extract"})
    void everyCommandHasHelp(String command) {
        CommandRunner.Result help = CommandRunner.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: vigil " + command);
    }

    /** The command list shows only the first line of a command's header or else description: a whole sentence. */
    @Test
    void theCommandListSaysWhatEachCommandDoesInAWholeSentence() {
        Vigil.commandLine().getSubcommands().forEach((name, command) -> {
            CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            String[] shown = usage.header().length > 0 ? usage.header() : usage.description();
            assertThat(shown).as(name).isNotEmpty();
            assertThat(shown[0]).as(name).matches("[A-Z].*\\.");
        });
    }

    @Test
    void anUnreachableSourceFailsTheRunWithOneLineNamingIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path job = Files.writeString(dir.resolve("gone.yml"), """
                name: gone
                sources:
                  - name: Gone
                    feeds: ["http://127.0.0.1:%d/feed.xml"]
                    allow-hosts: ["127.0.0.1"]
                harvest:
                  allow-private-addresses: true   # the test site is on loopback
                  delay-seconds: 0
                briefing:
                  title: Nothing
                """.formatted(closedPort));
        CommandRunner.Result result = CommandRunner.run("nightly", "--job", job.toString(), "--home",
                dir.resolve("home").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("vigil nightly: no source could be read: http://127.0.0.1:" + closedPort + "/feed.xml");
    }

    @Test
    void aMissingJobFileIsABadConfiguration() {
        Path missing = dir.resolve("none.yml");
        CommandRunner.Result result = CommandRunner.run("harvest", "--job", missing.toString(), "--home",
                dir.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(result.err().strip()).isEqualTo(missing + ": no such job file");
        assertThat(dir.resolve("archive")).as("nothing touched").doesNotExist();
    }

    @Test
    void aBadOptionValueIsABadConfiguration() {
        CommandRunner.Result result = CommandRunner.run("brief", "--period", "hourly");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_CONFIG);
        assertThat(result.err()).contains("--period", "hourly");
    }
}
