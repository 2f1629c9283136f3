package org.vigil.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.vigil.archive.ArchiveReader;
import org.vigil.archive.WarcFileWriter;
import org.vigil.crawl.Fetcher;
import org.vigil.crawl.HarvestSettings;
import org.vigil.crawl.HostGates;
import org.vigil.crawl.RobotsCache;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * harvest: recover the catalog from the archive after a crash and discover article URLs into the
 * frontier, then fetch and archive them. A run that stops during the fetch step restarts there,
 * with only the URLs still pending.
 */
@Configuration(proxyBeanMethods = false)
public class HarvestJobConfig {

    static final String SOFTWARE = "Vigil/" + Version.current();

    @Bean(destroyMethod = "close")
    WarcFileWriter warcFileWriter(RunSettings settings) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("software", SOFTWARE + " (jwarc, crawler-commons, Rome)");
        info.put("operator", settings.job().operator());
        info.put("isPartOf", settings.job().name());
        info.put("description", "Vigil harvest of job " + settings.job().name());
        info.put("http-header-user-agent", userAgent(settings));
        info.put("robots", settings.job().harvest().polite() ? "obey" : "ignore");
        return new WarcFileWriter(settings.warcDirectory(), info, settings.job().harvest().warcRotateBytes());
    }

    /** {@code Vigil/1.0 (+contact)}: names the software and how to reach whoever runs it. */
    static String userAgent(RunSettings settings) {
        HarvestSettings harvest = settings.job().harvest();
        String contact = harvest.contact() != null ? harvest.contact() : settings.job().operator();
        return SOFTWARE + " (+" + contact.replaceAll("[\\r\\n()]", " ").strip() + ")";
    }

    @Bean
    Fetcher fetcher(RunSettings settings) {
        HarvestSettings harvest = settings.job().harvest();
        return new Fetcher(harvest, userAgent(settings),
                new HostGates(harvest.polite(), harvest.maxConnectionsPerHost(), harvest.delay()));
    }

    @Bean
    RobotsArchive robotsArchive() {
        return new RobotsArchive();
    }

    @Bean
    RobotsCache robotsCache(Fetcher fetcher, RobotsArchive robotsArchive) {
        return new RobotsCache(fetcher, robotsArchive::add);
    }

    @Bean
    Archivist archivist(WarcFileWriter warc, CaptureRepository captures) {
        return new Archivist(warc, captures);
    }

    @Bean
    ArchiveRecovery archiveRecovery(RunSettings settings, CaptureRepository captures, FrontierRepository frontier) {
        return new ArchiveRecovery(settings.warcDirectory(), settings.home().resolve("archive").resolve("damaged"),
                captures, frontier);
    }

    @Bean
    Step harvestDiscoverStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                             Fetcher fetcher, RobotsCache robots, RobotsArchive robotsArchive, Archivist archivist,
                             ArchiveRecovery recovery, ArchiveReader reader, CaptureRepository captures,
                             FrontierRepository frontier, FailureRepository failures) {
        return new StepBuilder("harvest-discover", jobRepository)
                .tasklet(new DiscoverTasklet(settings, fetcher, robots, robotsArchive, archivist, recovery, reader,
                        captures, frontier, failures), tx)
                .build();
    }

    @Bean
    Step harvestFetchStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                          Fetcher fetcher, RobotsCache robots, RobotsArchive robotsArchive, Archivist archivist,
                          ArchiveRecovery recovery, FrontierRepository frontier, FailureRepository failures) {
        FetchTasklet tasklet = new FetchTasklet(settings, fetcher, robots, robotsArchive, archivist, recovery,
                frontier, failures);
        return new StepBuilder("harvest-fetch", jobRepository)
                .tasklet(tasklet, tx)
                .listener(tasklet)
                .build();
    }

    @Bean
    Job harvestJob(JobRepository jobRepository, Step harvestDiscoverStep, Step harvestFetchStep) {
        return new JobBuilder("harvest", jobRepository).start(harvestDiscoverStep).next(harvestFetchStep).build();
    }
}
