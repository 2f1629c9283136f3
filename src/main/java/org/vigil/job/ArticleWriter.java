package org.vigil.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.vigil.store.ArticleRepository;

/** Stores normalized articles with the incidents each reports. */
public class ArticleWriter implements ItemWriter<NormalizeProcessor.Normalized> {

    private final ArticleRepository articles;

    public ArticleWriter(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public void write(Chunk<? extends NormalizeProcessor.Normalized> chunk) {
        for (NormalizeProcessor.Normalized item : chunk) {
            articles.add(item.capture().archive().recordId(), item.capture().sourceName(), item.article(),
                    item.incidents());
        }
    }
}
