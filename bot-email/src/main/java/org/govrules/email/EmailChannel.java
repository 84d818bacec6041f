package org.govrules.email;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.govrules.Deadline;
import org.govrules.assistant.Channel;
import org.govrules.assistant.DeadlineCalendar;
import org.govrules.assistant.Reminder;

/**
 * Reminder e-mails: one per deadline, recipient and offset, with the deadline as an iCalendar attachment (an event
 * with an alarm, the provision in its description), threaded per body, and a {@code List-Unsubscribe} that works
 * (a mail to the bot saying "unsubscribe BODY"). The Message-ID comes from the reminder's key, so a reminder sent
 * again after a crash is the same message to the recipient's server and client.
 */
final class EmailChannel implements Channel {

    private final EmailBot bot;
    private final String from;
    private final java.util.function.Function<String, org.govrules.Body> bodies;

    EmailChannel(EmailBot bot, String from, java.util.function.Function<String, org.govrules.Body> bodies) {
        this.bodies = bodies;
        this.bot = bot;
        this.from = from;
    }

    @Override
    public String name() {
        return EmailBot.CHANNEL;
    }

    @Override
    public void send(Reminder reminder) throws MessagingException {
        Deadline d = reminder.deadline();
        String domain = from.substring(from.indexOf('@') + 1);
        String messageId = "<reminder-" + UUID.nameUUIDFromBytes(reminder.key().getBytes(StandardCharsets.UTF_8)) + "@"
                + domain + ">";
        var message = new MimeMessage(bot.smtpSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, reminder.to().address());
        message.setSubject("[" + d.body() + "] Due " + d.due() + ": " + d.what(), "UTF-8");
        String thread = "<deadlines-" + d.body() + "@" + domain + ">";
        message.setHeader("In-Reply-To", thread);
        message.setHeader("References", thread);
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("List-Unsubscribe", "<mailto:" + from + "?subject="
                + URLEncoder.encode("unsubscribe " + d.body(), StandardCharsets.UTF_8).replace("+", "%20") + ">");
        String plain = "Reminder, " + reminder.daysBefore() + " day(s) before: " + d.what() + ".\nDue: " + d.due()
                + " (" + d.status().label() + ")\nRests on " + d.provision() + ".\n\n-- \nTo stop these reminders,"
                + " reply \"unsubscribe " + d.body() + "\".\n";
        String html = "<html><body><p>Reminder, " + reminder.daysBefore() + " day(s) before: <b>"
                + MailText.escape(d.what()) + "</b>.<br>Due: " + d.due() + "<br>Rests on " + MailText.escape(d.provision())
                + ".</p></body></html>";
        var body = new MimeBodyPart();
        body.setContent(MailText.alternative(plain, html));
        var calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(DeadlineCalendar.of(List.of(d), bodies, java.time.Instant.now())
                .getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH")));
        calendar.setFileName("deadline.ics");
        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(calendar);
        message.setContent(mixed);
        message.saveChanges();
        bot.transport(message);
    }
}
