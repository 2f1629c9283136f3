package org.vigil.report;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Mails a published briefing as a PDF attachment over SMTP. Transient failures (connection refused,
 * timeouts, server errors) are retried with doubling waits; authentication and address rejections are
 * not, since repeating them cannot help. Failures come back as a {@link MailResult}, never as an
 * exception, so a mail problem cannot undo a briefing that is already on disk.
 */
public final class BriefingMailer {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final MailSettings settings;
    private final UnaryOperator<String> environment;
    private final int attempts;
    private final Duration firstWait;

    /** Credentials from the process environment; 3 attempts, waiting 5 s then 10 s. */
    public BriefingMailer(MailSettings settings) {
        this(settings, System::getenv, 3, Duration.ofSeconds(5));
    }

    /**
     * @param environment looks up environment variables (the process environment in production)
     * @param attempts    tries in all, at least 1
     * @param firstWait   wait before the second try; it doubles before each further one
     */
    public BriefingMailer(MailSettings settings, UnaryOperator<String> environment, int attempts, Duration firstWait) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.settings = settings;
        this.environment = environment;
        this.attempts = attempts;
        this.firstWait = firstWait;
    }

    public MailResult send(Briefing briefing, PublishedBriefing published) {
        String user = null;
        String password = null;
        if (settings.usernameEnv() != null) {
            user = environment.apply(settings.usernameEnv());
            password = environment.apply(settings.passwordEnv());
            if (user == null || user.isEmpty() || password == null) {
                String missing = user == null || user.isEmpty() ? settings.usernameEnv() : settings.passwordEnv();
                return new MailResult(false, 0, "mail not sent: environment variable " + missing + " is not set");
            }
        }
        SSLSocketFactory trusted = null;
        if (settings.trust() != null) {
            try {
                trusted = trusting(Path.of(settings.trust()));
            } catch (IOException | GeneralSecurityException | InvalidPathException e) {
                return new MailResult(false, 0, "mail not sent: trust file " + settings.trust() + ": " + oneLine(e));
            }
        }
        Session session = Session.getInstance(properties(user != null, trusted));
        String where = settings.host() + ":" + settings.port();
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                MimeMessage message = message(session, briefing, published);
                message.saveChanges();
                // the transport for the configured protocol: Transport.send would pick plain "smtp" for any
                // address, so an "smtps" (implicit TLS) setting would reach port 25 of the local host instead
                try (Transport transport = session.getTransport(protocol())) {
                    transport.connect(settings.host(), settings.port(), user, password);
                    transport.sendMessage(message, message.getAllRecipients());
                }
                return new MailResult(true, attempt, "mailed " + published.file().getFileName() + " to "
                        + String.join(", ", settings.to()) + " via " + where);
            } catch (AuthenticationFailedException e) {
                return failure(attempt, where, "authentication failed (check " + settings.usernameEnv() + " / "
                        + settings.passwordEnv() + ")");
            } catch (SendFailedException e) {
                return failure(attempt, where, "recipients refused: " + oneLine(e));
            } catch (MessagingException e) {
                if (untrusted(e)) {
                    return failure(attempt, where, "server certificate not accepted (" + oneLine(e) + ")"
                            + (settings.trust() == null ? "; if the server uses an internal CA, give its certificate as trust" : ""));
                }
                if (attempt >= attempts) {
                    return failure(attempt, where, oneLine(e));
                }
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failure(attempt, where, "interrupted while waiting to retry");
            }
            wait = wait.multipliedBy(2);
        }
    }

    private static MailResult failure(int attempt, String where, String cause) {
        return new MailResult(false, attempt, "mail via " + where + " failed after " + attempt
                + (attempt == 1 ? " attempt: " : " attempts: ") + cause);
    }

    /** The innermost cause's message on one line: "Connection refused", not a stack of wrappers. */
    private static String oneLine(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    /**
     * A TLS handshake the client refused: the certificate is not trusted or does not name the host.
     * Repeating it cannot help, so it is not retried.
     */
    private static boolean untrusted(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SSLHandshakeException || cause instanceof CertificateException
                    || (cause instanceof IOException && String.valueOf(cause.getMessage()).startsWith("Can't verify identity of server"))) {
                return true;
            }
        }
        return false;
    }

    /** TLS sockets that accept a server whose certificate chain leads to one of the certificates in {@code pem}. */
    private static SSLSocketFactory trusting(Path pem) throws IOException, GeneralSecurityException {
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        anchors.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                anchors.setCertificateEntry("trusted-" + n++, certificate);
            }
            if (n == 0) {
                throw new CertificateException("no PEM certificate in it");
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private String protocol() {
        return settings.tls() == MailSettings.Tls.SSL ? "smtps" : "smtp";
    }

    private Properties properties(boolean authenticate, SSLSocketFactory trusted) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol() + ".";
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", Integer.toString(settings.port()));
        properties.put(prefix + "auth", Boolean.toString(authenticate));
        properties.put(prefix + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put(prefix + "timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put(prefix + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
        if (settings.tls() == MailSettings.Tls.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.tls() != MailSettings.Tls.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
            if (trusted != null) {
                properties.put(prefix + "ssl.socketFactory", trusted); // used for implicit TLS and for STARTTLS
                // else a refused handshake is tried again with Java's default CAs, hiding why it was refused
                properties.put(prefix + "socketFactory.fallback", "false");
            }
        }
        return properties;
    }

    private MimeMessage message(Session session, Briefing briefing, PublishedBriefing published) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String to : settings.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        message.setSubject(settings.subject(briefing), "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(BriefingFigures.summary(briefing) + "\n\nAttached: " + published.file().getFileName()
                + "\nSHA-256: " + published.sha256() + "\n", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new FileDataSource(published.file().toFile()) {
            @Override
            public String getContentType() {
                return "application/pdf";
            }
        }));
        pdf.setFileName(published.file().getFileName().toString());
        pdf.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart body = new MimeMultipart();
        body.addBodyPart(text);
        body.addBodyPart(pdf);
        message.setContent(body);
        return message;
    }
}
