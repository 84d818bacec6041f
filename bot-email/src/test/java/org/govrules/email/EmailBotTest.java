package org.govrules.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.govrules.Event;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Store;
import org.govrules.assistant.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The e-mail bot against GreenMail, a real SMTP and IMAP server in-process. */
class EmailBotTest {

    static final Rulebook RULES = Rulebook.load(EmailBotTest.class.getClassLoader(), Clock.systemUTC());
    static final String BOT = "bot@govrules.test";
    static final String OFFICIAL = "kh.focal@example.org";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(BOT, "bot", "secret"));

    @TempDir
    Path dir;

    private Store store;
    private Assistant assistant;

    @BeforeEach
    void open() {
        store = Store.open("jdbc:h2:file:" + dir.resolve("db"));
        assistant = assistant(store);
    }

    /** The assistant on the store as on 2 March 2026, 10:00 in Jakarta, a few days after a meeting. */
    static Assistant assistant(Store store) {
        return Assistant.open(RULES, store, Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0)
                .atZone(ZoneId.of("Asia/Jakarta")).toInstant(), ZoneId.of("Asia/Jakarta")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    EmailSettings settings(int smtpPort, boolean recording) {
        return EmailSettings.from(Map.of(
                "MAIL_IMAP_URL", "imap://bot:secret@127.0.0.1:" + greenMail.getImap().getPort(),
                "MAIL_SMTP_URL", "smtp://bot:secret@127.0.0.1:" + smtpPort,
                "MAIL_FROM", BOT,
                "GOVRULES_ADMINS", OFFICIAL + ",123456",
                "GOVRULES_EMAIL_RECORDING", recording ? "on" : "off",
                "MAIL_AUTHSERV_ID", "mx.govrules.test"));
    }

    EmailBot bot(boolean recording) {
        return bot(recording, Duration.ofMillis(300));
    }

    EmailBot bot(boolean recording, Duration retryAfter) {
        return new EmailBot(settings(greenMail.getSmtp().getPort(), recording), new Commands(assistant, List.of(7, 1)),
                store.inbox(), retryAfter);
    }

    static MimeMessage mail(String from, String subject, String body) throws Exception {
        return MailServer.compose(from, BOT, subject, body);
    }

    static void deliver(MimeMessage message) throws Exception {
        greenMail.getUserManager().getUserByEmail(BOT).deliver(message);
    }

    static List<MimeMessage> to(String address) throws Exception {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void a_question_sent_by_smtp_is_answered_in_the_thread_with_the_provision_text() throws Exception {
        GreenMailUtil.sendTextEmail(BOT, OFFICIAL, "Resource Panel question",
                "Can a Resource Panel member be admitted if 9 of 10 member states agree?\n\n-- \nKH focal point",
                greenMail.getSmtp().getServerSetup());
        greenMail.waitForIncomingEmail(1);
        MimeMessage question = to(BOT).get(0);
        assertThat(bot(false).poll()).isEqualTo(1);
        MimeMessage reply = to(OFFICIAL).get(0);
        assertThat(reply.getSubject()).isEqualTo("Re: Resource Panel question");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(question.getMessageID());
        assertThat(reply.getHeader("References")[0]).contains(question.getMessageID());
        assertThat(reply.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(reply.isMimeType("multipart/alternative")).isTrue();
        assertThat(((MimeMultipart) reply.getContent()).getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(MailServer.text(reply)).startsWith("No. Resource Panel status must be agreed to by all")
                .contains("wg-as-tor:7 (Resource Panel)").contains("must be agreed to by all the ASEAN Member States.");
        assertThat(bot(false).poll()).as("answered once").isZero();
        assertThat(to(OFFICIAL)).hasSize(1);
        var flags = greenMail.getManagers().getImapHostManager()
                .getInbox(greenMail.getUserManager().getUserByEmail(BOT)).getMessages().get(0).getFlags();
        assertThat(flags.contains(jakarta.mail.Flags.Flag.ANSWERED)).as("flagged answered in the mailbox").isTrue();
        assertThat(flags.contains(EmailBot.PROCESSED)).isTrue();
    }

    @Test
    void the_hourly_limit_counts_whom_the_answers_go_to_not_only_the_from_address() throws Exception {
        for (int i = 0; i < EmailBot.PER_HOUR + 3; i++) {
            var forged = mail("sender" + i + "@example.org", "q" + i, "Who chairs the annual WG on AS meeting?");
            forged.setReplyTo(new jakarta.mail.Address[] {new InternetAddress("victim@example.net")});
            forged.saveChanges();
            deliver(forged);
        }
        bot(false).poll();
        assertThat(to("victim@example.net")).hasSize(EmailBot.PER_HOUR);
    }

    @Test
    void outlook_and_wrapped_quote_blocks_are_not_read_as_the_question() {
        assertThat(IncomingMail.strip("Who chairs the meeting?\n\nFrom: Secretariat <s@asean.org>\n"
                + "Sent: Monday, 2 March 2026 10:00\nTo: bot\nSubject: Re: x\n\nCan INTERPOL attend?"))
                .isEqualTo("Who chairs the meeting?");
        assertThat(IncomingMail.strip("Who chairs the meeting?\n\n*From:* Secretariat\n*Sent:* Monday\n\nCan INTERPOL attend?"))
                .isEqualTo("Who chairs the meeting?");
        assertThat(IncomingMail.strip("Who chairs the meeting?\nOn Mon, 2 Mar 2026 at 10:00, Secretariat of the\n"
                + "ASEAN <s@asean.org> wrote:\nCan INTERPOL attend?")).isEqualTo("Who chairs the meeting?");
        assertThat(IncomingMail.strip("Who chairs the meeting?\n________________________________\nFrom: x"))
                .isEqualTo("Who chairs the meeting?");
        assertThat(IncomingMail.strip("From: our delegation's view, can INTERPOL attend?"))
                .as("a question that starts with From: is kept").contains("INTERPOL");
    }

    @Test
    void html_is_read_as_text_with_its_entities_and_line_breaks() {
        assertThat(IncomingMail.htmlText("<p>A&nbsp;&amp;&nbsp;B &eacute;</p><br>C")).contains("A & B é").contains("C");
    }

    @Test
    void subject_and_first_line_commands_work() throws Exception {
        deliver(mail(OFFICIAL, "subscribe wg-as", ""));
        deliver(mail(OFFICIAL, "Re: deadlines", "deadlines wg-as\n\n> earlier text"));
        deliver(mail(OFFICIAL, "help", ""));
        assertThat(bot(false).poll()).isEqualTo(3);
        assertThat(store.subscriptions().all()).singleElement()
                .satisfies(s -> assertThat(s.address()).isEqualTo(OFFICIAL));
        var replies = to(OFFICIAL).stream().map(m -> {
            try {
                return MailServer.text(m);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(replies).anySatisfy(t -> assertThat(t).contains("Subscribed to WG on AS"))
                .anySatisfy(t -> assertThat(t).contains("wg-as-tor:5"))
                .anySatisfy(t -> assertThat(t).contains("subscribe BODY"));
        deliver(mail(OFFICIAL, "unsubscribe", ""));
        bot(false).poll();
        assertThat(store.subscriptions().all()).isEmpty();
    }

    @Test
    void auto_replies_lists_bounces_and_the_bots_own_mail_are_never_answered() throws Exception {
        var auto = mail(OFFICIAL, "Out of office", "Who chairs the annual WG on AS meeting?");
        auto.setHeader("Auto-Submitted", "auto-replied");
        var bulk = mail(OFFICIAL, "Newsletter", "Who chairs the annual WG on AS meeting?");
        bulk.setHeader("Precedence", "bulk");
        var list = mail(OFFICIAL, "List", "Who chairs the annual WG on AS meeting?");
        list.setHeader("List-Id", "<officials.example.org>");
        for (MimeMessage m : List.of(auto, bulk, list, mail("MAILER-DAEMON@example.org", "Undelivered", "x"),
                mail(BOT, "loop", "Who chairs the annual WG on AS meeting?"))) {
            deliver(m);
        }
        assertThat(bot(false).poll()).isZero();
        assertThat(to(OFFICIAL)).isEmpty();
        assertThat(to("mailer-daemon@example.org")).isEmpty();
    }

    @Test
    void recording_by_email_needs_it_on_an_admin_and_an_authenticated_sender() throws Exception {
        String record = "record meeting-scheduled meeting=M1 date=2026-05-01";
        deliver(mail(OFFICIAL, record, ""));
        bot(false).poll();
        assertThat(MailServer.text(to(OFFICIAL).get(0))).contains("turned off");
        deliver(mail("someone@example.org", record, ""));
        var spoofed = mail(OFFICIAL, record, "");
        deliver(spoofed);
        bot(true).poll();
        assertThat(MailServer.text(to("someone@example.org").get(0))).contains("Only the secretariat");
        assertThat(MailServer.text(to(OFFICIAL).get(1))).contains("could not be authenticated");
        assertThat(store.ledger().events("wg-as").events()).isEmpty();
        var signed = mail(OFFICIAL, record, "");
        signed.setHeader("Authentication-Results",
                "mx.govrules.test; dkim=pass (good signature) header.d=example.org; spf=pass smtp.mailfrom=example.org");
        deliver(signed);
        bot(true).poll();
        assertThat(MailServer.text(to(OFFICIAL).get(2))).contains("Recorded for wg-as");
        assertThat(store.ledger().events("wg-as").events()).hasSize(1);
    }

    @Tag("fault")
    @Test
    void an_smtp_server_that_is_down_loses_nothing_and_repeats_nothing() throws Exception {
        deliver(mail(OFFICIAL, "q", "Who chairs the annual WG on AS meeting?"));
        var down = new EmailBot(settings(1, false), new Commands(assistant, List.of(7, 1)), store.inbox(),
                Duration.ofMillis(300));
        assertThat(down.poll()).isZero();
        assertThat(to(OFFICIAL)).isEmpty();
        Thread.sleep(400);
        assertThat(bot(false).poll()).isEqualTo(1);
        assertThat(bot(false).poll()).isZero();
        assertThat(to(OFFICIAL)).hasSize(1);
    }

    @Tag("fault")
    @Test
    void a_restart_between_claim_and_reply_neither_loses_nor_repeats_the_reply() throws Exception {
        var question = mail(OFFICIAL, "q", "How often does the WG on AS meet?");
        deliver(question);
        // A first process claimed the message and died before replying.
        assertThat(store.inbox().claim(EmailBot.CHANNEL, question.getMessageID())).isTrue();
        assertThat(bot(false, Duration.ofSeconds(3)).poll()).as("while the claim is fresh").isZero();
        Thread.sleep(3100);
        assertThat(bot(false, Duration.ofSeconds(3)).poll()).as("the claim went stale: answered").isEqualTo(1);
        assertThat(bot(false, Duration.ofSeconds(3)).poll()).as("and only once").isZero();
        assertThat(to(OFFICIAL)).hasSize(1);
    }

    @Test
    void reminders_arrive_with_a_calendar_entry_once() throws Exception {
        store.subscriptions().subscribe(new Subscription(EmailBot.CHANNEL, OFFICIAL, "wg-as", List.of(7, 1)));
        assistant.record(new Event("wg-as", "meeting-scheduled", LocalDate.parse("2026-02-01"),
                Map.of("meeting", "M1", "date", "2026-02-20")), "test");
        assistant.record(new Event("wg-as", "meeting-held", LocalDate.parse("2026-02-20"), Map.of("meeting", "M1")), "t");
        assistant.record(new Event("wg-as", "summary-record-transmitted", LocalDate.parse("2026-03-02"),
                Map.of("meeting", "M1")), "test");
        try (var service = EmailService.start(settings(greenMail.getSmtp().getPort(), false), assistant,
                new Commands(assistant, List.of(7, 1)), Duration.ofSeconds(60), Duration.ofSeconds(1));
             var reminders = assistant.startReminders(List.of(service.channel()), LocalTime.of(9, 0),
                     Duration.ofMillis(100), Duration.ofMillis(100))) {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (to(OFFICIAL).size() < 2 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            reminders.plan();
            Thread.sleep(1000);
        }
        List<MimeMessage> mails = to(OFFICIAL);
        assertThat(mails).hasSize(2);
        MimeMessage reminder = mails.get(0);
        assertThat(reminder.getSubject()).startsWith("[wg-as] Due 2026-03-09: Comments on the draft summary record of M1");
        assertThat(reminder.getHeader("List-Unsubscribe")[0]).isEqualTo("<mailto:" + BOT + "?subject=unsubscribe%20wg-as>");
        assertThat(reminder.getHeader("References")[0]).isEqualTo("<deadlines-wg-as@govrules.test>");
        var parts = (MimeMultipart) reminder.getContent();
        var ics = parts.getBodyPart(1);
        assertThat(ics.isMimeType("text/calendar")).isTrue();
        String calendarText = new String(ics.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var calendar = new CalendarBuilder().build(new StringReader(calendarText));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(calendarText).contains("wg-as-tor:10").contains("BEGIN:VALARM");
        assertThat(mails.get(0).getMessageID()).isNotEqualTo(mails.get(1).getMessageID());
    }
}
