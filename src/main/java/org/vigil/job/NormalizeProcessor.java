package org.vigil.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.vigil.archive.ArchiveReader;
import org.vigil.archive.ArchivedResponse;
import org.vigil.extract.Article;
import org.vigil.extract.ArticleExtractor;
import org.vigil.incident.Incident;
import org.vigil.incident.IncidentExtractor;
import org.vigil.store.Capture;

import java.util.List;

/**
 * Turns one archived article response into its article and the incidents it reports. It reads the
 * archive, never the web, so normalize and rebuild see exactly the bytes harvest stored.
 */
public class NormalizeProcessor implements ItemProcessor<Capture, NormalizeProcessor.Normalized> {

    /** What normalize stores for one capture. */
    public record Normalized(Capture capture, Article article, List<Incident> incidents) {
    }

    private final ArchiveReader archive;
    private final ArticleExtractor articles;
    private final IncidentExtractor incidents;

    public NormalizeProcessor(ArchiveReader archive, ArticleExtractor articles, IncidentExtractor incidents) {
        this.archive = archive;
        this.articles = articles;
        this.incidents = incidents;
    }

    @Override
    public Normalized process(Capture capture) {
        ArchivedResponse response = archive.read(capture.archive());
        Article article = articles.extract(response.payload(), response.contentType(), capture.url());
        Incident.Source source = new Incident.Source(capture.url(), article.title(), capture.sourceName(),
                article.published() == null ? null : article.published().toString(), Incident.SourceRole.MAIN,
                capture.archive());
        return new Normalized(capture, article, incidents.extract(article, source));
    }
}
