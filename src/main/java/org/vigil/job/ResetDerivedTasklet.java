package org.vigil.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.store.ArticleRepository;
import org.vigil.store.IncidentRepository;

import java.util.Collection;
import java.util.List;

/**
 * First step of a rebuild: forgets what normalize derived from the job's sources, so it is derived
 * again from the archive. Merged incidents go too; the merge step recomputes them from every
 * source's articles, including those another host sharing the catalog normalized.
 */
public class ResetDerivedTasklet implements Tasklet {

    private final ArticleRepository articles;
    private final IncidentRepository incidents;
    private final Collection<String> sourceNames;

    public ResetDerivedTasklet(ArticleRepository articles, IncidentRepository incidents,
                               Collection<String> sourceNames) {
        this.articles = articles;
        this.incidents = incidents;
        this.sourceNames = List.copyOf(sourceNames);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        incidents.deleteAll();
        articles.deleteAll(sourceNames);
        return RepeatStatus.FINISHED;
    }
}
