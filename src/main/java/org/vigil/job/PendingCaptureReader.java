package org.vigil.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.vigil.store.Capture;
import org.vigil.store.CaptureRepository;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the archived article responses that have no extracted article yet. Like the frontier reader
 * it keeps no position: after a restart, what was normalized before the stop is no longer pending.
 */
public class PendingCaptureReader implements ItemStreamReader<Capture> {

    private final CaptureRepository captures;
    private final Collection<String> sourceNames;
    private Iterator<String> pending;

    /** @param sourceNames the job's sources: only their captures are normalized */
    public PendingCaptureReader(CaptureRepository captures, Collection<String> sourceNames) {
        this.captures = captures;
        this.sourceNames = List.copyOf(sourceNames);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = captures.articlesToNormalize(sourceNames).iterator();
    }

    @Override
    public synchronized Capture read() {
        while (pending.hasNext()) {
            var capture = captures.find(pending.next());
            if (capture.isPresent()) {
                return capture.get();
            }
        }
        return null;
    }
}
