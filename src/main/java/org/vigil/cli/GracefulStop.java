package org.vigil.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What SIGTERM (systemd stop, kill, Ctrl-C) does while a command works: the work in progress is asked
 * to stop at a safe point (a running step stops at its next chunk boundary) and the JVM exits only
 * once the command has wound down, so the run is recorded STOPPED and resumes on the next start.
 */
final class GracefulStop implements AutoCloseable {

    /** How long an exit waits for the work to wind down; systemd's default stop timeout is 90 s. */
    static final Duration PATIENCE = Duration.ofSeconds(80);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable askToStop = () -> {
    };

    GracefulStop() {
        hook = new Thread(this::stop, "vigil-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What to do to ask the work in progress to stop. */
    void onStop(Runnable action) {
        askToStop = action;
    }

    private void stop() {
        askToStop.run();
        try {
            finished.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has wound down: an exit may proceed at once. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already exiting: the hook is running and waits for the countdown below.
        }
        finished.countDown();
    }
}
