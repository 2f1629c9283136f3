package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.vigil.archive.HttpExchange;
import org.vigil.archive.WarcFileWriter;
import org.vigil.crawl.Fetcher;
import org.vigil.crawl.HtmlPage;
import org.vigil.crawl.RobotsCache;
import org.vigil.crawl.SourceConfig;
import org.vigil.store.Capture;
import org.vigil.store.FailureRepository;
import org.vigil.store.FrontierRepository;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Second half of a harvest: fetches the frontier's pending URLs on parallel threads (per-host
 * politeness in {@link HostQueue} and the fetcher) and archives what they bring back. Each call
 * archives what arrives for about a second, syncs the WARC file and lets Spring Batch commit the
 * catalog, so a crash loses at most in-flight fetches and the last second's catalog entries: the
 * former stay pending and are fetched on the next run, the latter are recovered from the WARC files.
 * A sync per page would cost more than the page: a disk under load takes 10-100 ms per sync.
 */
public class FetchTasklet implements Tasklet, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FetchTasklet.class);
    /** Results archived in one transaction at most, and the time one transaction collects them for. */
    private static final int MAX_BATCH = 5000;
    private static final long BATCH_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Pages are parsed (for outlinks and rel=canonical) from at most this many bytes, bounding memory. */
    private static final int PARSE_LIMIT = 4 << 20;
    /**
     * Bytes of fetched pages waiting to be archived: fetching runs ahead of archiving by at most this
     * much, enough to ride out a slow disk sync without holding many large pages in memory.
     */
    private static final int QUEUED_BYTES = 32 << 20;
    /** What a waiting result counts at least, so that a run of failures cannot queue without bound. */
    private static final int MIN_WEIGHT = 16 << 10;

    /** What a fetch thread hands back. */
    private record Fetched(FrontierRepository.Entry entry, Fetcher.Result result, HtmlPage page,
                           List<WarcFileWriter.Prepared> prepared, String problem) {

        /** The bytes it holds, as counted against {@link #QUEUED_BYTES}. */
        int weight() {
            long bytes = 0;
            for (WarcFileWriter.Prepared capture : prepared) {
                bytes += capture.bytes().length + capture.exchange().body().length;
            }
            return (int) Math.min(QUEUED_BYTES, Math.max(MIN_WEIGHT, bytes));
        }
    }

    private final RunSettings settings;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final RobotsArchive robotsArchive;
    private final Archivist archivist;
    private final ArchiveRecovery recovery;
    private final FrontierRepository frontier;
    private final FailureRepository failures;
    private final Map<String, SourceConfig> sources;

    private ExecutorService pool;
    private BlockingQueue<Fetched> results;
    private Semaphore queuedBytes;
    private AtomicInteger running;
    private Progress progress;
    private int done;
    private int failed;
    private int skipped;
    /**
     * The articles (canonical URL, else URL) this run archived: two queued URLs of one article, such
     * as an AMP copy and the page it names canonical, are archived once even when fetched together.
     */
    private final Set<String> articlesThisRun = new HashSet<>();

    public FetchTasklet(RunSettings settings, Fetcher fetcher, RobotsCache robots, RobotsArchive robotsArchive,
                        Archivist archivist, ArchiveRecovery recovery, FrontierRepository frontier,
                        FailureRepository failures) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.robots = robots;
        this.robotsArchive = robotsArchive;
        this.archivist = archivist;
        this.recovery = recovery;
        this.frontier = frontier;
        this.failures = failures;
        this.sources = settings.job().sources().stream()
                .collect(Collectors.toMap(SourceConfig::name, Function.identity()));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (pool == null) {
            start();
        }
        int archived = 0;
        int failedNow = 0;
        List<FrontierRepository.Outcome> outcomes = new ArrayList<>();
        long deadline = System.nanoTime() + BATCH_NANOS;
        boolean finished = false;
        while (!finished && outcomes.size() < MAX_BATCH && System.nanoTime() < deadline) {
            Fetched fetched = results.poll(100, TimeUnit.MILLISECONDS);
            if (fetched != null) {
                queuedBytes.release(fetched.weight());
                FrontierRepository.Outcome outcome = record(fetched);
                outcomes.add(outcome);
                switch (outcome.state()) {
                    case DONE -> archived++;
                    case FAILED -> failedNow++;
                    case SKIPPED -> skipped++;
                }
            }
            finished = running.get() == 0 && results.isEmpty();
        }
        frontier.record(outcomes);
        robotsArchive.drainInto(archivist);
        archivist.sync();
        done += outcomes.size();
        failed += failedNow;
        contribution.incrementWriteCount(archived);
        contribution.incrementFilterCount(failedNow);
        contribution.getStepExecution().getExecutionContext().putInt("skipped", skipped);
        progress.update(done, failed, finished);
        if (finished) {
            pool.shutdown();
            return RepeatStatus.FINISHED;
        }
        return RepeatStatus.CONTINUABLE;
    }

    private void start() throws IOException {
        // A run restarted after a crash begins here, not at discovery: what the crash left archived
        // but not indexed is indexed first, so that it is not fetched again.
        recovery.recoverAfterCrash();
        HostQueue queue = new HostQueue(frontier.pending(sources.keySet()), fetcher.gates(),
                settings.job().harvest().polite() ? settings.job().harvest().maxConnectionsPerHost()
                        : Integer.MAX_VALUE);
        int threads = settings.job().harvest().threads();
        results = new LinkedBlockingQueue<>();
        queuedBytes = new Semaphore(QUEUED_BYTES);
        running = new AtomicInteger(threads);
        progress = new Progress(queue.size());
        log.info("fetching {} pages on {} threads", queue.size(), threads);
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fetch");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                try {
                    FrontierRepository.Entry entry;
                    while ((entry = queue.take()) != null) {
                        try {
                            Fetched fetched = fetch(entry);
                            queuedBytes.acquire(fetched.weight());
                            results.put(fetched);
                        } finally {
                            queue.done(entry);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            });
        }
    }

    private Fetched fetch(FrontierRepository.Entry entry) throws InterruptedException {
        SourceConfig source = sources.get(entry.sourceName());
        if (source == null) {
            return new Fetched(entry, null, null, List.of(),
                    "source '" + entry.sourceName() + "' is no longer in the job file");
        }
        try {
            URI url = URI.create(entry.url());
            if (settings.job().harvest().polite() && !robots.rules(url).allows(url)) {
                return new Fetched(entry, new Fetcher.Result(url, List.of(), 0, null, "robots.txt disallows it"),
                        null, List.of(), null);
            }
            Fetcher.Result result = fetcher.fetch(url, source::isAllowedHost, true, null);
            HttpExchange last = result.last();
            HtmlPage page = null;
            if (result.ok() && last.status() == 200) {
                page = HtmlPage.parse(last.uri(), last.decodedBody(PARSE_LIMIT), last.responseHeader("Content-Type"));
            }
            return new Fetched(entry, result, page, prepare(entry, result, page), null);
        } catch (IOException | RuntimeException e) {
            return new Fetched(entry, null, null, List.of(), Fetcher.describe(e));
        }
    }

    /** Serialises every hop for the archive here, on the fetch thread, so the archiving thread only appends. */
    private static List<WarcFileWriter.Prepared> prepare(FrontierRepository.Entry entry, Fetcher.Result result,
                                                         HtmlPage page) {
        List<WarcFileWriter.Prepared> prepared = new ArrayList<>();
        URI via = null;
        for (HttpExchange hop : result.hops()) {
            boolean isLast = hop == result.last();
            Map<String, List<String>> metadata = new LinkedHashMap<>();
            if (via != null) {
                metadata.put("via", List.of(via.toString()));
            }
            if (isLast) {
                metadata.put("attempts", List.of(Integer.toString(result.attempts())));
            }
            prepared.add(Archivist.prepare(hop, entry.sourceName(), Capture.Kind.ARTICLE, isLast ? page : null,
                    metadata));
            via = hop.uri();
        }
        return prepared;
    }

    /** Archives what a fetch brought back; returns what became of its URL. */
    private FrontierRepository.Outcome record(Fetched fetched) {
        FrontierRepository.Entry entry = fetched.entry();
        if (fetched.problem() != null) {
            return fail(entry, fetched.problem(), 1);
        }
        Fetcher.Result result = fetched.result();
        HtmlPage page = fetched.page();
        HttpExchange last = result.last();
        URI article = page == null ? null : page.canonical() != null ? page.canonical() : last.uri();
        if (article != null && !articlesThisRun.add(article.toString())) {
            return FrontierRepository.Outcome.skipped(entry.url(), "duplicate of " + article
                    + ", archived already by this run");
        }
        if (page != null && page.canonical() != null && !page.canonical().equals(last.uri())
                && archivist.hasArticle(page.canonical().toString())) {
            return FrontierRepository.Outcome.skipped(entry.url(),
                    "duplicate of " + page.canonical() + ", archived already");
        }
        for (WarcFileWriter.Prepared capture : fetched.prepared()) {
            boolean isLast = capture.exchange() == last;
            archivist.archive(capture, entry.sourceName(), Capture.Kind.ARTICLE,
                    isLast && page != null && page.canonical() != null ? page.canonical().toString() : null);
        }
        if (result.failure() != null) {
            return fail(entry, result.failure(), result.attempts());
        }
        if (result.skipped() != null) {
            log.info("{}: skipped: {}", entry.url(), result.skipped());
            return FrontierRepository.Outcome.skipped(entry.url(), result.skipped());
        }
        return FrontierRepository.Outcome.done(entry.url(), result.attempts());
    }

    private FrontierRepository.Outcome fail(FrontierRepository.Entry entry, String reason, int attempts) {
        log.warn("{}: {}", entry.url(), reason);
        failures.add(new FailureRepository.Failure(entry.url(), entry.sourceName(), OffsetDateTime.now(), attempts,
                reason));
        return FrontierRepository.Outcome.failed(entry.url(), reason, attempts);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (pool != null) {
            pool.shutdownNow();
        }
        return stepExecution.getExitStatus();
    }
}
