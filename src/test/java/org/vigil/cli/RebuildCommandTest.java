package org.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildCommandTest {

    @TempDir
    Path home;

    @Test
    void rebuildRendersAgainEveryPublishedBriefing() throws Exception {
        CommandRunner.Result nightly = run("nightly", "--date", "2026-11-24");
        assertThat(nightly.exitCode()).isZero();
        // A first night: every incident is new.
        assertThat(nightly.out()).containsPattern("; (\\d+) incidents \\(\\1 new, 0 updated\\); briefing ");
        assertThat(run("brief", "--from", "2026-11-01", "--to", "2026-11-24").exitCode()).isZero();
        Path daily = home.resolve("output/demo/daily/demo-2026-11-24.pdf");
        Path custom;
        try (var files = Files.list(home.resolve("output/demo/custom"))) {
            custom = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        Files.delete(daily);
        Files.delete(custom);

        CommandRunner.Result rebuild = run("rebuild");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).startsWith("rebuild demo: COMPLETED")
                .contains("44 articles extracted").contains("2 briefings rendered again");
        assertThat(daily).isNotEmptyFile();
        assertThat(custom).isNotEmptyFile();
        String index = Files.readString(home.resolve("output/demo/index.json"));
        assertThat(index.split("\"file\"", -1)).hasSize(3);
    }

    private CommandRunner.Result run(String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(new String[]{"--job", "jobs/demo.yml", "--home", home.toString()}, 0, args,
                command.length, 4);
        return CommandRunner.run(args);
    }
}
