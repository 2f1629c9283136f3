package org.vigil.job;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The Spring context of a Vigil run: auto-configured data source, Flyway and Batch, plus the jobs. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({CatalogConfig.class, HarvestJobConfig.class, NormalizeJobConfig.class, BriefJobConfig.class,
        NightlyJobConfig.class})
public class VigilApplication {
}
