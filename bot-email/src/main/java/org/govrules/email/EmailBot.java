package org.govrules.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Inbox;
import org.govrules.assistant.Reply;
import org.govrules.assistant.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the bot's mailbox. Each poll reads the messages not yet marked with the IMAP keyword
 * {@value #PROCESSED}; for each it claims the Message-ID in the store's inbox, answers in the same thread (plain text
 * with an HTML alternative), marks the claim done and the message with the keyword. A restart between claim and
 * done retries the message once the claim is stale; a message handled already is only marked. Auto-replies, lists,
 * bounces and the bot's own mail are never answered.
 */
final class EmailBot {

    private static final Logger LOG = LoggerFactory.getLogger(EmailBot.class);
    static final String CHANNEL = "email";
    static final String PROCESSED = "$GovrulesProcessed";
    static final int PER_HOUR = 30;
    private static final List<String> COMMANDS = List.of("subscribe", "unsubscribe", "deadlines", "help", "record",
            "provision", "bodies");

    private final EmailSettings settings;
    private final Commands commands;
    private final Inbox inbox;
    private final Duration retryAfter;
    private final Session imapSession;
    private final Session smtpSession;
    private final SmtpConnections smtp;
    private final Map<String, Integer> perSender = new ConcurrentHashMap<>();
    private Instant hourStart = Instant.now();

    EmailBot(EmailSettings settings, Commands commands, Inbox inbox, Duration retryAfter) {
        this.settings = settings;
        this.commands = commands;
        this.inbox = inbox;
        this.retryAfter = retryAfter;
        this.imapSession = Session.getInstance(EmailSettings.properties(settings.imap()));
        this.smtpSession = Session.getInstance(settings.smtpProperties());
        this.smtp = new SmtpConnections(smtpSession, settings.smtp());
    }

    /** Reads and answers what is waiting; returns how many messages were answered. */
    /**
     * What every waiting message is read for, fetched for all of them in one round trip: otherwise each header,
     * the flags and the structure cost a round trip per message (eight per message, 0.3 s each against a
     * server a continent away).
     */
    private static final FetchProfile PREFETCHED = prefetched();

    private static FetchProfile prefetched() {
        var profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        for (String header : IncomingMail.HEADERS_READ) {
            profile.add(header);
        }
        return profile;
    }

    synchronized int poll() throws MessagingException {
        int answered = 0;
        try (var store = imapSession.getStore(settings.imap().getScheme())) {
            store.connect(settings.imap().getHost(), settings.imap().getPort(), EmailSettings.user(settings.imap()),
                    EmailSettings.password(settings.imap()));
            try (Folder folder = store.getFolder("INBOX")) {
                folder.open(Folder.READ_WRITE);
                Message[] waiting = folder.search(new FlagTerm(new Flags(PROCESSED), false));
                folder.fetch(waiting, PREFETCHED);
                for (Message message : waiting) {
                    if (handle((MimeMessage) message)) {
                        answered++;
                    }
                }
            }
        }
        return answered;
    }

    /** True if a reply was sent. A message that cannot be handled now is left for the next poll, never dropped. */
    private boolean handle(MimeMessage message) {
        IncomingMail mail;
        try {
            mail = IncomingMail.read(message, settings.from());
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("A message could not be read and is set aside: {}", e.toString());
            mark(message);
            return false;
        }
        if (!mail.automatic().isEmpty()) {
            LOG.info("Not answering {} from {}: {}", mail.messageId(), mail.from(), mail.automatic());
            mark(message);
            return false;
        }
        boolean claimed;
        try {
            claimed = inbox.claim(CHANNEL, mail.messageId(), retryAfter);
        } catch (RuntimeException e) {
            // The store refused this one message: the others behind it are still answered.
            LOG.warn("Could not take in {} ({}); it will be retried", mail.messageId(), e.toString());
            return false;
        }
        if (!claimed) {
            // Handled already (mark it, in case a crash came between done and the keyword), or being handled by an
            // attempt that may yet fail: then it stays unmarked, to be taken up once that claim is stale.
            if (inbox.isDone(CHANNEL, mail.messageId())) {
                mark(message);
            }
            return false;
        }
        try {
            if (tooMany(parties(mail, message))) {
                LOG.warn("{} sends more than {} messages an hour; not answering {}", mail.from(), PER_HOUR,
                        mail.messageId());
            } else {
                send(message, reply(mail));
            }
            inbox.done(CHANNEL, mail.messageId());
            mark(message, Flags.Flag.ANSWERED);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Could not answer {} ({}); it will be retried", mail.messageId(), e.toString());
            return false;
        }
    }

