package org.vigil.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.vigil.store.FrontierRepository;

import java.util.Iterator;

/**
 * Reads the URLs waiting in the frontier. It keeps no position of its own: a restarted step reads
 * the frontier again, and what was fetched before the stop is no longer pending.
 */
public class FrontierReader implements ItemStreamReader<FrontierRepository.Entry> {

    private final FrontierRepository frontier;
    private Iterator<FrontierRepository.Entry> pending;

    public FrontierReader(FrontierRepository frontier) {
        this.frontier = frontier;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = frontier.pending().iterator();
    }

    @Override
    public FrontierRepository.Entry read() {
        return pending.hasNext() ? pending.next() : null;
    }
}
