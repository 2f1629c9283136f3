package org.vigil.incident;

/** A corrections file that cannot be read as corrections; the message is one line: {@code file: line N: problem}. */
public final class CorrectionsException extends RuntimeException {

    public CorrectionsException(String message) {
        super(message);
    }
}
