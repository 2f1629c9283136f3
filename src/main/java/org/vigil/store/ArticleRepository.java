package org.vigil.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigil.extract.Article;
import org.vigil.incident.Incident;
import org.vigil.incident.IncidentJson;

import java.util.Collection;
import java.util.List;

/** Extracted articles and the incidents each one reports, keyed by the archived record they came from. */
public class ArticleRepository {

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String recordId, String outlet, Article article, List<Incident> incidents) {
        jdbc.sql("""
                        INSERT INTO article (record_id, url, canonical_url, outlet, title, published, language, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(recordId, article.url(), article.canonicalUrl(), outlet, article.title(),
                        article.published(), article.language(), article.text())
                .update();
        for (int i = 0; i < incidents.size(); i++) {
            jdbc.sql("INSERT INTO article_incident (record_id, ordinal, document) VALUES (?, ?, ?)")
                    .params(recordId, i, IncidentJson.write(incidents.get(i)))
                    .update();
        }
    }

    /** Every per-article incident, in a fixed order so merging is reproducible. */
    public List<Incident> allArticleIncidents() {
        return jdbc.sql("SELECT document FROM article_incident ORDER BY record_id, ordinal")
                .query((rs, n) -> IncidentJson.read(rs.getString(1))).list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Integer.class).single();
    }

    /**
     * Forgets the extracted articles of these sources and their incidents (rebuild). Other sources'
     * articles, normalized by another host sharing the catalog, stay.
     */
    public void deleteAll(Collection<String> sourceNames) {
        jdbc.sql("""
                        DELETE FROM article_incident WHERE record_id IN
                            (SELECT record_id FROM article WHERE outlet IN (:sources))""")
                .param("sources", sourceNames).update();
        jdbc.sql("DELETE FROM article WHERE outlet IN (:sources)").param("sources", sourceNames).update();
    }
}
