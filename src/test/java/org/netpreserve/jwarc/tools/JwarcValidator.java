package org.netpreserve.jwarc.tools;

import java.nio.file.Path;

/**
 * jwarc's own WARC validator (what {@code jwarc validate} runs), reachable from tests: it checks
 * structure, block and payload digests and HTTP messages with a reader independent of ours.
 */
public final class JwarcValidator {

    private JwarcValidator() {
    }

    /** Whether jwarc finds the file valid. */
    public static boolean valid(Path warc) {
        return new ValidateTool(false).validate(warc);
    }
}
