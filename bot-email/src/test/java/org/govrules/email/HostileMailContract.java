package org.govrules.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and odd mail, sent by SMTP to a real server and read by the bot over IMAP: each is answered or set aside
 * and none stops the mail behind it. Run against GreenMail in every build and against Postfix and Dovecot by
 * {@code .ci/mail-servers}. Every test uses addresses of its own, so a long-lived server needs no cleaning.
 */
@Tag("fault")
abstract class HostileMailContract {

    static final String AUTHSERV_ID = "mx.govrules.test";

    abstract MailServer server();

    @TempDir
    Path dir;

    private Store store;
    private Assistant assistant;
    private String tag;
    private String bot;

    @BeforeEach
    void open() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        bot = address("bot", "govrules.test");
        store = Store.open("jdbc:h2:file:" + dir.resolve("db"));
        assistant = EmailBotTest.assistant(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An address of this test alone, with a mailbox. */
    private String address(String name, String domain) {
        String address = name + "-" + tag + "@" + domain;
        server().open(address);
        return address;
    }

    private String official(String name) {
        return address(name, "example.org");
    }

    private EmailBot bot(boolean recording, String admin) {
        var env = new HashMap<>(server().botSettings(bot));
        env.put("GOVRULES_ADMINS", admin);
        env.put("GOVRULES_EMAIL_RECORDING", recording ? "on" : "off");
        env.put("MAIL_AUTHSERV_ID", AUTHSERV_ID);
        return new EmailBot(EmailSettings.from(env), new Commands(assistant, List.of(7, 1)), store.inbox(),
                Duration.ofMillis(300));
    }

    private EmailBot bot() {
        return bot(false, "nobody@example.org");
    }

    /** Sends each message to the bot and waits until the bot's mailbox holds them all. */
    private void deliver(MimeMessage... messages) throws Exception {
        int before = server().count(bot);
        for (MimeMessage message : messages) {
            server().send(message, bot);
        }
        assertThat(server().awaitCount(bot, before + messages.length)).isEqualTo(before + messages.length);
    }

    private MimeMessage mail(String from, String subject, String body) throws MessagingException {
        return MailServer.compose(from, bot, subject, body);
    }

    private MimeMessage blank(String from, String subject) throws MessagingException {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, bot);
        message.setSubject(subject);
        return message;
    }

    /** The text of each reply in the mailbox of {@code address}, once {@code count} have arrived. */
    private List<String> replies(String address, int count) throws Exception {
        var replies = server().awaitInbox(address, count);
        var texts = new java.util.ArrayList<String>();
        for (MimeMessage reply : replies) {
            texts.add(MailServer.text(reply));
        }
        return texts;
    }

    @Test
    void a_message_id_longer_than_any_column_does_not_stop_the_mail_behind_it() throws Exception {
        String official = official("kh");
        var hostile = mail(official, "Question", "Who chairs the annual WG on AS meeting?");
        hostile.setHeader("Message-ID", "<" + "a".repeat(800) + "@example.org>");
        deliver(hostile, mail(official, "Another", "Can INTERPOL attend our next meeting?"));
        assertThat(bot().poll()).isEqualTo(2);
        assertThat(replies(official, 2)).hasSize(2);
        assertThat(bot().poll()).as("each answered once").isZero();
    }

    @Test
    void two_mails_without_message_id_or_date_from_one_sender_with_one_subject_are_both_answered() throws Exception {
        String official = official("kh");
        for (String question : List.of("Who chairs the annual WG on AS meeting?", "Can INTERPOL attend our next meeting?")) {
            var bare = mail(official, "Question", question);
            bare.removeHeader("Message-ID");
            bare.removeHeader("Date");
            deliver(bare);
        }
        assertThat(bot().poll()).isEqualTo(2);
        assertThat(replies(official, 2)).hasSize(2);
        assertThat(bot().poll()).as("each answered once").isZero();
    }

    @Test
    @Timeout(120)
    void an_html_only_mail_with_a_huge_style_block_is_answered_without_its_quoted_part() throws Exception {
        String official = official("kh");
        var html = blank(official, "question");
        html.setContent("<html><head><style>" + "p{color:#333}".repeat(30_000) + "</style></head><body>"
                + "<p>Who chairs the annual WG on AS meeting?</p><div class=\"gmail_quote\">On Monday someone wrote:"
                + "<blockquote>Can INTERPOL attend &amp; observe?</blockquote></div></body></html>", "text/html; charset=UTF-8");
        html.saveChanges();
        deliver(html);
        assertThat(bot().poll()).isEqualTo(1);
        assertThat(replies(official, 1).get(0)).contains("Voluntary Lead Shepherd").doesNotContain("Resource Panel");
    }

