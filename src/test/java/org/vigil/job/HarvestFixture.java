package org.vigil.job;

import org.vigil.cli.Vigil;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs Vigil commands in-process on a home folder, as a user would from the shell. */
final class HarvestFixture {

    /** Exit code and what the command printed. */
    record Run(int exitCode, String out, String err) {
    }

    private HarvestFixture() {
    }

    static Run vigil(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Vigil.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path job(Path dir, String yaml) throws IOException {
        return Files.writeString(dir.resolve("job.yml"), yaml);
    }
}
