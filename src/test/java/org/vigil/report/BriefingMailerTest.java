package org.vigil.report;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BriefingMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("desk@vigil.example", "vigil-desk", "s3cret"));

    @TempDir
    Path output;

    private Briefing briefing;
    private PublishedBriefing published;

    @BeforeEach
    void publish() throws Exception {
        briefing = BriefingFixtures.week();
        published = new BriefingPublisher(output).publish(briefing);
    }

    private static MailSettings settings(int port) {
        return new MailSettings("127.0.0.1", port, MailSettings.Tls.NONE, "Vigil <vigil@monitor.example>",
                List.of("analyst@monitor.example", "editor@monitor.example"), "{title} — {kind} {period}: {incidents} incidents",
                "VIGIL_SMTP_USER", "VIGIL_SMTP_PASSWORD", null);
    }

    private static final Map<String, String> ENV = Map.of("VIGIL_SMTP_USER", "vigil-desk", "VIGIL_SMTP_PASSWORD", "s3cret");

    @Test
    void sendsThePdfAsAttachment() throws Exception {
        MailResult result = new BriefingMailer(settings(SMTP.getSmtp().getPort()), ENV::get, 3, Duration.ofMillis(10))
                .send(briefing, published);

        assertThat(result.sent()).as(result.reason()).isTrue();
        assertThat(result.attempts()).isEqualTo(1);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2); // one delivery per recipient
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Afghan Exiles Monitor — custom 2026-11-18_2026-11-24: 4 incidents");
        assertThat(message.getFrom()[0].toString()).contains("vigil@monitor.example");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Vigil recorded 4 incidents", published.sha256());
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("demo-2026-11-18_2026-11-24.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(published.file()));
    }

    @Test
    void unreachableServerIsRetriedThenReportedAndThePdfStays() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailResult result = new BriefingMailer(settings(closedPort), ENV::get, 3, Duration.ofMillis(20)).send(briefing, published);

        assertThat(result.sent()).isFalse();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.reason()).startsWith("mail via 127.0.0.1:" + closedPort + " failed after 3 attempts: ")
                .containsIgnoringCase("connection refused").doesNotContain("\n");
        assertThat(published.file()).isNotEmptyFile();
    }

    @Test
    void wrongPasswordIsNotRetried() {
        MailResult result = new BriefingMailer(settings(SMTP.getSmtp().getPort()),
                Map.of("VIGIL_SMTP_USER", "vigil-desk", "VIGIL_SMTP_PASSWORD", "wrong")::get, 3, Duration.ofMillis(10))
                .send(briefing, published);

        assertThat(result.sent()).isFalse();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("authentication failed (check VIGIL_SMTP_USER / VIGIL_SMTP_PASSWORD)");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void missingCredentialsAreNamed() {
        MailResult result = new BriefingMailer(settings(SMTP.getSmtp().getPort()), Map.<String, String>of()::get, 3, Duration.ofMillis(10))
                .send(briefing, published);
        assertThat(result).isEqualTo(new MailResult(false, 0, "mail not sent: environment variable VIGIL_SMTP_USER is not set"));
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new MailSettings("smtp.example.org", 587, MailSettings.Tls.STARTTLS, "not an address",
                List.of("a@b.example"), null, null, null, null)).hasMessage("from: 'not an address' is not a mail address");
        assertThatThrownBy(() -> new MailSettings("smtp.example.org", 587, MailSettings.Tls.STARTTLS, "v@b.example",
                List.of("a@b.example"), "{title} {date}", null, null, null)).hasMessageStartingWith("subject: unknown placeholder {date}");
        assertThatThrownBy(() -> new MailSettings("smtp.example.org", 587, MailSettings.Tls.STARTTLS, "v@b.example",
                List.of("a@b.example"), null, "USER", null, null)).hasMessage("username-env and password-env must be given together");
        assertThatThrownBy(() -> MailSettings.Tls.parse("tls1.3")).hasMessage("tls must be none, starttls or ssl, not 'tls1.3'");
        assertThat(new MailSettings("smtp.example.org", 465, MailSettings.Tls.SSL, "v@b.example", List.of("a@b.example"),
                "", null, null, null).subject(BriefingFixtures.week())).isEqualTo("Afghan Exiles Monitor: custom briefing 2026-11-18_2026-11-24 (4 incidents)");
    }
}
