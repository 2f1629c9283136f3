package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.archive.ArchiveReader;
import org.vigil.archive.HttpExchange;
import org.vigil.crawl.Discovery;
import org.vigil.crawl.Fetcher;
import org.vigil.crawl.HarvestSettings;
import org.vigil.crawl.RobotsCache;
import org.vigil.crawl.SourceConfig;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * First half of a harvest: brings the catalog in line with the archive after a crash, then reads
 * every source's feeds, section pages and sitemaps (archiving them, as revisits when unchanged) and
 * queues the article URLs not archived yet. Fails the step only when no listing of any source could
 * be read.
 */
public class DiscoverTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);

    private final RunSettings settings;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final RobotsArchive robotsArchive;
    private final Archivist archivist;
    private final ArchiveRecovery recovery;
    private final ArchiveReader reader;
    private final CaptureRepository captures;
    private final FrontierRepository frontier;
    private final FailureRepository failures;

    public DiscoverTasklet(RunSettings settings, Fetcher fetcher, RobotsCache robots, RobotsArchive robotsArchive,
                           Archivist archivist, ArchiveRecovery recovery, ArchiveReader reader,
                           CaptureRepository captures, FrontierRepository frontier, FailureRepository failures) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.robots = robots;
        this.robotsArchive = robotsArchive;
        this.archivist = archivist;
        this.recovery = recovery;
        this.reader = reader;
        this.captures = captures;
        this.frontier = frontier;
        this.failures = failures;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ArchiveRecovery.Result recovered = recovery.recoverAfterCrash();
        HarvestSettings harvest = settings.job().harvest();
        LocalDate sinceDate = harvest.sinceDate(LocalDate.now(ZoneOffset.UTC));
        List<String> problems = new ArrayList<>();
        Listener listener = new Listener(problems);
        Discovery discovery = new Discovery(fetcher, robots, harvest.polite(),
                sinceDate == null ? null : sinceDate.atStartOfDay().toInstant(ZoneOffset.UTC), listener);
        int listingsRead = 0;
        int queued = 0;
        for (SourceConfig source : settings.job().sources()) {
            Discovery.Result result = discovery.discover(source);
            listingsRead += result.listingsRead();
            Set<URI> known = listener.known(result.articles());
            queued += frontier.offer(result.articles().stream().filter(url -> !known.contains(url))
                    .map(URI::toString).toList(), source.name(), OffsetDateTime.now());
            robotsArchive.drainInto(archivist);
            log.info("{}: {} article links, {} listings read, {} failed", source.name(), result.articles().size(),
                    result.listingsRead(), result.listingsFailed());
        }
        archivist.sync();
        if (listingsRead == 0) {
            throw new HarvestException("no source could be read: " + String.join("; ", problems));
        }
        contribution.incrementWriteCount(queued);
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putInt("discoveryFailures", problems.size());
        context.putInt("recoveredCaptures", recovered.capturesAdded());
        context.putInt("repairedTails", recovered.tailsRepaired());
        return RepeatStatus.FINISHED;
    }

    /** Archives listings and answers discovery's questions from the catalog and the archive. */
    private final class Listener implements Discovery.Listener {

        private final List<String> problems;
        /** Answers of {@link #known}: a section page and the queueing both ask about each link. */
        private final Map<URI, Boolean> archived = new HashMap<>();

        Listener(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void fetched(SourceConfig source, Fetcher.Result result, Discovery.ListingKind kind) {
            Capture.Kind captureKind = switch (kind) {
                case FEED -> Capture.Kind.FEED;
                case PAGE -> Capture.Kind.PAGE;
                case SITEMAP -> Capture.Kind.SITEMAP;
            };
            for (HttpExchange hop : result.hops()) {
                archivist.archive(hop, source.name(), captureKind, null,
                        Map.of("attempts", List.of(Integer.toString(result.attempts()))), true);
            }
        }

        @Override
        public void failed(SourceConfig source, URI url, String reason, int attempts) {
            problems.add(url + ": " + reason);
            failures.add(new FailureRepository.Failure(url.toString(), source.name(), OffsetDateTime.now(),
                    attempts, reason));
            log.warn("{}: {}", url, reason);
        }

        @Override
        public Fetcher.Validators validators(URI url) {
            return captures.lastOriginal(url.toString())
                    .map(o -> new Fetcher.Validators(o.etag(), o.lastModified()))
                    .filter(v -> !v.isEmpty()).orElse(null);
        }

        @Override
        public byte[] lastBody(URI url) throws IOException {
            var original = captures.lastOriginal(url.toString())
                    .orElseThrow(() -> new IOException("304 Not Modified, but no earlier capture is archived"));
            return reader.read(original.capture().archive()).payload();
        }

        @Override
        public Set<URI> known(Collection<URI> articles) {
            List<String> unasked = articles.stream().filter(a -> !archived.containsKey(a)).map(URI::toString).toList();
            Set<String> found = captures.archivedArticles(unasked);
            unasked.forEach(a -> archived.put(URI.create(a), found.contains(a)));
            return articles.stream().filter(archived::get).collect(Collectors.toSet());
        }
    }

    /** A harvest that cannot do anything useful; the message is the one line the user sees. */
    public static class HarvestException extends RuntimeException {
        public HarvestException(String message) {
            super(message);
        }
    }
}
