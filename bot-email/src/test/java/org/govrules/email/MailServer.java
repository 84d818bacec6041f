package org.govrules.email;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A real mail server the e-mail bot talks to in a test: mail goes in by SMTP and is read back by IMAP, as in
 * production. Every mailbox's password is "secret", and each address is its own IMAP login.
 */
interface MailServer {

    String PASSWORD = "secret";

    String host();

    int smtpPort();

    int imapPort();

    /** Makes sure the address has a mailbox before anything is sent to it. */
    void open(String address);

    /** The bot's IMAP and SMTP settings when it reads the mailbox of {@code address}. */
    default java.util.Map<String, String> botSettings(String address) {
        String login = java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8) + ":" + PASSWORD;
        return java.util.Map.of(
                "MAIL_IMAP_URL", "imap://" + login + "@" + host() + ":" + imapPort(),
                "MAIL_SMTP_URL", "smtp://" + host() + ":" + smtpPort(),
                "MAIL_FROM", address);
    }

    /** A plain-text mail, saved: its Message-ID and Date are set and may then be changed or removed. */
    static MimeMessage compose(String from, String to, String subject, String body) throws jakarta.mail.MessagingException {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        if (subject != null) {
            message.setSubject(subject);
        }
        message.setText(body, "UTF-8");
        message.saveChanges();
        return message;
    }

    /**
     * Sends the message as it is (its own Message-ID, Date and From, even malformed ones) over SMTP to
     * {@code recipient}, with a fixed envelope sender so that an unreadable From header can still be sent.
     */
    default void send(MimeMessage message, String recipient) throws Exception {
        var props = new Properties();
        props.put("mail.smtp.host", host());
        props.put("mail.smtp.port", String.valueOf(smtpPort()));
        props.put("mail.smtp.from", "tests@example.org");
        var session = Session.getInstance(props);
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(recipient)});
        }
    }

    /** The messages in the inbox of {@code address}, waiting up to 20 s until there are at least {@code count}. */
    default List<MimeMessage> awaitInbox(String address, int count) throws Exception {
        awaitCount(address, count);
        return read(address, folder -> {
            var copies = new ArrayList<MimeMessage>();
            for (Message message : folder.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            return copies;
        });
    }

    /** How many messages the inbox of {@code address} holds, waiting up to 20 s until at least {@code count}. */
    default int awaitCount(String address, int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int now = count(address);
        while (now < count && System.nanoTime() < end) {
            Thread.sleep(50);
            now = count(address);
        }
        return now;
    }

    /** How many messages the inbox of {@code address} holds now. */
    default int count(String address) throws Exception {
        return read(address, Folder::getMessageCount);
    }

    private <T> T read(String address, FolderReading<T> reading) throws Exception {
        var props = new Properties();
        props.put("mail.imap.host", host());
        props.put("mail.imap.port", String.valueOf(imapPort()));
        try (var store = Session.getInstance(props).getStore("imap")) {
            store.connect(address, PASSWORD);
            var folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                return reading.read(folder);
            } finally {
                folder.close(false);
            }
        }
    }

    /** What a test reads from an open folder. */
    interface FolderReading<T> {
        T read(Folder folder) throws Exception;
    }

    /** The first plain-text part of a mail, as the official would read it. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            return text(multipart.getBodyPart(0));
        }
        return "";
    }
}
