package org.vigil.cli;

/** Process exit codes, documented in README.md. */
public final class ExitCodes {

    /** The run did everything it was asked to. */
    public static final int OK = 0;
    /** The run could not complete: the reason is on stderr; rerunning the same command resumes it. */
    public static final int FAILED = 1;
    /** The command line or the job file is wrong; nothing was touched. */
    public static final int BAD_CONFIG = 2;
    /** The run completed, but some pages could not be fetched (listed by {@code vigil status}). */
    public static final int COMPLETED_WITH_FAILURES = 3;
    /** Another Vigil process is working on the same home; nothing was touched. */
    public static final int ALREADY_RUNNING = 4;

    /** {@code verify}/{@code reindex}: the archive holds damage that was not (or cannot be) repaired. */
    public static final int ARCHIVE_DAMAGED = 5;

    private ExitCodes() {
    }
}
