package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.report.BriefingPublisher;
import org.vigil.report.Period;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Last step of a rebuild: renders again every briefing the job's {@code output/<job>/index.json}
 * lists, from the rebuilt catalog, so the published briefings match what the archive now yields.
 * Nothing is mailed: those briefings went out when they were first published.
 */
public class RebriefTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RebriefTasklet.class);

    private final RunSettings settings;
    private final BriefTasklet briefs;
    private final BriefingPublisher publisher;

    public RebriefTasklet(RunSettings settings, BriefTasklet briefs, BriefingPublisher publisher) {
        this.settings = settings;
        this.briefs = briefs;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        List<Period> periods = publishedPeriods(settings.outputDirectory().resolve(settings.job().name())
                .resolve("index.json"));
        for (Period period : periods) {
            publisher.publish(briefs.briefing(period));
            contribution.incrementWriteCount(1);
        }
        log.info("{} briefings rendered again", periods.size());
        return RepeatStatus.FINISHED;
    }

    /** The periods of the briefings an index lists; none when there is no index yet. */
    static List<Period> publishedPeriods(Path index) throws IOException {
        if (!Files.exists(index)) {
            return List.of();
        }
        List<Period> periods = new ArrayList<>();
        try {
            for (JsonNode entry : JsonMapper.builder().build().readTree(index.toFile()).path("briefings")) {
                JsonNode period = entry.path("period");
                Period.Kind kind = Period.Kind.parse(period.path("kind").asString());
                LocalDate from = LocalDate.parse(period.path("from").asString());
                LocalDate to = LocalDate.parse(period.path("to").asString());
                periods.add(kind == Period.Kind.CUSTOM ? Period.custom(from, to) : Period.ending(kind, to));
            }
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new IOException(index + ": not a briefing index Vigil can read: " + e.getMessage(), e);
        }
        return periods;
    }
}
