package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs Vigil commands in-process, as a user would type them, and keeps what they print. */
final class CommandRunner {

    /** Exit code, standard output and standard error of one command. */
    record Result(int exitCode, String out, String err) {
    }

    private CommandRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Vigil.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
