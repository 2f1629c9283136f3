package org.vigil.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.archive.ArchiveReader;
import org.vigil.store.ArticleRepository;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;
import org.vigil.store.IncidentRepository;

/** The catalog's repositories and the archive reader, shared by all jobs. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfig {

    @Bean
    CaptureRepository captureRepository(JdbcOperations jdbc) {
        return new CaptureRepository(jdbc);
    }

    @Bean
    FrontierRepository frontierRepository(JdbcOperations jdbc) {
        return new FrontierRepository(jdbc);
    }

    @Bean
    FailureRepository failureRepository(JdbcClient jdbc) {
        return new FailureRepository(jdbc);
    }

    @Bean
    ArticleRepository articleRepository(JdbcClient jdbc) {
        return new ArticleRepository(jdbc);
    }

    @Bean
    IncidentRepository incidentRepository(JdbcClient jdbc) {
        return new IncidentRepository(jdbc);
    }

    @Bean
    ArchiveReader archiveReader(RunSettings settings) {
        return new ArchiveReader(settings.warcDirectory());
    }
}
