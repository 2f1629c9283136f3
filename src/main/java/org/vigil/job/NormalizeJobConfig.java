package org.vigil.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.vigil.archive.ArchiveReader;
import org.vigil.extract.ArticleExtractor;
import org.vigil.incident.IncidentExtractor;
import org.vigil.incident.IncidentMerger;
import org.vigil.store.ArticleRepository;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.IncidentRepository;

/**
 * normalize: extract article and incidents from every archived article not yet normalized, then
 * merge incidents across articles. rebuild: forget all of that, normalize the whole archive again and
 * render every published briefing again.
 */
@Configuration(proxyBeanMethods = false)
public class NormalizeJobConfig {

    @Bean
    Step normalizeExtractStep(JobRepository jobRepository, PlatformTransactionManager tx,
                              CaptureRepository captures, NormalizeProcessor normalizeProcessor,
                              ArticleRepository articles, RunSettings settings) {
        return new StepBuilder("normalize-extract", jobRepository)
                .<Capture, NormalizeProcessor.Normalized>chunk(20)
                .transactionManager(tx)
                .reader(new PendingCaptureReader(captures, settings.sourceNames()))
                .processor(normalizeProcessor)
                .writer(new ArticleWriter(articles))
                .build();
    }

    /**
     * Step-scoped: the extractors load their models and the gazetteer (a second of start-up) only when
     * a step normalizes, not whenever a job is registered, e.g. for a harvest or a status.
     */
    @Bean
    @StepScope
    NormalizeProcessor normalizeProcessor(ArchiveReader archive) {
        return new NormalizeProcessor(archive, new ArticleExtractor(), new IncidentExtractor());
    }

    @Bean
    Step normalizeMergeStep(JobRepository jobRepository, PlatformTransactionManager tx, ArticleRepository articles,
                            CaptureRepository captures, IncidentRepository incidents, RunSettings settings) {
        return new StepBuilder("normalize-merge", jobRepository)
                .tasklet(new MergeTasklet(articles, captures, incidents, new IncidentMerger(),
                        settings.job().correctionsFile()), tx)
                .build();
    }

    @Bean
    Step rebuildResetStep(JobRepository jobRepository, PlatformTransactionManager tx, ArticleRepository articles,
                          IncidentRepository incidents, RunSettings settings) {
        return new StepBuilder("rebuild-reset", jobRepository)
                .tasklet(new ResetDerivedTasklet(articles, incidents, settings.sourceNames()), tx)
                .build();
    }

    @Bean
    Job normalizeJob(JobRepository jobRepository, Step normalizeExtractStep, Step normalizeMergeStep) {
        return new JobBuilder("normalize", jobRepository).start(normalizeExtractStep).next(normalizeMergeStep).build();
    }

    @Bean
    Job rebuildJob(JobRepository jobRepository, Step rebuildResetStep, Step normalizeExtractStep,
                   Step normalizeMergeStep, Step rebuildBriefStep) {
        return new JobBuilder("rebuild", jobRepository)
                .start(rebuildResetStep).next(normalizeExtractStep).next(normalizeMergeStep).next(rebuildBriefStep)
                .build();
    }
}
