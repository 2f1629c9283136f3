package org.vigil.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every job command takes. */
public class JobOptions {

    @Option(names = "--job", paramLabel = "FILE", defaultValue = "jobs/nightly.yml",
            description = "Job file (default: ${DEFAULT-VALUE}).")
    Path job;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
            description = "Home folder: archive/ and output/ live here (default: current folder).")
    Path home;
}
