package org.vigil.job;

import java.nio.file.Path;

/**
 * What one Vigil process runs on: its home folder and the job definition (with {@code ${serve}}
 * already resolved).
 */
public record RunSettings(Path home, JobDefinition job) {

    public Path warcDirectory() {
        return home.resolve("archive").resolve("warc");
    }

    public Path outputDirectory() {
        return home.resolve("output");
    }
}
