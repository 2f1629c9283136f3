package org.vigil.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a home folder, held by the process for as long as it runs; the operating
 * system releases it when the process dies, however it dies.
 */
final class HomeLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws AlreadyRunningException when another process holds the home */
    static HomeLock acquire(Path home) throws IOException {
        Path file = home.resolve("archive").resolve(".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, e.g. a scheduled run while a command works on the home
        }
        if (lock == null) {
            channel.close();
            throw new AlreadyRunningException("another Vigil process is running on " + home + " (lock " + file + ")");
        }
        return new HomeLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
