package org.vigil.report;

/**
 * What became of mailing one briefing. A failure never touches the published PDF.
 *
 * @param sent     true when the SMTP server accepted the message
 * @param attempts how many times sending was tried (0 when the settings could not be used at all)
 * @param reason   one line for the log and stderr: the recipients on success, the cause on failure
 */
public record MailResult(boolean sent, int attempts, String reason) {
}
