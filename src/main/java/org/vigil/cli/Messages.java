package org.vigil.cli;

/** Turns exceptions into the one line a user reads. */
final class Messages {

    private Messages() {
    }

    /** The innermost message of a cause chain, on one line. */
    static String oneLine(Throwable e) {
        Throwable cause = e;
        String message = e.getMessage();
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            message = cause.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