    /**
     * The reply: a subject or first line that is a command is the command; otherwise the body (or subject) is the
     * question. Recording is refused here, with the reason, unless the sender may record by e-mail.
     */
    private Reply reply(IncomingMail mail) {
        String subject = mail.subject().replaceFirst("(?i)^(re|fwd?|aw):\\s*", "").strip();
        String firstLine = mail.question().lines().findFirst().orElse("").strip();
        String text = isCommand(subject) ? subject : isCommand(firstLine) ? firstLine : mail.question();
        boolean admin = false;
        if (text.toLowerCase(Locale.ROOT).startsWith("record")) {
            String refusal = recordingRefusal(mail);
            if (!refusal.isEmpty()) {
                return new Reply(Reply.Kind.REFUSED, refusal, null, List.of(), List.of());
            }
            admin = true;
        }
        return commands.handle(new Request(CHANNEL, mail.from(), admin, text));
    }

    /** Why this sender may not record events by e-mail, or empty if they may. */
    private String recordingRefusal(IncomingMail mail) {
        if (!settings.recording()) {
            return "Recording events by e-mail is turned off; use ./govrules record.";
        }
        if (!settings.admins().contains(mail.from())) {
            return "Only the secretariat's administrators may record events.";
        }
        String domain = mail.from().substring(mail.from().indexOf('@') + 1);
        boolean authenticated = AuthenticationResults.trusted(mail.authResults(), settings.authservId())
                .map(r -> r.passesFor(domain)).orElse(false);
        return authenticated ? "" : "Your message could not be authenticated (no DKIM, SPF or DMARC pass for " + domain
                + " from " + settings.authservId() + "), so nothing was recorded.";
    }

    private static boolean isCommand(String text) {
        String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return COMMANDS.contains(first);
    }

    /** The sender and whoever the reply goes to (Reply-To): each counts, so a changing From cannot flood one inbox. */
    private static java.util.Set<String> parties(IncomingMail mail, MimeMessage message) {
        var parties = new java.util.TreeSet<String>();
        parties.add(mail.from());
        try {
            var replyTo = message.getReplyTo();
            if (replyTo != null) {
                for (var address : replyTo) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                        parties.add(internet.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (MessagingException e) {
            // An unreadable Reply-To: the sender alone counts (and the reply goes to the sender).
        }
        return parties;
    }

    private synchronized boolean tooMany(java.util.Set<String> parties) {
        if (Duration.between(hourStart, Instant.now()).toHours() >= 1) {
            perSender.clear();
            hourStart = Instant.now();
        }
        boolean over = false;
        for (String party : parties) {
            over |= perSender.merge(party, 1, Integer::sum) > PER_HOUR;
        }
        return over;
    }

    private void send(MimeMessage original, Reply reply) throws MessagingException {
        // Not flagged answered here: the flag goes with the processed keyword, in one command.
        var answer = (MimeMessage) original.reply(false, false);
        answer.setFrom(new InternetAddress(settings.from()));
        answer.setHeader("Auto-Submitted", "auto-replied");
        answer.setContent(MailText.alternative(MailText.plain(reply), MailText.html(reply)));
        answer.saveChanges();
        transport(answer);
    }

    /** Sends through the SMTP server of the settings, whatever session the message was made in. */
    void transport(MimeMessage message) throws MessagingException {
        smtp.send(message);
    }

    void close() {
        smtp.close();
    }

    Session smtpSession() {
        return smtpSession;
    }

    private static void mark(MimeMessage message, Flags.Flag... more) {
        var flags = new Flags(PROCESSED);
        for (Flags.Flag flag : more) {
            flags.add(flag);
        }
        try {
            message.setFlags(flags, true);
        } catch (MessagingException e) {
            // Servers that refuse custom keywords fall back on the store's inbox, which already has the message.
            LOG.debug("The server did not take the keyword {}: {}", PROCESSED, e.getMessage());
        }
    }
}
