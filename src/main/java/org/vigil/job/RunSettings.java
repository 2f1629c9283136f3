package org.vigil.job;

import org.vigil.crawl.SourceConfig;

import java.nio.file.Path;
import java.util.List;

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

    /** The names of the sources this process harvests and normalizes (its shard of the job). */
    public List<String> sourceNames() {
        return job.sources().stream().map(SourceConfig::name).toList();
    }
}
