package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * Quality floor on the shared article-extraction benchmark (181 real news pages), scored with the
 * same shingle metric as {@code shared/bench/score_extraction.py}.
 */
class BenchmarkQualityTest {

    @Test
    void meetsTheF1AndPrecisionFloorWithNoEmptyPage() throws IOException {
        List<BenchmarkPages.Page> pages = BenchmarkPages.load();
        ArticleExtractor extractor = new ArticleExtractor();
        ShingleScore score = new ShingleScore();
        for (BenchmarkPages.Page page : pages) {
            byte[] html;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
                html = in.readAllBytes();
            }
            score.add(page.truth(), extractor.extract(html, null, page.url()).text());
        }
        ShingleScore.Result r = score.result();

        assertThat(r.documents()).isEqualTo(181);
        assertThat(r.emptyPredictions()).as("pages with empty text").isZero();
        assertThat(r.f1()).as("F1 (precision %.4f, recall %.4f)", r.precision(), r.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    }
}
