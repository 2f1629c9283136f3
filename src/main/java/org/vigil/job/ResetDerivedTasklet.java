package org.vigil.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.store.ArticleRepository;
import org.vigil.store.IncidentRepository;

/** First step of a rebuild: forgets everything normalize derived, so it is derived again from the archive. */
public class ResetDerivedTasklet implements Tasklet {

    private final ArticleRepository articles;
    private final IncidentRepository incidents;

    public ResetDerivedTasklet(ArticleRepository articles, IncidentRepository incidents) {
        this.articles = articles;
        this.incidents = incidents;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        incidents.deleteAll();
        articles.deleteAll();
        return RepeatStatus.FINISHED;
    }
}
