package org.vigil.report;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a briefing is mailed: {@code briefing.mail} of the job file. Credentials are never part of
 * the settings, only the names of the environment variables that hold them.
 *
 * @param tls             {@code none}, {@code starttls} (required, not opportunistic) or {@code ssl} (implicit TLS)
 * @param subjectTemplate subject with placeholders {@code {title} {job} {period} {kind} {from} {to} {incidents}}
 * @param usernameEnv     environment variable holding the SMTP user name, or null for no authentication
 * @param passwordEnv     environment variable holding the SMTP password; set exactly when {@code usernameEnv} is
 * @param trust           for {@code starttls} and {@code ssl}: a PEM file of the certificates to trust (the CA
 *                        that signed the server's certificate, or the server's own self-signed one), instead of
 *                        Java's default CAs, as for a relay with an internal CA; null for the default CAs. Either
 *                        way the certificate must name {@code host}. A job file's relative path is taken from the
 *                        job file's folder ({@link #withTrustFrom}); the file is read when mail is sent, and a missing or unreadable one is
 *                        reported in the {@link MailResult}.
 */
public record MailSettings(String host, int port, Tls tls, String from, List<String> to, String subjectTemplate,
                           String usernameEnv, String passwordEnv, String trust) {

    /** These settings with a relative {@code trust} path taken from {@code folder}. */
    public MailSettings withTrustFrom(Path folder) {
        return trust == null ? this : new MailSettings(host, port, tls, from, to, subjectTemplate, usernameEnv,
                passwordEnv, folder.resolve(trust).normalize().toString());
    }

    public enum Tls {
        NONE, STARTTLS, SSL;

        public static Tls parse(String text) {
            for (Tls tls : values()) {
                if (tls.name().equalsIgnoreCase(text.trim())) {
                    return tls;
                }
            }
            throw new IllegalArgumentException("tls must be none, starttls or ssl, not '" + text + "'");
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String DEFAULT_SUBJECT = "{title}: {kind} briefing {period} ({incidents} incidents)";

    private static final Set<String> PLACEHOLDERS = Set.of("title", "job", "period", "kind", "from", "to", "incidents");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** Checks every field; a problem is an {@link IllegalArgumentException} whose message names the key. */
    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        Objects.requireNonNull(tls, "tls");
        address("from", from);
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("to needs at least one address");
        }
        to = List.copyOf(to);
        to.forEach(address -> address("to", address));
        if (subjectTemplate == null || subjectTemplate.isBlank()) {
            subjectTemplate = DEFAULT_SUBJECT;
        }
        Matcher placeholder = PLACEHOLDER.matcher(subjectTemplate);
        while (placeholder.find()) {
            if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                throw new IllegalArgumentException("subject: unknown placeholder {" + placeholder.group(1)
                        + "} (known: {title} {job} {period} {kind} {from} {to} {incidents})");
            }
        }
        if ((usernameEnv == null) != (passwordEnv == null)) {
            throw new IllegalArgumentException("username-env and password-env must be given together");
        }
        if (trust != null && trust.isBlank()) {
            throw new IllegalArgumentException("trust is empty (leave it out to trust Java's default CAs)");
        }
        if (trust != null && tls == Tls.NONE) {
            throw new IllegalArgumentException("trust needs tls: starttls or ssl");
        }
        for (String name : new String[]{usernameEnv, passwordEnv}) {
            if (name != null && !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("'" + name + "' is not an environment variable name");
            }
        }
    }

    private static void address(String key, String address) {
        try {
            new InternetAddress(address, true);
        } catch (AddressException | NullPointerException e) {
            throw new IllegalArgumentException(key + ": '" + address + "' is not a mail address");
        }
    }

    /** The subject for one briefing. */
    public String subject(Briefing briefing) {
        Period period = briefing.period();
        return subjectTemplate.replace("{title}", briefing.title()).replace("{job}", briefing.jobName())
                .replace("{period}", period.label()).replace("{kind}", period.kind().id())
                .replace("{from}", period.from().toString()).replace("{to}", period.to().toString())
                .replace("{incidents}", Integer.toString(briefing.incidents().size()));
    }
}
