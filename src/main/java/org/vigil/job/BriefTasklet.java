package org.vigil.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.incident.Incident;
import org.vigil.report.ArchiveFigures;
import org.vigil.report.Briefing;
import org.vigil.report.BriefingMailer;
import org.vigil.report.BriefingPublisher;
import org.vigil.report.MailResult;
import org.vigil.report.PublishedBriefing;
import org.vigil.report.Period;
import org.vigil.report.SourceArticle;
import org.vigil.store.ArticleRepository;
import org.vigil.store.CaptureRepository;
import org.vigil.store.IncidentRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * brief: renders and publishes the briefing of the period named by the job parameters
 * {@code period} (daily|weekly|monthly|custom), {@code date} (its last day) and, for a custom
 * period, {@code from} (its first day). A briefing lists the
 * incidents first reported in the period, compared with the period before.
 */
public class BriefTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BriefTasklet.class);

    private final RunSettings settings;
    private final IncidentRepository incidents;
    private final CaptureRepository captures;
    private final ArticleRepository articles;
    private final BriefingPublisher publisher;
    private final BriefingMailer mailer;

    /**
     * @param mailer sends each published briefing, or null when the job mails nothing
     */
    public BriefTasklet(RunSettings settings, IncidentRepository incidents, CaptureRepository captures,
                        ArticleRepository articles, BriefingPublisher publisher, BriefingMailer mailer) {
        this.settings = settings;
        this.incidents = incidents;
        this.captures = captures;
        this.articles = articles;
        this.publisher = publisher;
        this.mailer = mailer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobParameters parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        Period.Kind kind = Period.Kind.parse(parameters.getString("period"));
        LocalDate last = LocalDate.parse(parameters.getString("date"));
        Period period = kind == Period.Kind.CUSTOM
                ? Period.custom(LocalDate.parse(parameters.getString("from")), last)
                : Period.ending(kind, last);
        Briefing briefing = briefing(period);
        PublishedBriefing published = publisher.publish(briefing);
        contribution.incrementWriteCount(briefing.incidents().size());
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putString("pdf", settings.home().relativize(published.file().toAbsolutePath()).toString());
        if (mailer != null) {
            // The PDF is already published: a mail that cannot be sent is reported, never fatal.
            MailResult mail = mailer.send(briefing, published);
            if (!mail.sent()) {
                log.warn("briefing not mailed after {} attempts: {}", mail.attempts(), mail.reason());
                context.putString("mailFailure", mail.reason());
            }
        }
        return RepeatStatus.FINISHED;
    }

    Briefing briefing(Period period) {
        List<Incident> current = incidents.firstReportedBetween(period.from(), period.to());
        Period before = period.previous();
        List<Incident> previous = incidents.firstReportedBetween(before.from(), before.to());
        Set<String> inPeriod = current.stream().map(Incident::id).collect(Collectors.toSet());
        Set<String> referencedIds = current.stream().flatMap(i -> i.related().stream()).map(Incident.Related::id)
                .filter(id -> !inPeriod.contains(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
        JobDefinition job = settings.job();
        return new Briefing(job.name(), job.briefing().title(), job.operator(), period, current, previous,
                incidents.findAll(referencedIds),
                new ArchiveFigures(captures.count(), articles.count(), captures.countWarcFiles()),
                sources(current));
    }

    /** Every archived article the incidents cite, once, in capture order. */
    private List<SourceArticle> sources(List<Incident> cited) {
        Map<String, Incident.Source> byRecord = new LinkedHashMap<>();
        cited.stream().flatMap(i -> i.sources().stream()).forEach(s -> byRecord.putIfAbsent(s.archive().recordId(), s));
        return captures.findAll(byRecord.keySet()).stream().map(capture -> {
            Incident.Source source = byRecord.get(capture.archive().recordId());
            return new SourceArticle(source.url(), source.outlet(), source.title(),
                    source.published() == null ? null : OffsetDateTime.parse(source.published()),
                    capture.capturedAt().toInstant(), capture.archive());
        }).toList();
    }
}
