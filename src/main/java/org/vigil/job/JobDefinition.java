package org.vigil.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.vigil.crawl.HarvestSettings;
import org.vigil.crawl.SourceConfig;
import org.vigil.report.MailSettings;
import org.vigil.report.Period;

import java.nio.file.Path;
import java.util.List;

/**
 * A job file ({@code jobs/*.yml}): what to harvest and how to brief it. Loaded and validated by
 * {@link JobDefinitions}.
 *
 * @param name     job name, used in run identities and output paths
 * @param operator who runs it (goes into the WARC warcinfo, the User-Agent and PDF metadata)
 * @param serve    a folder, relative to the job file, that Vigil serves on a loopback port while the
 *                 job runs ({@code ${serve}} in source URLs stands for its address), or null
 * @param sources  the news sources
 * @param harvest  how to harvest (politeness, timeouts, retries, limits); all defaults when absent
 * @param topics   keywords of interest, or empty
 * @param briefing    how to brief
 * @param corrections analysts' corrections file, relative to the job file (default {@code corrections.yml})
 * @param file        the job file this was read from (not a YAML key)
 */
public record JobDefinition(@JsonProperty(required = true) String name,
                            String operator,
                            String serve,
                            @JsonProperty(required = true) List<SourceConfig> sources,
                            HarvestSettings harvest,
                            List<String> topics,
                            @JsonProperty(required = true) BriefingConfig briefing,
                            String corrections,
                            @JsonProperty(access = JsonProperty.Access.READ_ONLY) Path file) {

    public JobDefinition {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("name must be letters, digits, '.', '_' or '-' (it names files), got '"
                    + name + "'");
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("sources must list at least one source");
        }
        sources = List.copyOf(sources);
        topics = topics == null ? List.of() : List.copyOf(topics);
        operator = operator == null ? "unknown operator" : operator;
        harvest = harvest == null ? HarvestSettings.defaults() : harvest;
        corrections = corrections == null ? "corrections.yml" : corrections;
    }

    JobDefinition withFile(Path file) {
        return new JobDefinition(name, operator, serve, sources, harvest, topics, briefing, corrections, file);
    }

    /** This job with its sources' {@code ${serve}} replaced by a running site server's address. */
    public JobDefinition servedFrom(String baseUrl) {
        return new JobDefinition(name, operator, serve, sources.stream().map(s -> s.servedFrom(baseUrl)).toList(),
                harvest, topics, briefing, corrections, file);
    }

    /** This job with other harvest settings (e.g. a backfill's {@code --since}). */
    public JobDefinition withHarvest(HarvestSettings newHarvest) {
        return new JobDefinition(name, operator, serve, sources, newHarvest, topics, briefing, corrections, file);
    }

    /** The folder to serve during the run, or null. */
    public Path serveDirectory() {
        return serve == null ? null : besideJobFile(serve);
    }

    /** The analysts' corrections file (it need not exist). */
    public Path correctionsFile() {
        return besideJobFile(corrections);
    }

    private Path besideJobFile(String relative) {
        Path base = file == null || file.toAbsolutePath().getParent() == null ? Path.of(".")
                : file.toAbsolutePath().getParent();
        return base.resolve(relative).normalize();
    }

    /**
     * @param title  the briefing's title
     * @param period the default period of {@code brief} and of {@code nightly}: daily, weekly or monthly
     * @param mail   where to mail each briefing, or null
     */
    public record BriefingConfig(@JsonProperty(required = true) String title, Period.Kind period,
                                 MailSettings mail) {
        public BriefingConfig {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("briefing needs a title");
            }
            if (period == Period.Kind.CUSTOM) {
                throw new IllegalArgumentException("briefing period must be daily, weekly or monthly");
            }
            period = period == null ? Period.Kind.DAILY : period;
        }
    }
}
