package org.vigil.job;

/** Another Vigil process owns the home folder; nothing was touched. */
public class AlreadyRunningException extends IllegalStateException {
    public AlreadyRunningException(String message) {
        super(message);
    }
}
