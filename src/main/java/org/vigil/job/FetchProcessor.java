package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.vigil.archive.HttpExchange;
import org.vigil.crawl.Discovery;
import org.vigil.crawl.Fetcher;
import org.vigil.crawl.SourceConfig;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fetches one queued URL. A fetch that fails is recorded as a failure and dropped from the chunk, so
 * one bad page never stops the harvest.
 */
public class FetchProcessor implements ItemProcessor<FrontierRepository.Entry, FetchProcessor.Fetched> {

    /** The exchanges of one fetch (redirect hops first) and the source it belongs to. */
    public record Fetched(FrontierRepository.Entry entry, List<HttpExchange> hops) {
    }

    private static final Logger log = LoggerFactory.getLogger(FetchProcessor.class);

    private final Fetcher fetcher;
    private final Map<String, SourceConfig> sources;
    private final FrontierRepository frontier;
    private final FailureRepository failures;

    public FetchProcessor(Fetcher fetcher, List<SourceConfig> sources, FrontierRepository frontier,
                          FailureRepository failures) {
        this.fetcher = fetcher;
        this.sources = sources.stream().collect(Collectors.toMap(SourceConfig::name, Function.identity()));
        this.frontier = frontier;
        this.failures = failures;
    }

    @Override
    public Fetched process(FrontierRepository.Entry entry) {
        SourceConfig source = sources.get(entry.sourceName());
        if (source == null) {
            return fail(entry, "source '" + entry.sourceName() + "' is no longer in the job file");
        }
        try {
            return new Fetched(entry, fetcher.fetch(URI.create(entry.url()), source::isAllowedHost));
        } catch (IOException | RuntimeException e) {
            return fail(entry, Discovery.describe(e));
        }
    }

    private Fetched fail(FrontierRepository.Entry entry, String reason) {
        log.warn("{}: {}", entry.url(), reason);
        frontier.failed(entry.url(), reason);
        failures.add(new FailureRepository.Failure(entry.url(), entry.sourceName(), OffsetDateTime.now(), 1, reason));
        return null;
    }
}
