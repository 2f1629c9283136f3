package org.vigil.report;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail over TLS against real in-process servers, with a certificate made for the test and trusted the
 * way a user trusts an internal relay (its certificate as a PEM file): implicit TLS (SMTPS) to
 * GreenMail; STARTTLS with authentication to SubEthaSMTP (GreenMail offers no STARTTLS); and required
 * STARTTLS to a plain GreenMail server, which the mailer must refuse rather than send in clear.
 */
class BriefingMailerTlsTest {

    private static final Map<String, String> ENV = Map.of("VIGIL_SMTP_USER", "vigil-desk", "VIGIL_SMTP_PASSWORD", "s3cret");

    @TempDir
    static Path keys;
    private static Path certificate;
    private static GreenMail smtps;
    private static GreenMail smtp;
    private static SMTPServer starttls;
    private static final List<byte[]> STARTTLS_RECEIVED = new CopyOnWriteArrayList<>();

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
        GreenMailConfiguration desk = GreenMailConfiguration.aConfig().withUser("desk@vigil.example", "vigil-desk", "s3cret");
        smtps = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTPS).dynamicPort()).withConfiguration(desk);
        smtps.start();
        smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withConfiguration(desk);
        smtp.start();
        starttls = SMTPServer.port(0).bindAddress(InetAddress.getByName("localhost"))
                .enableTLS().requireTLS().startTlsSocketFactory(serverContext(keystore))
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, password, context) -> {
                    if (!user.equals("vigil-desk") || !password.equals("s3cret")) {
                        throw new LoginFailedException();
                    }
                }))
                .requireAuth()
                .messageHandler((context, from, to, data) -> STARTTLS_RECEIVED.add(data))
                .build();
        starttls.start();
    }

    private static SSLContext serverContext(Path keystore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
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
        starttls.stop();
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
    }

    @BeforeEach
    void publish() throws Exception {
        smtps.purgeEmailFromAllMailboxes();
        smtp.purgeEmailFromAllMailboxes();
        STARTTLS_RECEIVED.clear();
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
    void starttlsWithTheServerCertificateTrusted() throws Exception {
        MailResult result = send(settings("localhost", starttls.getPortAllocated(), MailSettings.Tls.STARTTLS, certificate.toString()));

        assertThat(result.sent()).as(result.reason()).isTrue();
        assertThat(STARTTLS_RECEIVED).hasSize(1);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(STARTTLS_RECEIVED.get(0)));
        assertThat(message.getSubject()).isEqualTo("Afghan Exiles Monitor: custom briefing 2026-11-18_2026-11-24 (4 incidents)");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(published.file()));
    }

    @Test
    void starttlsWithAnUntrustedCertificateSendsNothing() {
        MailResult result = send(settings("localhost", starttls.getPortAllocated(), MailSettings.Tls.STARTTLS, null));

        assertThat(result.sent()).isFalse();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("server certificate not accepted");
        assertThat(STARTTLS_RECEIVED).isEmpty();
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
