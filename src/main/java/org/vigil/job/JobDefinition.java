package org.vigil.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.vigil.crawl.HarvestSettings;
import org.vigil.crawl.SourceConfig;
import org.vigil.report.MailSettings;
import org.vigil.report.Period;

import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
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
 * @param schedule    when {@code vigil serve} runs the nightly job: a Spring cron expression
 *                    (second minute hour day-of-month month day-of-week, e.g. {@code 0 0 2 * * *}), or null
 * @param timeZone    the time zone of the schedule and of "today" in scheduled runs (default: the system's)
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
                            String schedule,
                            String timeZone,
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
        if (schedule != null) {
            try {
                CronExpression.parse(schedule);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("schedule: bad cron expression '" + schedule + "' (expected six "
                        + "fields: second minute hour day-of-month month day-of-week): " + e.getMessage());
            }
        }
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("time-zone: unknown time zone '" + timeZone + "'");
            }
        }
    }

    JobDefinition withFile(Path file) {
        return copy(sources, harvest, file);
    }

    /** This job with its sources' {@code ${serve}} replaced by a running site server's address. */
    public JobDefinition servedFrom(String baseUrl) {
        return copy(sources.stream().map(s -> s.servedFrom(baseUrl)).toList(), harvest, file);
    }

    /** This job with other harvest settings (e.g. a backfill's {@code --since}). */
    public JobDefinition withHarvest(HarvestSettings newHarvest) {
        return copy(sources, newHarvest, file);
    }

    /** This job harvesting only {@code subset} of its sources (one host's share of a shared catalog). */
    public JobDefinition withSources(List<SourceConfig> subset) {
        return copy(subset, harvest, file);
    }

    private JobDefinition copy(List<SourceConfig> newSources, HarvestSettings newHarvest, Path newFile) {
        return new JobDefinition(name, operator, serve, newSources, newHarvest, topics, briefing, corrections, schedule,
                timeZone, newFile);
    }

    /** The cron schedule of {@code vigil serve}, or null when the job is not scheduled. */
    public CronExpression cron() {
        return schedule == null ? null : CronExpression.parse(schedule);
    }

    /** The zone the schedule and scheduled runs' dates are in. */
    public ZoneId zone() {
        return timeZone == null ? ZoneId.systemDefault() : ZoneId.of(timeZone);
    }

    /** The folder to serve during the run, or null. */
    public Path serveDirectory() {
        return serve == null ? null : besideJobFile(serve);
    }

    /** The analysts' corrections file (it need not exist). */
    public Path correctionsFile() {
        return besideJobFile(corrections);
    }

    /** Where to mail each briefing, with file paths taken from the job file's folder, or null. */
    public MailSettings mailSettings() {
        return briefing.mail() == null ? null : briefing.mail().withTrustFrom(besideJobFile("."));
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
