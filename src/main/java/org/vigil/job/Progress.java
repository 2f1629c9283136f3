package org.vigil.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;

/**
 * Harvest progress: a bar redrawn in place on a terminal, a log line every so often otherwise
 * (cron mail, CI logs), so a long run shows it is alive without flooding the log.
 */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final int total;
    private final boolean terminal;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastShown = start;

    Progress(int total) {
        this(total, System.console() != null, System.err);
    }

    Progress(int total, boolean terminal, PrintStream out) {
        this.total = total;
        this.terminal = terminal;
        this.out = out;
    }

    /** Shows the figures if it is time to; {@code last} always shows (and ends the bar's line). */
    void update(int done, int failed, boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastShown < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastShown = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        if (terminal) {
            int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * Math.min(done, total) / total);
            out.printf("\r[%s%s] %d/%d pages  %.1f pages/s  %d failed", "#".repeat(filled),
                    "-".repeat(BAR_WIDTH - filled), done, total, rate, failed);
            if (last) {
                out.println();
            }
            out.flush();
        } else if (!last || done > 0) {
            log.info("harvest progress: {}/{} pages, {} pages/s, {} failed", done, total,
                    String.format("%.1f", rate), failed);
        }
    }
}
