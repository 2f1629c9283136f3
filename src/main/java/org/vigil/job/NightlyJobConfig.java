package org.vigil.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * nightly: harvest, normalize and brief in one job, so one run identity (job + date) covers the whole
 * night and a restart resumes at the step that failed.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfig {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step harvestDiscoverStep, Step harvestFetchStep,
                   Step normalizeExtractStep, Step normalizeMergeStep, Step briefStep) {
        return new JobBuilder("nightly", jobRepository)
                .start(harvestDiscoverStep)
                .next(harvestFetchStep)
                .next(normalizeExtractStep)
                .next(normalizeMergeStep)
                .next(briefStep)
                .build();
    }
}
