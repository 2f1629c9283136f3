package org.vigil.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.vigil.archive.WarcFileWriter;
import org.vigil.crawl.Fetcher;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * harvest: discover article URLs into the frontier, then fetch and archive them in chunks. A run
 * that stops during the fetch step restarts there, with only the URLs still pending.
 */
@Configuration(proxyBeanMethods = false)
public class HarvestJobConfig {

    static final String SOFTWARE = "Vigil/" + Version.current();
    private static final long WARC_ROTATE_BYTES = 1L << 30;
    private static final int MAX_BODY_BYTES = 20 << 20;

    @Bean(destroyMethod = "close")
    WarcFileWriter warcFileWriter(RunSettings settings) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("software", SOFTWARE);
        info.put("operator", settings.job().operator());
        info.put("isPartOf", settings.job().name());
        info.put("description", "Vigil harvest of job " + settings.job().name());
        return new WarcFileWriter(settings.warcDirectory(), info, WARC_ROTATE_BYTES);
    }

    @Bean
    Fetcher fetcher(RunSettings settings) {
        return new Fetcher(SOFTWARE + " (+" + settings.job().operator() + ")", Duration.ofSeconds(30), MAX_BODY_BYTES);
    }

    @Bean
    Archivist archivist(WarcFileWriter warc, CaptureRepository captures) {
        return new Archivist(warc, captures);
    }

    @Bean
    Step harvestDiscoverStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                             Fetcher fetcher, Archivist archivist, CaptureRepository captures,
                             FrontierRepository frontier, FailureRepository failures) {
        return new StepBuilder("harvest-discover", jobRepository)
                .tasklet(new DiscoverTasklet(settings, fetcher, archivist, captures, frontier, failures), tx)
                .build();
    }

    @Bean
    Step harvestFetchStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                          Fetcher fetcher, Archivist archivist, FrontierRepository frontier,
                          FailureRepository failures) {
        return new StepBuilder("harvest-fetch", jobRepository)
                .<org.vigil.store.FrontierRepository.Entry, FetchProcessor.Fetched>chunk(10)
                .transactionManager(tx)
                .reader(new FrontierReader(frontier))
                .processor(new FetchProcessor(fetcher, settings.job().sources(), frontier, failures))
                .writer(new CaptureWriter(archivist, frontier))
                .build();
    }

    @Bean
    Job harvestJob(JobRepository jobRepository, Step harvestDiscoverStep, Step harvestFetchStep) {
        return new JobBuilder("harvest", jobRepository).start(harvestDiscoverStep).next(harvestFetchStep).build();
    }
}