    @Test
    void odd_mail_gets_a_sensible_reply() throws Exception {
        String a = official("a");
        var htmlOnly = blank(a, "html");
        htmlOnly.setContent("<html><body><p>Who chairs the <b>annual</b> WG on AS meeting?</p></body></html>",
                "text/html; charset=UTF-8");

        String b = official("b");
        var latin1 = new MimeMessage(Session.getInstance(new Properties()));
        latin1.setFrom(new InternetAddress(b));
        latin1.setRecipients(Message.RecipientType.TO, bot);
        latin1.setText("Qui préside? Who chairs the annual WG on AS meeting?", "ISO-8859-1");
        latin1.setHeader("Content-Transfer-Encoding", "quoted-printable");

        String c = official("c");
        var withAttachment = blank(c, "see attached");
        var mixed = new MimeMultipart();
        var body = new MimeBodyPart();
        body.setText("How often does the WG on AS meet?", "windows-1252");
        body.setHeader("Content-Transfer-Encoding", "base64");
        var attachment = new MimeBodyPart();
        attachment.setContent("x".repeat(5_000_000), "application/octet-stream");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("big.bin");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        withAttachment.setContent(mixed);

        String f = official("f");
        var alternative = blank(f, "alt");
        var both = new MimeMultipart("alternative");
        var plainPart = new MimeBodyPart();
        plainPart.setText("Who prepares the summary record?", "UTF-8");
        var htmlPart = new MimeBodyPart();
        htmlPart.setContent("<p>ignored HTML version</p>", "text/html; charset=UTF-8");
        both.addBodyPart(plainPart);
        both.addBodyPart(htmlPart);
        alternative.setContent(both);

        var malformed = mail(official("g"), "bad", "Who chairs the annual WG on AS meeting?");
        malformed.setHeader("From", "<<< not an address @@@");
        malformed.setHeader("Date", "yesterday-ish");

        String d = official("d");
        String e = official("e");
        for (MimeMessage message : List.of(htmlOnly, latin1, withAttachment, alternative)) {
            message.saveChanges();
        }
        deliver(htmlOnly, latin1, withAttachment, alternative, malformed, mail(d, null, "Who pays for travel and accommodation?"),
                mail(e, "huge", "Can INTERPOL attend? ".repeat(75_000)));

        assertThat(bot().poll()).as("all but the one without a readable sender").isEqualTo(6);
        assertThat(replies(f, 1).get(0)).contains("ASEAN Secretariat").doesNotContain("ignored HTML");
        assertThat(replies(a, 1).get(0)).contains("Voluntary Lead Shepherd");
        assertThat(replies(b, 1).get(0)).contains("Voluntary Lead Shepherd");
        assertThat(replies(c, 1).get(0)).contains("annually");
        assertThat(replies(d, 1).get(0)).contains("wg-as-tor:8");
        assertThat(replies(e, 1).get(0)).isNotBlank();
    }

    @Test
    void authentication_results_written_by_the_sender_record_nothing() throws Exception {
        String secretariat = official("secretariat");
        String record = "record meeting-scheduled meeting=M1 date=2026-05-01";
        // Another server's verdict, a look-alike domain, and our server's id under a verdict of its own that failed:
        // none is the receiving server vouching for the sender's domain.
        var forged = List.of(List.of("evil.example; dkim=pass header.d=example.org"),
                List.of(AUTHSERV_ID + "; spf=pass smtp.mailfrom=example.org.evil.example"),
                List.of(AUTHSERV_ID + "; dkim=fail header.d=example.org",
                        AUTHSERV_ID + "; dkim=pass header.d=example.org"));
        for (var headers : forged) {
            var message = mail(secretariat, record, "");
            for (String header : headers) {
                message.addHeader("Authentication-Results", header);
            }
            deliver(message);
        }
        assertThat(bot(true, secretariat).poll()).isEqualTo(3);
        assertThat(replies(secretariat, 3)).hasSize(3)
                .allSatisfy(reply -> assertThat(reply).contains("could not be authenticated"));
        assertThat(store.ledger().events("wg-as").events()).isEmpty();
    }
}
