package org.vigil.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.vigil.report.BriefingMailer;
import org.vigil.report.BriefingPublisher;
import org.vigil.report.MailSettings;
import org.vigil.store.ArticleRepository;
import org.vigil.store.CaptureRepository;
import org.vigil.store.IncidentRepository;

/** brief: render and publish the briefing of one period; rebuild-brief: render again all published ones. */
@Configuration(proxyBeanMethods = false)
public class BriefJobConfig {

    @Bean
    Step briefStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                   IncidentRepository incidents, CaptureRepository captures, ArticleRepository articles) {
        MailSettings mail = settings.job().mailSettings();
        return new StepBuilder("brief", jobRepository)
                .tasklet(new BriefTasklet(settings, incidents, captures, articles,
                        new BriefingPublisher(settings.outputDirectory()),
                        mail == null ? null : new BriefingMailer(mail)), tx)
                .build();
    }

    @Bean
    Step rebuildBriefStep(JobRepository jobRepository, PlatformTransactionManager tx, RunSettings settings,
                          IncidentRepository incidents, CaptureRepository captures, ArticleRepository articles) {
        BriefingPublisher publisher = new BriefingPublisher(settings.outputDirectory());
        return new StepBuilder("rebuild-brief", jobRepository)
                .tasklet(new RebriefTasklet(settings,
                        new BriefTasklet(settings, incidents, captures, articles, publisher, null), publisher), tx)
                .build();
    }

    @Bean
    Job briefJob(JobRepository jobRepository, Step briefStep) {
        return new JobBuilder("brief", jobRepository).start(briefStep).build();
    }
}
