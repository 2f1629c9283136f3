package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.archive.HttpExchange;
import org.vigil.crawl.Discovery;
import org.vigil.crawl.Fetcher;
import org.vigil.crawl.SourceConfig;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * First half of a harvest: reads every source's feeds and section pages (archiving them) and queues
 * the article URLs not archived yet. Fails the step only when no listing of any source could be read.
 */
public class DiscoverTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);

    private final RunSettings settings;
    private final Fetcher fetcher;
    private final Archivist archivist;
    private final CaptureRepository captures;
    private final FrontierRepository frontier;
    private final FailureRepository failures;

    public DiscoverTasklet(RunSettings settings, Fetcher fetcher, Archivist archivist, CaptureRepository captures,
                           FrontierRepository frontier, FailureRepository failures) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.archivist = archivist;
        this.captures = captures;
        this.frontier = frontier;
        this.failures = failures;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<String> problems = new ArrayList<>();
        Discovery discovery = new Discovery(fetcher, new Discovery.Listener() {
            @Override
            public void fetched(SourceConfig source, HttpExchange exchange, boolean feed) {
                archivist.archive(exchange, source.name(), feed ? Capture.Kind.FEED : Capture.Kind.PAGE);
            }

            @Override
            public void failed(SourceConfig source, URI url, String reason) {
                problems.add(url + ": " + reason);
                failures.add(new FailureRepository.Failure(url.toString(), source.name(), OffsetDateTime.now(), 1,
                        reason));
                log.warn("{}: {}", url, reason);
            }
        });
        int listingsRead = 0;
        int queued = 0;
        for (SourceConfig source : settings.job().sources()) {
            Discovery.Result result = discovery.discover(source);
            listingsRead += result.listingsRead();
            for (URI url : result.articles()) {
                String address = url.toString();
                if (captures.hasArticle(address)) {
                    continue;
                }
                frontier.retry(address);
                if (frontier.offer(address, source.name(), OffsetDateTime.now())) {
                    queued++;
                }
            }
            log.info("{}: {} article links, {} listings read, {} failed", source.name(), result.articles().size(),
                    result.listingsRead(), result.listingsFailed());
        }
        if (listingsRead == 0) {
            throw new HarvestException("no source could be read: " + String.join("; ", problems));
        }
        contribution.incrementWriteCount(queued);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("discoveryFailures",
                problems.size());
        return RepeatStatus.FINISHED;
    }

    /** A harvest that cannot do anything useful; the message is the one line the user sees. */
    public static class HarvestException extends RuntimeException {
        public HarvestException(String message) {
            super(message);
        }
    }
}
