package org.vigil.report;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail over TLS against real in-process GreenMail servers: implicit TLS (SMTPS) with a certificate
 * made for the test, trusted the way a user trusts an internal relay (its certificate as a PEM file);
 * and STARTTLS required, which GreenMail does not offer, so the mailer must refuse to send in clear.
 */
class BriefingMailerTlsTest {

    private static final Map<String, String> ENV = Map.of("VIGIL_SMTP_USER", "vigil-desk", "VIGIL_SMTP_PASSWORD", "s3cret");

    @TempDir
    static Path keys;
    private static Path certificate;
    private static GreenMail smtps;
    private static GreenMail smtp;

    @TempDir
    Path output;
    private Briefing briefing;
    private PublishedBriefing published;

    /**
     * A key pair and self-signed certificate for "localhost" only, made with the JDK's keytool as an
     * operator would, in the keystore GreenMail's TLS servers use (a JVM-wide setting read once: no other
     * test in this JVM may start a GreenMail TLS server first).
     */
    @BeforeAll
    static void startServers() throws Exception {
        Path keystore = keys.resolve("smtp.p12");
        certificate = keys.resolve("smtp-cert.pem");
        keytool("-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "smtp", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", certificate.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keystore.toString());
        GreenMailConfiguration user = GreenMailConfiguration.aConfig().withUser("desk@vigil.example", "vigil-desk", "s3cret");
        smtps = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTPS).dynamicPort()).withConfiguration(user);
        smtps.start();
        smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withConfiguration(user);
        smtp.start();
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(log).isZero();
    }

    @AfterAll
    static void stopServers() {
        smtps.stop();
        smtp.stop();
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
    }

    @BeforeEach
    void publish() throws Exception {
        smtps.purgeEmailFromAllMailboxes();
        smtp.purgeEmailFromAllMailboxes();
        briefing = BriefingFixtures.week();
        published = new BriefingPublisher(output).publish(briefing);
    }

    private static MailSettings settings(String host, int port, MailSettings.Tls tls, String trust) {
        return new MailSettings(host, port, tls, "Vigil <vigil@monitor.example>", List.of("analyst@monitor.example"),
                null, "VIGIL_SMTP_USER", "VIGIL_SMTP_PASSWORD", trust);
    }

    private MailResult send(MailSettings settings) {
        return new BriefingMailer(settings, ENV::get, 3, Duration.ofMillis(10)).send(briefing, published);
    }

    @Test
    void implicitTlsWithTheServerCertificateTrusted() throws Exception {
        MailResult result = send(settings("localhost", smtps.getSmtps().getPort(), MailSettings.Tls.SSL, certificate.toString()));

        assertThat(result.sent()).as(result.reason()).isTrue();
        MimeMessage[] received = smtps.getReceivedMessages();
        assertThat(received).hasSize(1);
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(published.file()));
    }

    @Test
    void untrustedCertificateIsRefusedWithoutRetrying() {
        MailResult result = send(settings("localhost", smtps.getSmtps().getPort(), MailSettings.Tls.SSL, null));

        assertThat(result.sent()).isFalse();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).startsWith("mail via localhost:" + smtps.getSmtps().getPort() + " failed after 1 attempt: server certificate not accepted (")
                .contains("certification path", "give its certificate as trust").doesNotContain("\n");
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    @Test
    void certificateForAnotherNameIsRefused() throws IOException {
        // the certificate names localhost; its address reaches the same server under a name it does not carry
        String address = InetAddress.getByName("localhost").getHostAddress();
        MailResult result = send(settings(address, smtps.getSmtps().getPort(), MailSettings.Tls.SSL, certificate.toString()));

        assertThat(result.sent()).isFalse();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("server certificate not accepted (No subject alternative names matching IP address " + address)
                .doesNotContain("give its certificate as trust");
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStarttlsIsNotSkippedWhenTheServerDoesNotOfferIt() {
        MailResult result = send(settings("localhost", smtp.getSmtp().getPort(), MailSettings.Tls.STARTTLS, certificate.toString()));

        assertThat(result.sent()).isFalse();
        assertThat(result.reason()).containsIgnoringCase("STARTTLS").doesNotContain("\n");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void unreadableTrustFileIsNamed() throws IOException {
        Path missing = keys.resolve("no-such-ca.pem");
        MailResult result = send(settings("localhost", smtps.getSmtps().getPort(), MailSettings.Tls.SSL, missing.toString()));
        assertThat(result.sent()).isFalse();
        assertThat(result.attempts()).isZero();
        assertThat(result.reason()).startsWith("mail not sent: trust file " + missing + ": ");

        Path notPem = Files.writeString(keys.resolve("notes.txt"), "our relay's CA is on the wiki\n");
        result = send(settings("localhost", smtps.getSmtps().getPort(), MailSettings.Tls.SSL, notPem.toString()));
        assertThat(result.sent()).isFalse();
        assertThat(result.reason()).startsWith("mail not sent: trust file " + notPem + ": ");
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }
}
