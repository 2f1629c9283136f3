package org.vigil.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Throughput and quality of {@link ArticleExtractor} on the shared benchmark, end to end per page:
 * gunzip, charset sniffing, parsing, extraction of text and all metadata. Pages are held in memory
 * compressed, so disk speed does not count. Runs warm-up rounds, then measured rounds, on a fixed
 * number of worker threads sharing one extractor; prints pages/s per round and the F1 of the result.
 *
 * <p>Besides wall-clock pages/s it prints pages per CPU-second of the workers times the thread
 * count: what the threads would do on cores of their own, which is the figure to read on a machine
 * that other work shares.
 *
 * <p>Arguments (all optional): threads (default 2), warm-up rounds (10), measured rounds (10).
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<BenchmarkPages.Page> pages = BenchmarkPages.load();
        ArticleExtractor extractor = new ArticleExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            String[] texts = new String[pages.size()];
            for (int i = 0; i < warmups; i++) {
                Rate rate = round(pages, extractor, pool, threads, texts);
                System.out.printf(Locale.ROOT, "warm-up %d: %.0f pages/s%n", i + 1, rate.wall());
            }
            double sum = 0;
            double best = 0;
            double cpuSum = 0;
            for (int i = 0; i < rounds; i++) {
                Rate rate = round(pages, extractor, pool, threads, texts);
                sum += rate.wall();
                cpuSum += rate.cpu();
                best = Math.max(best, rate.wall());
                System.out.printf(Locale.ROOT, "round %d: %.0f pages/s (%.0f pages/s on %d dedicated cores)%n",
                        i + 1, rate.wall(), rate.cpu(), threads);
            }
            ShingleScore score = new ShingleScore();
            for (int i = 0; i < pages.size(); i++) {
                score.add(pages.get(i).truth(), texts[i]);
            }
            ShingleScore.Result r = score.result();
            System.out.printf(Locale.ROOT, "%d pages, %d threads: mean %.0f pages/s, best %.0f pages/s wall clock; "
                    + "%.0f pages/s by CPU time%n", pages.size(), threads, sum / rounds, best, cpuSum / rounds);
            System.out.printf(Locale.ROOT, "F1 %.4f  precision %.4f  recall %.4f  (%d empty predictions)%n",
                    r.f1(), r.precision(), r.recall(), r.emptyPredictions());
        } finally {
            pool.shutdown();
        }
    }

    /** Pages per second of one round, by the wall clock and by the CPU time the workers used. */
    private record Rate(double wall, double cpu) {
    }

    /** Extracts every page once, the workers taking pages from a shared counter. */
    private static Rate round(List<BenchmarkPages.Page> pages, ArticleExtractor extractor, ExecutorService pool,
                              int threads, String[] texts) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            futures.add(pool.submit(() -> {
                long cpuStart = mx.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                    BenchmarkPages.Page page = pages.get(i);
                    texts[i] = extractor.extract(gunzip(page.gzipped()), null, page.url()).text();
                }
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSecondsPerThread = cpuNanos.get() / 1e9 / threads;
        return new Rate(pages.size() / wallSeconds, pages.size() / cpuSecondsPerThread);
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
